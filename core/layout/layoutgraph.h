#pragma once

#include <QList>
#include <QPair>
#include <QPointF>

namespace fc {

/**
 * What a layout works on: nodes 0..n-1 with their current positions, which of them are pinned
 * (a layout never moves those), undirected edges as index pairs, and an optional group key per
 * node (the entity type for "grouped by type"). Plain values so a copy can go to a worker thread.
 */
class LayoutGraph
{
public:
    QList<QPointF> positions; // one per node; its size is the node count
    QList<bool> pinned;       // empty or one per node
    QList<QPair<int, int>> edges;
    QList<int> groups; // empty or one per node

    int nodeCount() const { return int(positions.size()); }
    bool isPinned(int node) const { return node < pinned.size() && pinned[node]; }
    int group(int node) const { return node < groups.size() ? groups[node] : 0; }
    /** Distinct neighbours of every node (self-loops and parallel edges dropped). */
    QList<QList<int>> adjacency() const;
    /** Mean of the current positions (0,0 for an empty graph). */
    QPointF centroid() const;
};

} // namespace fc
