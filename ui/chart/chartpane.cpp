#include "chart/chartpane.h"

#include "chart/associationview.h"

#include "chart/chartdocument.h"
#include "chart/chartlegend.h"
#include "chart/chartscene.h"
#include "chart/chartview.h"
#include "model/linktype.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace fc {

ChartPane::ChartPane(QWidget *parent) : QWidget(parent), m_document(new ChartDocument(this))
{
    m_view = new ChartView(m_document, this);
    m_legend = new ChartLegend(m_document, this);
    m_toolBar = new QToolBar(tr("Chart"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText); // messages can quote imported names
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_message);
    createActions();
    connect(m_view, &ChartView::contextMenuRequested, this, &ChartPane::showContextMenu);
    connect(m_document, &ChartDocument::selectionChanged, this, &ChartPane::updateActions);
    connect(m_document, &ChartDocument::layoutRunningChanged, this, [this](bool running) {
        m_stopAction->setEnabled(running);
        showMessage(running ? tr("Layout running…") : QString());
    });
    // A chart that goes from empty to something (search result, network) is brought into view.
    connect(m_document, &ChartDocument::layoutFinished, m_view, &ChartView::fitAll);
    m_emptyHint = new QLabel(tr("Nothing on the chart yet. Double-click a network in Networks, or search and "
                                "double-click a result (or drag it here), to put it on the chart."),
                             m_view->viewport());
    m_emptyHint->setTextFormat(Qt::PlainText);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents); // drops still reach the view
    m_emptyHint->setStyleSheet(QStringLiteral("color: #6b7680;"));
    auto *hintLayout = new QVBoxLayout(m_view->viewport());
    hintLayout->setContentsMargins(40, 40, 40, 40);
    hintLayout->addWidget(m_emptyHint);
    connect(m_document, &ChartDocument::contentsChanged, this,
            [this] { m_emptyHint->setVisible(m_document->allEntityIds().isEmpty()); });
    updateActions();
    showMessage(QString());
}

ChartPane::~ChartPane() = default;

void ChartPane::setWorkspace(Workspace *workspace)
{
    m_document->setWorkspace(workspace);
}

void ChartPane::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ChartPane::createActions()
{
    // Undo and Redo keep short names on the toolbar, so that its width does not jump with every
    // edit (the Edit menu names the edit).
    QUndoStack *stack = m_document->undoStack();
    // No shortcuts on these: the window's Edit and View menus carry Ctrl+Z, Ctrl+Shift+Z and the
    // zoom keys for the same stack and view, and two actions on one key cancel each other out
    // ("ambiguous shortcut": neither fires).
    QAction *undo = m_toolBar->addAction(tr("Undo"), stack, &QUndoStack::undo);
    undo->setToolTip(tr("Undo the last change to the chart (%1)")
                         .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    undo->setEnabled(stack->canUndo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    QAction *redo = m_toolBar->addAction(tr("Redo"), stack, &QUndoStack::redo);
    redo->setToolTip(tr("Redo the change last undone (%1)")
                         .arg(QKeySequence(QKeySequence::Redo).toString(QKeySequence::NativeText)));
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    m_toolBar->addSeparator();

    auto *layoutMenu = new QMenu(tr("Layout"), this);
    layoutMenu->addAction(tr("Force-directed"), this,
                          [this] { m_document->runLayout(ChartDocument::LayoutKind::Force); });
    layoutMenu->addAction(tr("Circular"), this,
                          [this] { m_document->runLayout(ChartDocument::LayoutKind::Circular); });
    layoutMenu->addAction(tr("Grouped by type"), this,
                          [this] { m_document->runLayout(ChartDocument::LayoutKind::ByType); });
    layoutMenu->addAction(tr("Hierarchical"), this,
                          [this] { m_document->runLayout(ChartDocument::LayoutKind::Hierarchical); });
    layoutMenu->addSeparator();
    // The association view: people linked to people, each link labelled with what they share.
    layoutMenu->addAction(tr("Association view (people only)…"), this, [this] { openAssociationView(); });
    auto *layoutButton = new QToolButton(this);
    layoutButton->setText(tr("Layout"));
    layoutButton->setMenu(layoutMenu);
    layoutButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(layoutButton);
    m_stopAction = m_toolBar->addAction(tr("Stop"), m_document, &ChartDocument::stopLayout);
    m_stopAction->setEnabled(false);
    m_toolBar->addSeparator();

    m_findPathAction = m_toolBar->addAction(tr("Find path"), this, &ChartPane::findPathBetweenSelected);
    QAction *expand = m_toolBar->addAction(tr("Expand"), this,
                                           [this] { m_document->expand(m_document->selectedEntityIds()); });
    QAction *hide = m_toolBar->addAction(
        tr("Hide"), this, [this] { m_document->hideEntities(m_document->selectedEntityIds()); });
    m_toolBar->addAction(tr("Show all"), m_document, &ChartDocument::showAllEntities);
    QAction *remove = m_toolBar->addAction(
        tr("Remove"), this, [this] { m_document->removeEntities(m_document->selectedEntityIds()); });
    remove->setShortcut(QKeySequence::Delete);
    m_selectionActions = {expand, hide, remove};
    m_toolBar->addSeparator();

    auto *colourMenu = new QMenu(tr("Colour by"), this);
    auto *colourGroup = new QActionGroup(this);
    auto addColour = [&](const QString &text, ChartAnalysis::Colour mode) {
        QAction *action =
            colourMenu->addAction(text, this, [this, mode] { m_document->setColourMode(mode); });
        action->setCheckable(true);
        action->setChecked(mode == ChartAnalysis::Colour::Type);
        colourGroup->addAction(action);
    };
    addColour(tr("Entity type"), ChartAnalysis::Colour::Type);
    addColour(tr("Network (connected part)"), ChartAnalysis::Colour::Network);
    addColour(tr("Community (Leiden)"), ChartAnalysis::Colour::Community);
    auto *sizeMenu = new QMenu(tr("Size by"), this);
    auto *sizeGroup = new QActionGroup(this);
    auto addSize = [&](const QString &text, ChartAnalysis::Size mode) {
        QAction *action = sizeMenu->addAction(text, this, [this, mode] { m_document->setSizeMode(mode); });
        action->setCheckable(true);
        action->setChecked(mode == ChartAnalysis::Size::None);
        sizeGroup->addAction(action);
    };
    addSize(tr("Same size"), ChartAnalysis::Size::None);
    addSize(tr("Degree"), ChartAnalysis::Size::Degree);
    addSize(tr("Betweenness"), ChartAnalysis::Size::Betweenness);
    addSize(tr("PageRank"), ChartAnalysis::Size::PageRank);
    for (QMenu *menu : {colourMenu, sizeMenu}) {
        auto *button = new QToolButton(this);
        button->setText(menu->title());
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        m_toolBar->addWidget(button);
    }
    m_toolBar->addSeparator();
    m_toolBar->addAction(tr("Zoom in"), this, [this] { m_view->zoomBy(1.25); })
        ->setToolTip(
            tr("Zoom in (%1)").arg(QKeySequence(QKeySequence::ZoomIn).toString(QKeySequence::NativeText)));
    m_toolBar->addAction(tr("Zoom out"), this, [this] { m_view->zoomBy(0.8); })
        ->setToolTip(
            tr("Zoom out (%1)").arg(QKeySequence(QKeySequence::ZoomOut).toString(QKeySequence::NativeText)));
    m_toolBar->addAction(tr("Fit"), m_view, &ChartView::fitAll);
    m_toolBar->addAction(tr("Export…"), this, &ChartPane::exportChart);
}

AssociationView *ChartPane::openAssociationView()
{
    if (!m_associationWindow) {
        m_associationWindow = new QWidget(this, Qt::Window);
        m_associationWindow->setObjectName(QStringLiteral("AssociationWindow"));
        m_associationWindow->setWindowTitle(tr("Association view"));
        auto *note = new QLabel(tr("People linked directly to people, one link per pair: the incidents they offended in "
                                   "together and their value, from the offender projection of what is on the chart "
                                   "(other ties: shared vehicles, phones, addresses, direct links). Click a link to "
                                   "show its incidents, again to hide them; double-click a person for the profile."),
                                m_associationWindow);
        note->setTextFormat(Qt::PlainText);
        note->setWordWrap(true);
        m_associations = new AssociationView(m_associationWindow);
        m_associations->setWorkspace(m_document->workspace());
        connect(m_associations, &AssociationView::personActivated, this, &ChartPane::profileRequested);
        auto *layout = new QVBoxLayout(m_associationWindow);
        layout->addWidget(note);
        layout->addWidget(m_associations, 1);
        m_associationWindow->resize(1000, 720);
    }
    m_associations->setWorkspace(m_document->workspace());
    QList<EntityRecord> entities;
    for (const ChartEntity &e : m_document->chartEntities(m_document->entityIds()))
        entities << e.record;
    m_associations->setRecords(entities, m_document->links().values());
    m_associationWindow->show();
    m_associationWindow->raise();
    return m_associations;
}

void ChartPane::updateActions()
{
    const int selected = int(m_document->selectedEntityIds().size());
    for (QAction *action : std::as_const(m_selectionActions))
        action->setEnabled(selected > 0);
    m_findPathAction->setEnabled(selected == 2);
}

void ChartPane::findPathBetweenSelected()
{
    const QList<qint64> ids = m_document->selectedEntityIds();
    if (ids.size() != 2) {
        showMessage(
            tr("Select exactly two entities to find the path between them (%1 selected).").arg(ids.size()));
        return;
    }
    QString error;
    const QList<qint64> path = m_document->findPath(ids[0], ids[1], &error);
    showMessage(path.isEmpty() ? error
                               : tr("Path of %n link(s) highlighted.", nullptr, int(path.size() - 1)));
}

void ChartPane::showContextMenu(const QPoint &globalPos)
{
    const QList<qint64> ids = m_document->selectedEntityIds();
    QMenu menu(this);
    if (ids.size() == 1) {
        const auto entity = m_document->chartEntity(ids.first());
        if (entity && entity->record.type == EntityType::Person) {
            const qint64 id = ids.first();
            menu.addAction(tr("Open profile"), this, [this, id] { emit profileRequested(id); });
            menu.addSeparator();
        }
    }
    if (!ids.isEmpty()) {
        menu.addAction(tr("Expand (all links)"), this, [this, ids] { m_document->expand(ids); });
        QMenu *byType = menu.addMenu(tr("Expand by link type"));
        for (const QString &type : m_document->linkTypesAround(ids))
            byType->addAction(LinkTypes::displayName(type), this,
                              [this, ids, type] { m_document->expand(ids, {type}); });
        byType->setEnabled(!byType->isEmpty());
        menu.addSeparator();
        menu.addAction(tr("Hide"), this, [this, ids] { m_document->hideEntities(ids); });
        menu.addAction(tr("Remove from chart"), this, [this, ids] { m_document->removeEntities(ids); });
        menu.addAction(tr("Pin"), this, [this, ids] { m_document->setPinned(ids, true); });
        menu.addAction(tr("Unpin"), this, [this, ids] { m_document->setPinned(ids, false); });
        menu.addAction(tr("Group…"), this, [this, ids] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Group"), tr("Group name:"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (ok)
                m_document->groupEntities(ids, name);
        });
        menu.addAction(tr("Ungroup"), this, [this, ids] { m_document->ungroupEntities(ids); });
        if (ids.size() == 2)
            menu.addAction(tr("Find path"), this, &ChartPane::findPathBetweenSelected);
        menu.addSeparator();
        menu.addAction(tr("New Case File…"), this, [this, ids] { emit caseFileRequested(ids); });
        menu.addSeparator();
    }
    menu.addAction(tr("Show all"), m_document, &ChartDocument::showAllEntities);
    menu.addAction(tr("Clear highlight"), m_document, &ChartDocument::clearHighlight);
    menu.exec(globalPos);
}

void ChartPane::exportChart()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    showMessage(m_document->exportTo(path, &error) ? tr("Chart exported to %1.").arg(path) : error);
}

} // namespace fc
