#pragma once

#include "analysis/hotspotgrid.h"

namespace fc {

/**
 * Getis-Ord Gi* on a grid: x_j is the summed weight of the points in cell j (over every cell of the
 * grid, empty ones included); binary weights w_ij = 1 when the centres of cells i and j are within the
 * distance band (cell i itself included). With n cells, mean X and S = sqrt(sum x^2 / n - X^2):
 *   Gi* = (sum_j w_ij x_j - X W_i) / (S sqrt((n W_i - W_i^2) / (n - 1))),  W_i = sum_j w_ij,
 * a z-score; p two-sided from the normal distribution, then the Benjamini-Hochberg correction at q.
 */
class GetisOrd
{
public:
    /** Fills grid.values, z, p and significant (the grid's extent and cell size must be set). */
    static void compute(HotspotGrid &grid, const QList<HotspotPoint> &points, double band, double q = 0.05);
    /** A grid covering the points (margin = band) with Gi* computed. */
    static HotspotGrid run(const QList<HotspotPoint> &points, double cellSize, double band, double q = 0.05);
    /** Gi* of every cell of grid.values as they are (for tests). */
    static void fromValues(HotspotGrid &grid, double band, double q = 0.05);
};

} // namespace fc
