#pragma once

#include "map/mapdata.h"

#include <atomic>
#include <functional>

namespace fc {

class BoundarySet;

/**
 * Computes the map's figures for a query. Runs on a worker thread: an implementation opens its
 * own workspace connection there, reports progress (0..1) and stops early when cancel is set.
 */
class MapDataProvider
{
public:
    virtual ~MapDataProvider() = default;
    /** The figures, or an empty MapData and *error on failure. areas: the boundaries places fall in. */
    virtual MapData compute(const MapQuery &query, const BoundarySet &areas,
                            const std::function<void(double)> &progress, const std::atomic_bool *cancel,
                            QString *error) const = 0;
};

} // namespace fc
