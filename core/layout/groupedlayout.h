#pragma once

#include "layout/layoutgraph.h"

namespace fc {

/**
 * Two ordered layouts an analyst reads like a table. byGroup(): one column per group key (the
 * entity type), nodes stacked in the column, most connected first. hierarchical(): rows by
 * breadth-first level from the most connected node of each component, each row ordered by the
 * mean position of the node's parents (the barycentre heuristic of Sugiyama et al.) to cut
 * crossings. Both start at the top-left of the current positions; pinned nodes stay put.
 */
class GroupedLayout
{
public:
    static QList<QPointF> byGroup(const LayoutGraph &graph, double spacing = 80);
    static QList<QPointF> hierarchical(const LayoutGraph &graph, double spacing = 80);
};

} // namespace fc
