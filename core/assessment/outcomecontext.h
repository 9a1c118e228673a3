#pragma once

#include "analysis/activityoutcome.h"
#include "analysis/harmdata.h"
#include "analysis/harmtable.h"
#include "geo/boundaryset.h"
#include "graph/network.h"
#include "graph/offenderprojection.h"

#include <QHash>
#include <optional>

namespace fc {

class Workspace;

/**
 * Everything the outcomes of activities and the assessment read from a workspace, loaded once:
 * the incidents of every date with their located places (HarmAnalysis), the active harm table, the
 * offender networks (keys "N1", "N2"... as `places --by network` shows them), the local-authority
 * boundaries for area targets, and the person of each recorded intervention.
 */
class OutcomeContext
{
public:
    bool load(Workspace &workspace, QString *error);

    /** The outcome of one activity (its targets resolved against this data). */
    ActivityOutcomeResult measure(const ActivityRecord &activity, const OutcomeOptions &options) const;
    /** The incidents from..to (inclusive) only, with the same places, offenders and networks. */
    HarmData slice(const QDate &from, const QDate &to) const;

    HarmData data;
    HarmTable table;
    OffenderProjection projection;
    QList<Network> networks;
    std::optional<BoundarySet> boundaries;
    QHash<qint64, qint64> interventionPerson;
    QDate firstDay, lastDay; // of the dated incidents
};

} // namespace fc
