#pragma once

#include "map/mapdataprovider.h"
#include "store/workspaceaccess.h"

namespace fc {

/**
 * The map's figures read from a workspace through core/store: every location with "lat" and "lon"
 * attributes is a place, projected to BNG; its incidents are those linked to it by "occurred_at" in
 * the date range, its offenders the persons "suspect_in" or "offender_in" them. Harm here is the
 * count of incidents (each incident weighs 1): the stand-in until core/analysis's harm index is wired
 * in, and named so on the map ("harm: incidents"). Hot spots: DensityGrid's quartic kernel density.
 */
class WorkspaceMapProvider : public MapDataProvider
{
public:
    explicit WorkspaceMapProvider(const WorkspaceAccess &access) : m_access(access) {}
    MapData compute(const MapQuery &query, const BoundarySet &areas, const std::function<void(double)> &progress,
                    const std::atomic_bool *cancel, QString *error) const override;

private:
    WorkspaceAccess m_access;
};

} // namespace fc
