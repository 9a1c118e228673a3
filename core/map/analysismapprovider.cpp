#include "map/analysismapprovider.h"

#include "analysis/getisord.h"
#include "analysis/harmanalysis.h"
#include "geo/boundaryset.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace fc {

MapData AnalysisMapProvider::compute(const MapQuery &query, const BoundarySet &areas,
                                     const std::function<void(double)> &progress, const std::atomic_bool *cancel,
                                     QString *error) const
{
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto cancelled = [&] { return cancel && cancel->load(); };
    auto workspace = m_access.open(error);
    if (!workspace)
        return {};
    HarmData harm;
    HarmTable table;
    if (!HarmAnalysis::load(workspace->database(), query.from, query.to, &harm, &table, error))
        return {};
    report(0.4);
    if (cancelled())
        return {};

    MapData data;
    data.from = query.from;
    data.to = query.to;
    data.harmMeasure = QStringLiteral("%1 (%2), %3").arg(table.title, table.edition, table.unit);

    // Places: the ranking by place, located rows drawn; incidents and offenders per place.
    QHash<qint64, QList<qint64>> incidentsOf;
    for (const HarmIncident &i : std::as_const(harm.incidents))
        if (i.placeId)
            incidentsOf[i.placeId].append(i.id);
    const PlaceHarmResult places = PlaceHarm::rank(harm, table, PlaceHarm::GroupBy::Place);
    for (const HarmRow &row : places.rows) {
        bool numeric = false;
        const qint64 id = row.key.toLongLong(&numeric);
        if (!numeric || id <= 0)
            continue; // incidents with no place: in the totals of the places table, not drawable
        if (!row.located) {
            ++data.unlocatedPlaces;
            continue;
        }
        MapPlace p;
        p.entityId = id;
        p.label = row.label;
        p.bng = row.bng;
        p.harm = row.harm;
        p.count = int(row.incidents);
        p.valueGbp = row.valueGbp;
        p.areaIndex = areas.indexAt(row.bng);
        p.incidentIds = incidentsOf.value(id);
        for (qint64 incident : std::as_const(p.incidentIds))
            for (qint64 offender : harm.offenders.value(incident))
                if (!p.offenderIds.contains(offender))
                    p.offenderIds.append(offender);
        data.places.append(p);
    }
    report(0.6);
    if (cancelled())
        return {};

    // Areas: the ranking by local authority through the same boundaries the map draws.
    const PlaceHarmResult byArea = PlaceHarm::rank(harm, table, PlaceHarm::GroupBy::Area, HarmAnalysis::areaLookup(areas));
    for (const HarmRow &row : byArea.rows)
        if (areas.indexOf(row.key) >= 0)
            data.areas.append({row.key, row.harm, int(row.incidents)});
    report(0.7);

    // Hot spots: Gi* on harm-weighted incidents; a cell enlarged if the grid would be too big.
    const HotspotInput input = HarmAnalysis::hotspotInput(harm, table, true);
    if (!input.points.isEmpty() && !cancelled()) {
        double cell = query.hotSpotCellSize;
        const HotspotGrid extent = HotspotGrid::covering(input.points, cell, query.hotSpotBandwidth);
        if (extent.size() > kMaxCells)
            cell *= std::ceil(std::sqrt(double(extent.size()) / double(kMaxCells)));
        const double band = std::max(query.hotSpotBandwidth, cell);
        const HotspotGrid grid = GetisOrd::run(input.points, cell, band);
        data.hotSpots.method = grid.description.isEmpty()
                                   ? QCoreApplication::translate("fc::AnalysisMapProvider", "Getis-Ord Gi*, Benjamini-Hochberg FDR %1%")
                                         .arg(grid.fdrQ * 100)
                                   : grid.description;
        data.hotSpots.cellSize = grid.cellSize;
        data.hotSpots.bandwidth = grid.bandwidth;
        data.hotSpots.valueName = grid.valueUnit;
        for (const HotspotCell &c : grid.nonEmptyCells()) {
            MapHotSpotCell out;
            out.cell = QRectF(c.x - grid.cellSize / 2, c.y - grid.cellSize / 2, grid.cellSize, grid.cellSize);
            out.value = c.value;
            out.z = std::isnan(c.z) ? 0 : c.z;
            out.significance = c.significant ? (out.z > 0 ? 1 : -1) : 0;
            data.hotSpots.cells.append(out);
        }
    }
    report(1.0);
    return data;
}

} // namespace fc
