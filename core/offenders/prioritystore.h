#pragma once

#include "offenders/prioritybands.h"
#include "offenders/priorityscore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace fc {

class Workspace;

/** The last review of the ranking: when, by whom, and each person's rank then. */
struct PriorityReview
{
    qint64 id = 0;
    QString reviewedAt;
    QString reviewedBy;
    QString asOf;
    QHash<qint64, int> ranks;
};

/**
 * What the priority keeps in the workspace: the analyst's bands (defaults until changed) and the
 * review snapshots the change of rank is measured from. Changes are alterations in the audit trail.
 */
class PriorityStore
{
    Q_DECLARE_TR_FUNCTIONS(PriorityStore)

public:
    explicit PriorityStore(Workspace &workspace);

    /** The stored bands, or the defaults when none are stored (or they no longer parse). */
    PriorityBands bands();
    bool isCustomised();
    bool setBands(const PriorityBands &bands, QString *error);
    bool resetBands(QString *error);

    /** Saves the ranking as a review snapshot; returns its id, or 0 and *error. */
    qint64 saveReview(const QList<PriorityScore> &ranking, const QDate &asOf, QString *error);
    /** Withdraws a review snapshot (undo of "mark reviewed"); recorded as an alteration. */
    bool removeReview(qint64 reviewId, QString *error);
    /** The latest review, or an empty one (id 0) when there has been none. */
    PriorityReview lastReview();

private:
    Workspace &m_workspace;
};

} // namespace fc
