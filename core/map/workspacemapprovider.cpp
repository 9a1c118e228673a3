#include "map/workspacemapprovider.h"

#include "geo/boundaryset.h"
#include "geo/projection.h"
#include "map/densitygrid.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fc {

namespace {

bool inRange(const QString &occurredAt, const MapQuery &query)
{
    if (query.from.isNull() && query.to.isNull())
        return true;
    const QDate date = QDate::fromString(occurredAt.left(10), Qt::ISODate);
    if (!date.isValid())
        return false; // an undated incident is outside any stated range
    return (query.from.isNull() || date >= query.from) && (query.to.isNull() || date <= query.to);
}

} // namespace

MapData WorkspaceMapProvider::compute(const MapQuery &query, const BoundarySet &areas,
                                      const std::function<void(double)> &progress, const std::atomic_bool *cancel,
                                      QString *error) const
{
    MapData data;
    data.from = query.from;
    data.to = query.to;
    data.harmMeasure = QCoreApplication::translate("fc::WorkspaceMapProvider", "incidents (each weighs 1)");
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto cancelled = [&] { return cancel && cancel->load(); };
    auto workspace = m_access.open(error);
    if (!workspace)
        return {};
    Projection projection;
    if (!projection.isValid()) {
        if (error)
            *error = projection.errorString();
        return {};
    }
    const QList<EntityRecord> entities = workspace->entityRecords();
    report(0.2);
    const QList<LinkRecord> links = workspace->linkRecords();
    report(0.4);
    QHash<qint64, const EntityRecord *> byId;
    byId.reserve(entities.size());
    for (const EntityRecord &e : entities)
        byId.insert(e.id, &e);

    // Places: locations with a position.
    QHash<qint64, int> placeIndex;
    int locations = 0;
    for (const EntityRecord &e : entities) {
        if (e.type != EntityType::Location)
            continue;
        if (cancelled())
            return {};
        ++locations;
        bool haveLat = false, haveLon = false;
        double lat = 0, lon = 0;
        for (const AttributeValue &a : workspace->attributes(e.id)) {
            if (a.name == QLatin1String("lat"))
                lat = a.value.toDouble(&haveLat);
            else if (a.name == QLatin1String("lon"))
                lon = a.value.toDouble(&haveLon);
        }
        const auto bng = haveLat && haveLon ? projection.toBng(lat, lon) : std::nullopt;
        if (!bng) {
            ++data.unlocatedPlaces;
            continue;
        }
        MapPlace place;
        place.entityId = e.id;
        place.label = e.label;
        place.bng = *bng;
        place.areaIndex = areas.indexAt(*bng);
        placeIndex.insert(e.id, int(data.places.size()));
        data.places.append(place);
    }
    report(0.6);

    // Incidents at each place in the range, then their offenders.
    QHash<qint64, int> incidentPlace;
    for (const LinkRecord &l : links) {
        if (l.type != QLatin1String("occurred_at"))
            continue;
        const auto place = placeIndex.constFind(l.to);
        const EntityRecord *incident = byId.value(l.from);
        if (place == placeIndex.cend() || !incident || incident->type != EntityType::Incident ||
            !inRange(incident->occurredAt, query) || incidentPlace.contains(l.from))
            continue;
        MapPlace &p = data.places[*place];
        p.incidentIds.append(l.from);
        p.count += 1;
        p.harm += 1;
        p.valueGbp += incident->valueGbp;
        incidentPlace.insert(l.from, *place);
    }
    for (const LinkRecord &l : links) {
        if (l.type != QLatin1String("suspect_in") && l.type != QLatin1String("offender_in"))
            continue;
        const auto place = incidentPlace.constFind(l.to);
        if (place == incidentPlace.cend())
            continue;
        QList<qint64> &offenders = data.places[*place].offenderIds;
        if (!offenders.contains(l.from))
            offenders.append(l.from);
    }
    if (cancelled())
        return {};
    report(0.8);

    // Harm by area, and the density of harm.
    QHash<int, int> areaSlot;
    QList<DensityGrid::Point> points;
    for (const MapPlace &p : std::as_const(data.places)) {
        if (p.harm > 0)
            points.append({p.bng, p.harm});
        if (p.areaIndex < 0)
            continue;
        auto slot = areaSlot.constFind(p.areaIndex);
        if (slot == areaSlot.cend()) {
            slot = areaSlot.insert(p.areaIndex, int(data.areas.size()));
            data.areas.append({areas.boundaries()[p.areaIndex].code, 0, 0});
        }
        data.areas[*slot].harm += p.harm;
        data.areas[*slot].count += p.count;
    }
    data.hotSpots = DensityGrid::quartic(points, query.hotSpotCellSize, query.hotSpotBandwidth);
    report(1.0);
    return data;
}

} // namespace fc
