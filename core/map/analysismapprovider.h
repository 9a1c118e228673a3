#pragma once

#include "map/mapdataprovider.h"
#include "store/workspaceaccess.h"

namespace fc {

/**
 * The map's figures from core/analysis: harm of the active harm table per place (located by
 * HarmAnalysis: coordinates, else postcode) and per local authority, each place's incidents and
 * offenders, and Getis-Ord Gi* hot spots (Benjamini-Hochberg at 5%) on the query's cell and distance
 * band, weighted by harm. Opens its own workspace connection on the worker thread.
 */
class AnalysisMapProvider : public MapDataProvider
{
public:
    explicit AnalysisMapProvider(const WorkspaceAccess &access) : m_access(access) {}
    MapData compute(const MapQuery &query, const BoundarySet &areas, const std::function<void(double)> &progress,
                    const std::atomic_bool *cancel, QString *error) const override;
    /** Above this many cells the hot-spot grid's cell is enlarged (and the map says so). */
    static constexpr qsizetype kMaxCells = 2'000'000;

private:
    WorkspaceAccess m_access;
};

} // namespace fc
