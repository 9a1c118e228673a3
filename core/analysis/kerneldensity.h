#pragma once

#include "analysis/hotspotgrid.h"

namespace fc {

/**
 * Kernel density estimation on a grid: each point spreads its weight with the quartic (biweight)
 * kernel K(d) = 3 / (pi h^2) * (1 - d^2/h^2)^2 for d < h (h = bandwidth, the kernel's radius), zero
 * beyond; a cell's value is the density at its centre, per square kilometre. The top `hotShare` of
 * cells with a density (by density) are flagged as hot spots.
 */
class KernelDensity
{
public:
    static double quartic(double distance, double bandwidth);
    /** Fills grid.values (the grid's extent and cell size must be set). */
    static void estimate(HotspotGrid &grid, const QList<HotspotPoint> &points, double bandwidth,
                         double hotShare = 0.05);
    /** A grid covering the points (margin = bandwidth) with the density estimated. */
    static HotspotGrid run(const QList<HotspotPoint> &points, double cellSize, double bandwidth,
                           double hotShare = 0.05);
    /** Flags the top share of the non-zero cells by value as hot (ties at the threshold included). */
    static void flagTop(HotspotGrid &grid, double share);
};

} // namespace fc
