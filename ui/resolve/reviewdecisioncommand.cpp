#include "resolve/reviewdecisioncommand.h"

#include <QCoreApplication>

namespace fc {

ReviewDecisionCommand::ReviewDecisionCommand(Workspace *workspace, qint64 itemId, ReviewQueue::Decision decision,
                                             ReviewDecisionDone done)
    : m_workspace(workspace)
    , m_itemId(itemId)
    , m_decision(decision)
    , m_done(std::move(done))
{
    setText(decision == ReviewQueue::Decision::Same
                ? QCoreApplication::translate("ReviewDecisionCommand", "Accept Review Pair %1").arg(itemId)
                : QCoreApplication::translate("ReviewDecisionCommand", "Reject Review Pair %1").arg(itemId));
}

void ReviewDecisionCommand::redo()
{
    QString error;
    int settled = 0;
    ReviewQueue queue(*m_workspace);
    const bool same = m_decision == ReviewQueue::Decision::Same;
    const bool ok = same ? queue.accept(m_itemId, &error, &settled, &m_taken)
                         : queue.reject(m_itemId, &error, &settled, &m_taken);
    if (!ok)
        setObsolete(true);
    const QString status =
        same ? QCoreApplication::translate("ReviewDecisionCommand",
                                           "Accepted; %n other queued pair(s) between the same two clusters "
                                           "settled with it.",
                                           nullptr, settled)
             : QCoreApplication::translate("ReviewDecisionCommand",
                                           "Rejected; %n other queued pair(s) between the same two clusters kept "
                                           "apart with it.",
                                           nullptr, settled);
    if (m_done)
        m_done(ok, error, status);
}

void ReviewDecisionCommand::undo()
{
    QString error;
    const bool ok = ReviewQueue(*m_workspace).undoDecision(m_taken, &error);
    if (!ok)
        setObsolete(true);
    if (m_done)
        m_done(ok, error,
               QCoreApplication::translate("ReviewDecisionCommand", "Decision on review pair %1 undone: it is queued again.")
                   .arg(m_itemId));
}

} // namespace fc
