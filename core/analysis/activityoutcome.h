#pragma once

#include "analysis/activity.h"
#include "analysis/harmdata.h"
#include "analysis/harmtable.h"
#include "analysis/placeharm.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>

namespace fc {

/** The places and offenders an activity's targets stand for in the data, and what could not be found. */
struct ResolvedTargets
{
    QSet<qint64> places;
    QSet<qint64> offenders;
    QStringList unresolved;
};

/** Incidents and harm of a group of units (places or offenders) in the before and after windows. */
struct OutcomeGroup
{
    int units = 0;
    qint64 beforeIncidents = 0;
    qint64 afterIncidents = 0;
    double beforeHarm = 0;
    double afterHarm = 0;
};

/** How the outcome of an activity is measured: equal windows, buffer distance, the as-of date. */
struct OutcomeOptions
{
    int windowDays = 0;        // 0: the activity's own length (start to end), or 90 days when open-ended
    double bufferMetres = 500; // places within this distance of a targeted place (British National Grid)
    QDate asOf;                // invalid: the last incident date in the data
};

/** The outcome of one activity: before and after, against a comparison set, with displacement. */
struct ActivityOutcomeResult
{
    ActivityRecord activity;
    QString unit; // "place" or "offender" (what was counted); empty when no target was found
    int windowDays = 0;
    QDate beforeFrom, beforeTo, afterFrom, afterTo; // inclusive
    bool afterComplete = true;
    OutcomeGroup treated, comparison, buffer;
    // Difference in differences of the per-unit means: (treated after - before) - (comparison after - before).
    std::optional<double> didIncidents, didHarm;
    // The treated units' before count carried forward by the comparison's trend: Tb * Ca / Cb.
    std::optional<double> expectedIncidents;
    // Bowers and Johnson's weighted displacement quotient on incident counts (places only).
    std::optional<double> wdq;
    std::optional<double> bufferDidIncidents;
    qint64 unweightedIncidents = 0; // in the windows, offence without a weight: counted, no harm
    QString comparisonRule;
    QString bufferRule;
    QString interpretation;
    QStringList unresolved;
};

/**
 * Outcomes of activities: incidents and harm in two windows of equal length either side of the
 * start (before = the W days before it, after = the start and the W-1 days after) at the targeted
 * places (or of the targeted offenders) against comparable units that were not targeted, as a
 * difference in differences; for places, displacement to and diffusion of benefit over the places
 * within a buffer, by the weighted displacement quotient (Bowers and Johnson 2003, "Measuring the
 * geographical displacement and diffusion of benefit effects of crime prevention activity", Journal
 * of Quantitative Criminology 19(3)). Distances are in British National Grid metres (core/geo).
 */
class ActivityOutcome
{
    Q_DECLARE_TR_FUNCTIONS(ActivityOutcome)

public:
    using InterventionPerson = std::function<qint64(qint64 interventionId)>;

    /** The places and offenders of an activity's targets (areas through areaOf, networks through
     *  data.networkOfOffender, interventions through their person). */
    static ResolvedTargets resolve(const ActivityRecord &activity, const HarmData &data,
                                   const PlaceHarm::AreaLookup &areaOf = {},
                                   const InterventionPerson &personOf = {});
    static ActivityOutcomeResult measure(const ActivityRecord &activity, const ResolvedTargets &targets,
                                         const HarmData &data, const HarmTable &table, const OutcomeOptions &options);
    /** What the figures cannot show, to print with them. */
    static QStringList caveats();
    static QString method();
};

} // namespace fc
