#include "assessment/outcomecontext.h"

#include "analysis/harmanalysis.h"
#include "geo/georesources.h"
#include "graph/networkfinder.h"
#include "offenders/interventionregister.h"
#include "store/workspace.h"

namespace fc {

bool OutcomeContext::load(Workspace &workspace, QString *error)
{
    if (!HarmAnalysis::load(workspace.database(), QDate(), QDate(), &data, &table, error))
        return false;
    projection = OffenderProjection::build(workspace.entityRecords(), workspace.linkRecords());
    networks = NetworkFinder().find(projection);
    HarmAnalysis::numberNetworks(networks, &data);
    QString boundaryError;
    boundaries = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &boundaryError);
    for (const InterventionRecord &r : InterventionRegister(workspace).interventions())
        interventionPerson.insert(r.id, r.personId);
    for (const HarmIncident &i : std::as_const(data.incidents)) {
        const QDate d = QDate::fromString(i.occurredAt.left(10), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (!firstDay.isValid() || d < firstDay)
            firstDay = d;
        if (!lastDay.isValid() || d > lastDay)
            lastDay = d;
    }
    return true;
}

ActivityOutcomeResult OutcomeContext::measure(const ActivityRecord &activity, const OutcomeOptions &options) const
{
    PlaceHarm::AreaLookup areaOf;
    if (boundaries)
        areaOf = HarmAnalysis::areaLookup(*boundaries);
    const ResolvedTargets targets = ActivityOutcome::resolve(activity, data, areaOf, [this](qint64 id) {
        return interventionPerson.value(id, 0);
    });
    return ActivityOutcome::measure(activity, targets, data, table, options);
}

HarmData OutcomeContext::slice(const QDate &from, const QDate &to) const
{
    HarmData out;
    out.places = data.places;
    out.offenderLabels = data.offenderLabels;
    out.networkOfOffender = data.networkOfOffender;
    const QString a = from.toString(Qt::ISODate), b = to.addDays(1).toString(Qt::ISODate);
    for (qsizetype k = 0; k < data.incidents.size(); ++k) {
        const HarmIncident &i = data.incidents.at(k);
        if (i.occurredAt < a || i.occurredAt >= b)
            continue;
        out.incidents << i;
        out.incidentBng << (k < data.incidentBng.size() ? data.incidentBng.at(k) : std::nullopt);
        const auto it = data.offenders.constFind(i.id);
        if (it != data.offenders.cend())
            out.offenders.insert(i.id, *it);
    }
    return out;
}

} // namespace fc
