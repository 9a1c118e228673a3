#include "resolve/reviewpane.h"

#include "resolve/reviewqueue.h"
#include "store/workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fc {

namespace {

QTreeWidget *makeSideTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(5);
    tree->setHeaderLabels({ReviewPane::tr("Attribute"), ReviewPane::tr("Value"), ReviewPane::tr("Source"),
                           ReviewPane::tr("File and row"), ReviewPane::tr("Grading")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return tree;
}

QLabel *makeTitle(QWidget *parent)
{
    auto *title = new QLabel(parent);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    return title;
}

} // namespace

ReviewPane::ReviewPane(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // a click anywhere in the pane makes A, R and S work
    m_position = new QLabel(this);
    m_score = new QLabel(this);
    m_position->setTextFormat(Qt::PlainText);
    m_score->setTextFormat(Qt::PlainText);
    m_explanation = new QListWidget(this);
    m_explanation->setMaximumHeight(100);
    m_explanation->setToolTip(tr("Why resolution thinks these two may be the same"));
    // Titles come from imported files: plain text, in bold as the inspector's.
    m_titleA = makeTitle(this);
    m_titleB = makeTitle(this);
    m_sideA = makeSideTree(this);
    m_sideB = makeSideTree(this);
    // No mnemonics: the single keys A, R and S are the shortcuts (Alt+A is the Analysis menu).
    m_accept = new QPushButton(tr("Accept: same (A)"), this);
    m_reject = new QPushButton(tr("Reject: different (R)"), this);
    m_skip = new QPushButton(tr("Skip (S)"), this);
    m_accept->setToolTip(tr("The two are the same: merge them (A). Remembered, so re-imports do not ask "
                            "again; the merge can be undone from the inspector's Merged from tab."));
    m_reject->setToolTip(tr("The two are different: keep them apart (R). Remembered, so re-imports do not "
                            "ask again."));
    m_skip->setToolTip(tr("Decide later: send this pair to the back of the queue (S)."));

    auto *header = new QHBoxLayout;
    header->addWidget(m_position);
    header->addStretch();
    header->addWidget(m_score);
    auto *sides = new QHBoxLayout;
    for (auto [title, tree] : {std::pair{m_titleA, m_sideA}, std::pair{m_titleB, m_sideB}}) {
        auto *column = new QVBoxLayout;
        column->addWidget(title);
        column->addWidget(tree);
        sides->addLayout(column);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_skip);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_explanation);
    layout->addLayout(sides, 1);
    layout->addLayout(buttons);

    // Single-key shortcuts while the pane has focus: an analyst works through many pairs.
    const struct
    {
        QKeySequence key;
        void (ReviewPane::*slot)();
    } shortcuts[] = {{QKeySequence(Qt::Key_A), &ReviewPane::acceptCurrent},
                     {QKeySequence(Qt::Key_R), &ReviewPane::rejectCurrent},
                     {QKeySequence(Qt::Key_S), &ReviewPane::skipCurrent}};
    for (const auto &s : shortcuts) {
        auto *action = new QAction(this);
        action->setShortcut(s.key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, s.slot);
        addAction(action);
    }
    connect(m_accept, &QPushButton::clicked, this, &ReviewPane::acceptCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPane::rejectCurrent);
    connect(m_skip, &QPushButton::clicked, this, &ReviewPane::skipCurrent);
    for (QTreeWidget *tree : {m_sideA, m_sideB})
        connect(tree, &QTreeWidget::itemDoubleClicked, this,
                [this, tree] { emit entityActivated(tree->property("entityId").toLongLong()); });
    refresh();
}

void ReviewPane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    refresh();
}

int ReviewPane::refresh()
{
    m_itemId = 0;
    m_explanation->clear();
    m_sideA->clear();
    m_sideB->clear();
    m_titleA->clear();
    m_titleB->clear();
    m_score->clear();
    int waiting = 0;
    if (m_workspace) {
        ReviewQueue queue(*m_workspace);
        waiting = queue.pendingCount();
        const QList<ReviewItem> items = queue.pending(std::nullopt, 1);
        if (!items.isEmpty()) {
            const ReviewItem &item = items.first();
            m_itemId = item.id;
            m_score->setText(tr("%1, score %2%3")
                                 .arg(EntityTypes::displayName(item.type))
                                 .arg(item.score, 0, 'f', 2)
                                 .arg(item.skipped ? tr(" (skipped before)") : QString()));
            m_explanation->addItems(item.explanation);
            showSide(m_sideA, m_titleA, queue.side(item.entityA));
            showSide(m_sideB, m_titleB, queue.side(item.entityB));
        }
    }
    m_position->setText(waiting ? tr("%n pair(s) waiting for review", nullptr, waiting)
                                : tr("No pairs waiting for review"));
    for (QPushButton *b : {m_accept, m_reject, m_skip})
        b->setEnabled(m_itemId != 0);
    emit pendingCountChanged(waiting);
    return waiting;
}

void ReviewPane::showSide(QTreeWidget *tree, QLabel *title, const ReviewSide &side)
{
    tree->setProperty("entityId", side.entityId);
    title->setText(tr("%1 (entity %2, %n source record(s))", nullptr, int(side.sources.size()))
                       .arg(side.label)
                       .arg(side.entityId));
    for (const AttributeValue &a : side.attributes) {
        const Provenance &p = a.provenance;
        auto *row = new QTreeWidgetItem(tree);
        row->setText(0, a.name);
        row->setText(1, a.value);
        row->setText(2, p.organisation);
        row->setText(3, p.sheet.isEmpty() ? tr("%1, row %2").arg(p.fileName).arg(p.rowNumber)
                                          : tr("%1, sheet \"%2\", row %3").arg(p.fileName, p.sheet).arg(p.rowNumber));
        row->setText(4, p.grading.code());
    }
}

void ReviewPane::acceptCurrent()
{
    if (!m_workspace || !m_itemId)
        return;
    QString error;
    decided(ReviewQueue(*m_workspace).accept(m_itemId, &error), error);
}

void ReviewPane::rejectCurrent()
{
    if (!m_workspace || !m_itemId)
        return;
    QString error;
    decided(ReviewQueue(*m_workspace).reject(m_itemId, &error), error);
}

void ReviewPane::skipCurrent()
{
    if (!m_workspace || !m_itemId)
        return;
    QString error;
    if (!ReviewQueue(*m_workspace).skip(m_itemId, &error))
        showError(error);
    refresh();
}

void ReviewPane::decided(bool ok, const QString &error)
{
    if (!ok) {
        showError(error);
        return;
    }
    refresh();
    emit workspaceChanged();
}

void ReviewPane::showError(const QString &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Review"), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace fc
