#pragma once

#include "analysis/harmdata.h"
#include "analysis/harmtable.h"
#include "analysis/hotspotgrid.h"
#include "analysis/placeharm.h"
#include "graph/network.h"
#include "model/records.h"

#include <QStringList>

namespace fc {

class BoundarySet;
class Database;

/** The points of a hot-spot analysis, with what was left out. */
struct HotspotInput
{
    QList<HotspotPoint> points;
    QStringList months;          // sorted "yyyy-MM"; HotspotPoint::month indexes it
    qint64 incidents = 0;        // the incidents the points stand for (a grouped reading's point is several)
    qint64 unlocatedIncidents = 0; // not on the grid (no place, place unlocated, no coordinates)
    qint64 unweightedIncidents = 0; // located, but their offence has no weight (left out when weighting by harm)
};

/**
 * The entry point the CLI and the workstation's map share: reads the incidents of a date range and
 * the active harm table, locates places through core/geo's Projection (PROJ, WGS84 -> British
 * National Grid), and gives the inputs of the ranking and hot-spot analyses. Runs on any thread with
 * its own Database connection (one Projection per call).
 */
class HarmAnalysis
{
public:
    static bool load(Database &db, const QDate &from, const QDate &to, HarmData *data, HarmTable *table,
                     QString *error, HarmData::Reading reading = HarmData::Reading::PerIncident);
    /**
     * Rewrites the R*Tree of located places (place_index) on a writable connection: the write path of
     * the place index, kept apart from the analyses, which only read (the map's worker among them).
     */
    static bool indexPlaces(Database &db, QString *error);
    /** Area lookup of a BNG point through a boundary set (local authorities by default). */
    static PlaceHarm::AreaLookup areaLookup(const BoundarySet &boundaries);
    /**
     * Fills data->networkOfOffender with the offender networks of the graph engine (core/graph
     * NetworkFinder on the offender projection, default rules): key "N<k>", label with its size.
     */
    static void findNetworks(const QList<EntityRecord> &entities, const QList<LinkRecord> &links, HarmData *data);
    /** The same from networks found already (NetworkFinder's order: N1 is the first). */
    static void numberNetworks(const QList<Network> &networks, HarmData *data);
    /** Points for hot spots: each located incident weighted by harm (byHarm) or 1. */
    static HotspotInput hotspotInput(const HarmData &data, const HarmTable &table, bool byHarm);
};

} // namespace fc
