#pragma once

#include "layout/layoutgraph.h"

namespace fc {

/**
 * Places the unpinned nodes evenly on one circle around the centroid, ordered by group and then
 * by index so that entities of one type sit together; the radius leaves `spacing` between
 * neighbours on the circle. Pinned nodes keep their positions.
 */
class CircularLayout
{
public:
    static QList<QPointF> compute(const LayoutGraph &graph, double spacing = 70);
};

} // namespace fc
