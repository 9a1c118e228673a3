#pragma once

#include "resolve/reviewqueue.h"
#include "store/workspaceaccess.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;
class QThread;
class QTreeWidget;
class QUndoStack;

namespace fc {

class WaterfallBarDelegate;
class Workspace;
class PairExplanation;
struct ReviewLoad;
struct ReviewSide;

/**
 * The resolution review queue: one candidate pair at a time, side by side, each side with every
 * attribute and the organisation, file, row and grading it came from, and the explanation of the
 * score above them. Accept (A) merges the pair, Reject (R) keeps it apart, Skip (S) sends it to
 * the back; accept and reject are remembered so that re-imports do not ask again. The keys work
 * wherever the focus is inside the pane. Double-click a side to inspect it. Pairs come in the
 * order a decision is worth (core's ReviewPriority), with the reason shown; a person pair is
 * shown as the Fellegi-Sunter waterfall of the workspace's saved match model (core's
 * PairExplainer), a pair without one by the reasons it was queued with. A decision that settles
 * other queued pairs between the same two clusters says how many. The work is done by core's
 * ReviewQueue; this pane only shows and forwards. With a WorkspaceAccess the queue, its order (every
 * link) and the waterfall (every person record) are read in a worker thread on a connection of its
 * own (ReviewLoadJob); a newer refresh cancels an older one. Each decision is a
 * ReviewDecisionCommand on the main window's undo stack.
 */
class ReviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPane(QWidget *parent = nullptr);
    ~ReviewPane() override;

    /**
     * The workspace decisions are written to; with a valid access the queue is read in a worker
     * thread, without one (tests, scripts) on this thread through workspace.
     */
    void setWorkspace(Workspace *workspace, const WorkspaceAccess &access = WorkspaceAccess());
    /**
     * Reloads the queue and shows its first pair. Returns the number of pairs waiting when read
     * here, or the last count known while a worker reads it (pendingCountChanged says when done).
     */
    int refresh();
    /** Accept and reject go on this stack (Ctrl+Z takes a decision back); without one they are final. */
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    qint64 currentItemId() const { return m_itemId; }
    /** True while a worker reads the queue. */
    bool isLoading() const { return m_loading; }
    /** The thread the last shown queue was read on (a test hook: not the GUI thread with an access). */
    QThread *lastLoadThread() const { return m_lastLoadThread; }

public slots:
    void acceptCurrent();
    void rejectCurrent();
    void skipCurrent();

signals:
    /** A pair was accepted or rejected: entities, links and search results may have changed. */
    void workspaceChanged();
    void entityActivated(qint64 entityId);
    /** After every refresh: the number of pairs waiting. */
    void pendingCountChanged(int waiting);

private:
    void showSide(QTreeWidget *tree, QLabel *title, const ReviewSide &side);
    void showLoad(const ReviewLoad &load);
    void showWaterfall(const PairExplanation &e);
    void decideCurrent(ReviewQueue::Decision decision);
    void decided(bool ok, const QString &error, const QString &status);
    void showError(const QString &error);

    Workspace *m_workspace = nullptr;
    WorkspaceAccess m_access;
    QUndoStack *m_undoStack = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the load in flight
    quint64 m_generation = 0;                   // only the newest load is shown
    bool m_loading = false;
    int m_waiting = 0;
    QThread *m_lastLoadThread = nullptr;
    qint64 m_itemId = 0;
    QLabel *m_position;
    QLabel *m_score;
    QLabel *m_priority;
    QLabel *m_status;
    QListWidget *m_explanation;
    QTableWidget *m_waterfall;
    QLabel *m_waterfallTotal;
    WaterfallBarDelegate *m_barDelegate;
    QLabel *m_titleA;
    QLabel *m_titleB;
    QTreeWidget *m_sideA;
    QTreeWidget *m_sideB;
    QPushButton *m_accept;
    QPushButton *m_reject;
    QPushButton *m_skip;
};

} // namespace fc
