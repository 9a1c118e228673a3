#pragma once

#include "offenders/prioritybands.h"
#include "offenders/priorityscore.h"

#include <QDate>
#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/** Called after a command has changed the workspace: empty error, or what failed. */
using OffenderEditDone = std::function<void(const QString &error)>;

/** Undo command: new priority bands (undo puts back the earlier bands, or the defaults). */
class SetBandsCommand : public QUndoCommand
{
public:
    SetBandsCommand(Workspace *workspace, const PriorityBands &before, bool beforeCustomised, const PriorityBands &after,
                    OffenderEditDone done);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    PriorityBands m_before, m_after;
    bool m_beforeCustomised;
    OffenderEditDone m_done;
};

/** Undo command: "mark reviewed" saves the ranking as a review snapshot; undo withdraws it. */
class MarkReviewedCommand : public QUndoCommand
{
public:
    MarkReviewedCommand(Workspace *workspace, const QList<PriorityScore> &ranking, const QDate &asOf,
                        OffenderEditDone done);
    void redo() override;
    void undo() override;
    qint64 reviewId() const { return m_reviewId; }

private:
    Workspace *m_workspace;
    QList<PriorityScore> m_ranking;
    QDate m_asOf;
    qint64 m_reviewId = 0;
    OffenderEditDone m_done;
};

} // namespace fc
