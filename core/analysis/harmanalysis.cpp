#include "analysis/harmanalysis.h"

#include "analysis/harmstore.h"
#include "geo/boundaryset.h"
#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "geo/projection.h"

#include <QCoreApplication>
#include <QSet>

namespace fc {

bool HarmAnalysis::load(Database &db, const QDate &from, const QDate &to, HarmData *data, HarmTable *table,
                        QString *error, HarmData::Reading reading)
{
    HarmStore store(db);
    const auto active = store.activeTable(error);
    if (!active)
        return false;
    *table = *active;
    if (!data->load(db, from, to, error, reading))
        return false;
    Projection projection;
    if (!projection.isValid()) {
        *error = QCoreApplication::translate("HarmAnalysis", "PROJ cannot project to the British National Grid: %1")
                     .arg(projection.errorString());
        return false;
    }
    data->locate(db, [&projection](double latitude, double longitude) {
        return projection.toBng(latitude, longitude);
    });
    return true;
}

bool HarmAnalysis::indexPlaces(Database &db, QString *error)
{
    HarmData data;
    HarmTable table;
    // The places are what matters; no incident is in an empty date range (to before from).
    if (!load(db, QDate(2, 1, 1), QDate(1, 1, 1), &data, &table, error, HarmData::Reading::Grouped))
        return false;
    return data.writePlaceIndex(db, error);
}

PlaceHarm::AreaLookup HarmAnalysis::areaLookup(const BoundarySet &boundaries)
{
    return [&boundaries](QPointF bng) -> std::pair<QString, QString> {
        const int i = boundaries.indexAt(bng);
        if (i < 0)
            return {};
        const Boundary &b = boundaries.boundaries().at(i);
        return {b.code, b.name};
    };
}

void HarmAnalysis::findNetworks(const QList<EntityRecord> &entities, const QList<LinkRecord> &links, HarmData *data)
{
    numberNetworks(NetworkFinder().find(OffenderProjection::build(entities, links)), data);
}

void HarmAnalysis::numberNetworks(const QList<Network> &networks, HarmData *data)
{
    data->networkOfOffender.clear();
    for (int k = 0; k < networks.size(); ++k) {
        const NetworkSummary &s = networks.at(k).summary;
        const QString key = QStringLiteral("N%1").arg(k + 1);
        const QString label = QCoreApplication::translate("HarmAnalysis", "Network %1 (%2 offenders)")
                                  .arg(k + 1).arg(s.members.size());
        for (qint64 person : s.members)
            data->networkOfOffender.insert(person, {key, label});
    }
}

HotspotInput HarmAnalysis::hotspotInput(const HarmData &data, const HarmTable &table, bool byHarm)
{
    HotspotInput in;
    QSet<QString> months;
    for (const HarmIncident &i : data.incidents)
        if (i.occurredAt.size() >= 7)
            months.insert(i.occurredAt.left(7));
    in.months = QStringList(months.begin(), months.end());
    in.months.sort();
    QHash<QString, int> monthIndex;
    for (int k = 0; k < in.months.size(); ++k)
        monthIndex.insert(in.months.at(k), k);
    QHash<QString, std::optional<double>> weightOf;
    for (qsizetype n = 0; n < data.incidents.size(); ++n) {
        const HarmIncident &i = data.incidents.at(n);
        const std::optional<QPointF> bng = n < data.incidentBng.size() ? data.incidentBng.at(n) : std::nullopt;
        if (!bng) {
            in.unlocatedIncidents += i.count;
            continue;
        }
        auto it = weightOf.constFind(i.offence);
        if (it == weightOf.constEnd())
            it = weightOf.insert(i.offence, table.weight(i.offence));
        if (byHarm && !*it) {
            in.unweightedIncidents += i.count;
            continue;
        }
        // A group of incidents (a grouped reading) is one point carrying the weight of all of them.
        in.points << HotspotPoint{*bng, (byHarm ? **it : 1.0) * double(i.count), monthIndex.value(i.occurredAt.left(7), 0)};
        in.incidents += i.count;
    }
    return in;
}

} // namespace fc
