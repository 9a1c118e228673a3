#pragma once

#include "resolve/resolvetypes.h"
#include "resolve/reviewqueue.h"

#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/** Called after a review decision was taken or taken back: ok, the error, the status to show. */
using ReviewDecisionDone = std::function<void(bool ok, const QString &error, const QString &status)>;

/**
 * Undo command for a review decision: redo accepts (merges) or rejects the queued pair, with the
 * pairs between the same two clusters it settles, through core's ReviewQueue; undo takes it all
 * back (ReviewQueue::undoDecision), so the pairs are queued again. A decision that fails marks the
 * command obsolete, so that the undo stack drops it.
 */
class ReviewDecisionCommand : public QUndoCommand
{
public:
    ReviewDecisionCommand(Workspace *workspace, qint64 itemId, ReviewQueue::Decision decision,
                          ReviewDecisionDone done);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_itemId;
    ReviewQueue::Decision m_decision;
    ReviewDecisionUndo m_taken;
    ReviewDecisionDone m_done;
};

} // namespace fc
