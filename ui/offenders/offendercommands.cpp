#include "offenders/offendercommands.h"

#include "offenders/prioritystore.h"

#include <QCoreApplication>

namespace fc {

SetBandsCommand::SetBandsCommand(Workspace *workspace, const PriorityBands &before, bool beforeCustomised,
                                 const PriorityBands &after, OffenderEditDone done)
    : m_workspace(workspace)
    , m_before(before)
    , m_after(after)
    , m_beforeCustomised(beforeCustomised)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("fc::SetBandsCommand", "Change priority bands"));
}

void SetBandsCommand::redo()
{
    QString error;
    PriorityStore(*m_workspace).setBands(m_after, &error);
    if (m_done)
        m_done(error);
}

void SetBandsCommand::undo()
{
    QString error;
    PriorityStore store(*m_workspace);
    if (m_beforeCustomised)
        store.setBands(m_before, &error);
    else
        store.resetBands(&error);
    if (m_done)
        m_done(error);
}

MarkReviewedCommand::MarkReviewedCommand(Workspace *workspace, const QList<PriorityScore> &ranking, const QDate &asOf,
                                         OffenderEditDone done)
    : m_workspace(workspace)
    , m_ranking(ranking)
    , m_asOf(asOf)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("fc::MarkReviewedCommand", "Mark the priority list reviewed"));
}

void MarkReviewedCommand::redo()
{
    QString error;
    m_reviewId = PriorityStore(*m_workspace).saveReview(m_ranking, m_asOf, &error);
    if (m_done)
        m_done(error);
}

void MarkReviewedCommand::undo()
{
    QString error;
    if (m_reviewId)
        PriorityStore(*m_workspace).removeReview(m_reviewId, &error);
    m_reviewId = 0;
    if (m_done)
        m_done(error);
}

} // namespace fc
