#include "search/searchpane.h"

#include "search/searchresultmodel.h"
#include "store/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTreeView>
#include <QVBoxLayout>

namespace fc {

SearchPane::SearchPane(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_model(new SearchResultModel(this))
{
    m_edit->setPlaceholderText(tr("Search names, VRMs, references, narratives… (Enter)"));
    m_edit->setClearButtonEnabled(true);
    m_status->setTextFormat(Qt::PlainText);
    m_view->setModel(m_model);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_edit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_edit, &QLineEdit::returnPressed, this, &SearchPane::runSearch);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const QList<qint64> ids = m_model->entityIds(index);
        if (!ids.isEmpty())
            emit addToChartRequested(ids);
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QVariant id = index.sibling(index.row(), 0).data(SearchResultModel::EntityIdRole);
        if (id.isValid())
            emit entityActivated(id.toLongLong());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &SearchPane::showContextMenu);
    setEnabled(false);
}

void SearchPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model->setHits({});
    m_status->clear();
    setEnabled(workspace != nullptr);
}

int SearchPane::search(const QString &text)
{
    m_edit->setText(text);
    runSearch();
    return m_model->hitCount();
}

void SearchPane::runSearch()
{
    if (!m_workspace)
        return;
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        m_model->setHits({});
        m_status->clear();
        return;
    }
    // Workspace::search is an indexed FTS query with a limit: quick enough for the GUI thread.
    const QList<SearchHit> hits = m_workspace->search(text, resultLimit);
    m_model->setHits(hits);
    m_view->expandAll();
    m_view->resizeColumnToContents(0);
    if (hits.size() >= resultLimit)
        m_status->setText(tr("First %1 results; refine the search to see others.").arg(resultLimit));
    else
        m_status->setText(tr("%n result(s)", nullptr, int(hits.size())));
}

QString SearchPane::statusText() const
{
    return m_status->text();
}

void SearchPane::markResultsStale()
{
    if (m_model->hitCount() == 0)
        return;
    m_status->setText(tr("The workspace has changed since this search: press Enter to search again."));
}

void SearchPane::showContextMenu(const QPoint &pos)
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        for (qint64 id : m_model->entityIds(index))
            if (!ids.contains(id))
                ids << id;
    if (ids.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Add %n to Chart", nullptr, int(ids.size())), this, [this, ids] { emit addToChartRequested(ids); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace fc
