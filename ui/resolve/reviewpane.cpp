#include "resolve/reviewpane.h"

#include "resolve/reviewdecisioncommand.h"

#include "resolve/reviewloadjob.h"
#include "resolve/reviewqueue.h"
#include "resolve/waterfallbardelegate.h"
#include "store/workspace.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>
#include <tuple>

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
    m_priority = new QLabel(this);
    m_priority->setTextFormat(Qt::PlainText);
    m_priority->setWordWrap(true);
    m_priority->setToolTip(tr("Why this pair comes first: pairs whose merge would join two offender networks, "
                              "then pairs with a prolific offender, then the rest; within each, the pair "
                              "closest to the decision boundary (the middle of the review band) first."));
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_explanation = new QListWidget(this);
    m_explanation->setMaximumHeight(100);
    m_explanation->setToolTip(tr("Why resolution thinks these two may be the same"));
    // The Fellegi-Sunter waterfall: one row per step, text items only (plain text), a painted bar.
    m_waterfall = new QTableWidget(0, 4, this);
    m_waterfall->setObjectName(QStringLiteral("waterfall"));
    m_waterfall->setHorizontalHeaderLabels({tr("Comparison"), tr("Level"), tr("Weight (bits)"), tr("Evidence")});
    m_waterfall->verticalHeader()->hide();
    m_waterfall->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_waterfall->setSelectionMode(QAbstractItemView::NoSelection);
    m_waterfall->verticalHeader()->setDefaultSectionSize(m_waterfall->fontMetrics().height() + 6);
    m_waterfall->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_waterfall->horizontalHeader()->setStretchLastSection(true);
    m_waterfall->setToolTip(tr("Fellegi-Sunter match weights log2(m/u) of the saved match model: the prior, "
                               "each comparison's level, the term-frequency adjustment of the surname; they "
                               "sum to the total, whose match probability is 2^w / (1 + 2^w)."));
    m_barDelegate = new WaterfallBarDelegate(m_waterfall);
    m_waterfall->setItemDelegateForColumn(3, m_barDelegate);
    m_waterfallTotal = new QLabel(this);
    m_waterfallTotal->setObjectName(QStringLiteral("waterfallTotal"));
    m_waterfallTotal->setTextFormat(Qt::PlainText);
    m_waterfallTotal->setWordWrap(true);
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
                            "again; Undo (Ctrl+Z) takes the decision back."));
    m_reject->setToolTip(tr("The two are different: keep them apart (R). Remembered, so re-imports do not "
                            "ask again; Undo (Ctrl+Z) takes the decision back."));
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
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_skip);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_priority);
    layout->addWidget(m_explanation);
    layout->addWidget(m_waterfall);
    layout->addWidget(m_waterfallTotal);
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

ReviewPane::~ReviewPane()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReviewPane::setWorkspace(Workspace *workspace, const WorkspaceAccess &access)
{
    m_workspace = workspace;
    m_access = workspace ? access : WorkspaceAccess();
    m_waiting = 0;
    m_status->clear();
    refresh();
}

int ReviewPane::refresh()
{
    m_itemId = 0;
    m_explanation->clear();
    m_waterfall->setRowCount(0);
    m_waterfall->hide();
    m_explanation->show();
    m_waterfallTotal->clear();
    m_waterfallTotal->hide();
    m_priority->clear();
    m_sideA->clear();
    m_sideB->clear();
    m_titleA->clear();
    m_titleB->clear();
    m_score->clear();
    for (QPushButton *b : {m_accept, m_reject, m_skip})
        b->setEnabled(false);
    if (m_cancel)
        m_cancel->store(true); // a run, an import or a decision may have changed the records or the model
    m_cancel.reset();
    const quint64 generation = ++m_generation;
    if (m_workspace && m_access.isValid()) {
        m_loading = true;
        m_position->setText(tr("Reading the review queue..."));
        auto cancel = std::make_shared<std::atomic_bool>(false);
        m_cancel = cancel;
        const WorkspaceAccess access = m_access;
        auto *watcher = new QFutureWatcher<ReviewLoad>(this);
        connect(watcher, &QFutureWatcher<ReviewLoad>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // a newer refresh is on its way
            m_loading = false;
            m_cancel.reset();
            showLoad(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([access, cancel] { return ReviewLoadJob::run(access, cancel.get()); }));
        return m_waiting;
    }
    m_loading = false;
    ReviewLoad load;
    if (m_workspace)
        load = ReviewLoadJob::load(*m_workspace, nullptr);
    showLoad(load);
    return m_waiting;
}

void ReviewPane::showLoad(const ReviewLoad &load)
{
    m_lastLoadThread = load.thread;
    m_waiting = load.waiting;
    if (!load.error.isEmpty())
        m_status->setText(tr("The review queue could not be read: %1").arg(load.error));
    if (load.first) {
        const ReviewItem &item = load.first->item;
        m_priority->setText(tr("Why now: %1").arg(load.first->reason));
        m_itemId = item.id;
        m_score->setText(tr("%1, score %2%3")
                             .arg(EntityTypes::displayName(item.type))
                             .arg(item.score, 0, 'f', 2)
                             .arg(item.skipped ? tr(" (skipped before)") : QString()));
        m_explanation->addItems(item.explanation);
        if (load.explanation)
            showWaterfall(*load.explanation);
        showSide(m_sideA, m_titleA, load.sideA);
        showSide(m_sideB, m_titleB, load.sideB);
    }
    const int waiting = m_waiting;
    m_position->setText(waiting ? tr("%n pair(s) waiting for review", nullptr, waiting)
                                : tr("No pairs waiting for review"));
    for (QPushButton *b : {m_accept, m_reject, m_skip})
        b->setEnabled(m_itemId != 0);
    emit pendingCountChanged(waiting);
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

void ReviewPane::showWaterfall(const PairExplanation &explanation)
{
    const PairExplanation *e = &explanation;
    double scale = 0;
    for (const PairExplanation::Step &s : e->steps)
        scale = std::max(scale, std::abs(s.weight));
    m_barDelegate->setScale(scale);
    m_waterfall->setRowCount(int(e->steps.size()));
    for (int r = 0; r < e->steps.size(); ++r) {
        const PairExplanation::Step &s = e->steps.at(r);
        auto *weight = new QTableWidgetItem(QString::number(s.weight, 'f', 2));
        weight->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        weight->setData(Qt::UserRole, s.weight);
        if (s.m > 0 || s.u > 0)
            weight->setToolTip(tr("m %1, u %2").arg(s.m, 0, 'g', 4).arg(s.u, 0, 'g', 4));
        auto *bar = new QTableWidgetItem;
        bar->setData(Qt::UserRole, s.weight);
        m_waterfall->setItem(r, 0, new QTableWidgetItem(s.label));
        m_waterfall->setItem(r, 1, new QTableWidgetItem(s.detail.isEmpty() ? s.level
                                                                           : tr("%1 (%2)").arg(s.level, s.detail)));
        m_waterfall->setItem(r, 2, weight);
        m_waterfall->setItem(r, 3, bar);
    }
    QString total = tr("Total %1 bits, match probability %2")
                        .arg(e->totalWeight(), 0, 'f', 2)
                        .arg(e->probability(), 0, 'f', 4);
    if (e->cappedProbability >= 0)
        total += tr("; after the safety rules %1").arg(e->finalScore(), 0, 'f', 4);
    if (!e->notes.isEmpty())
        total += QStringLiteral(". ") + e->notes.join(QStringLiteral("; "));
    m_waterfallTotal->setText(total);
    // Every step in view; the waterfall says what the reasons list would, so it takes its place.
    m_waterfall->setFixedHeight(m_waterfall->horizontalHeader()->sizeHint().height()
                                + m_waterfall->rowCount() * m_waterfall->verticalHeader()->defaultSectionSize()
                                + 2 * m_waterfall->frameWidth() + 2);
    m_explanation->hide();
    m_waterfall->show();
    m_waterfallTotal->show();
}

void ReviewPane::acceptCurrent()
{
    decideCurrent(ReviewQueue::Decision::Same);
}

void ReviewPane::rejectCurrent()
{
    decideCurrent(ReviewQueue::Decision::Different);
}

void ReviewPane::decideCurrent(ReviewQueue::Decision decision)
{
    if (!m_workspace || !m_itemId)
        return;
    if (!ReviewQueue(*m_workspace).item(m_itemId)) {
        showError(tr("Review pair %1 is no longer in the queue.").arg(m_itemId));
        refresh();
        return;
    }
    // The decision is shown (and announced) while the macro is open, so that what the views record
    // as their own edits in answer (the chart following a merge) is undone with it in one step. An
    // undo or redo from the stack is announced once the stack has finished, so that nothing pushes
    // onto it mid-way.
    QPointer<ReviewPane> pane(this);
    struct Run
    {
        bool deciding = true;
        std::optional<std::tuple<bool, QString, QString>> outcome;
    };
    const auto run = std::make_shared<Run>(); // outlives this call: the command keeps it
    auto *command = new ReviewDecisionCommand(
        m_workspace, m_itemId, decision, [pane, run](bool ok, const QString &error, const QString &status) {
            if (run->deciding)
                run->outcome.emplace(ok, error, status);
            else if (pane)
                QMetaObject::invokeMethod(
                    pane, [pane, ok, error, status] { if (pane) pane->decided(ok, error, status); },
                    Qt::QueuedConnection);
        });
    if (m_undoStack) {
        m_undoStack->beginMacro(command->text());
        m_undoStack->push(command); // runs it
    } else {
        command->redo();
    }
    run->deciding = false;
    if (run->outcome)
        decided(std::get<0>(*run->outcome), std::get<1>(*run->outcome), std::get<2>(*run->outcome));
    if (m_undoStack)
        m_undoStack->endMacro();
    else
        delete command;
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

void ReviewPane::decided(bool ok, const QString &error, const QString &status)
{
    if (!ok) {
        showError(error);
        return;
    }
    m_status->setText(status);
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
