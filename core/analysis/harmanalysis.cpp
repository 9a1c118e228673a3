#include "analysis/harmanalysis.h"

#include "analysis/harmstore.h"
#include "geo/boundaryset.h"
#include "geo/projection.h"

#include <QCoreApplication>
#include <QSet>

namespace fc {

bool HarmAnalysis::load(Database &db, const QDate &from, const QDate &to, HarmData *data, HarmTable *table,
                        QString *error)
{
    HarmStore store(db);
    const auto active = store.activeTable(error);
    if (!active)
        return false;
    *table = *active;
    if (!data->load(db, from, to, error))
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
            ++in.unlocatedIncidents;
            continue;
        }
        auto it = weightOf.constFind(i.offence);
        if (it == weightOf.constEnd())
            it = weightOf.insert(i.offence, table.weight(i.offence));
        if (byHarm && !*it) {
            ++in.unweightedIncidents;
            continue;
        }
        in.points << HotspotPoint{*bng, byHarm ? **it : 1.0, monthIndex.value(i.occurredAt.left(7), 0)};
    }
    return in;
}

} // namespace fc
