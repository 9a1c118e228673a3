#pragma once

#include "map/mapdata.h"

namespace fc {

/**
 * Kernel density of weighted points on a square grid in BNG metres: the quartic (biweight) kernel
 * K(d) = 3/(pi h^2) (1 - d^2/h^2)^2 for d < h, bandwidth h, evaluated at each cell's centre, in
 * weight per km². Cells with no point within the bandwidth are left out. The stand-in hot-spot layer
 * until core/analysis provides KDE and Gi*; its method, cell and bandwidth go with it.
 */
class DensityGrid
{
public:
    struct Point
    {
        QPointF bng;
        double weight = 1;
    };
    static MapHotSpots quartic(const QList<Point> &points, double cellSize, double bandwidth);
};

} // namespace fc
