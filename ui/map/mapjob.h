#pragma once

#include "map/mapdata.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace fc {

class BoundarySet;
class MapBoundaryPaths;
class MapDataProvider;

/** What a map computation returned. */
struct MapJobResult
{
    std::shared_ptr<const BoundarySet> boundaries;
    std::shared_ptr<const MapBoundaryPaths> paths;
    MapData data;
    QString error;
    bool cancelled = false;
};

/**
 * The map's work, meant for a worker thread: loads and projects the bundled boundaries and builds
 * their levels of detail (once: pass back what an earlier run returned), then asks the provider
 * (which opens its own workspace connection) for the figures, with progress and cancel.
 */
class MapJob
{
public:
    static MapJobResult run(std::shared_ptr<const BoundarySet> boundaries, std::shared_ptr<const MapBoundaryPaths> paths,
                            std::shared_ptr<const MapDataProvider> provider, const MapQuery &query,
                            const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
