#pragma once

#include "graph/weightedgraph.h"

#include <QList>
#include <QPair>

namespace fc {

/**
 * Structural analyses of a WeightedGraph on its simple graph (parallel links count once, so a
 * pair tied by several links is still one tie): connected components, brokers (articulation
 * points and bridges, whose removal splits a network) and k-core numbers. Vertices are indices
 * into the graph; WeightedGraph::id() names the entity.
 */
class GraphStructure
{
public:
    /** Component number of each vertex, numbered 0.. in order of their lowest vertex. */
    static QList<int> componentOf(const WeightedGraph &graph, int *componentCount = nullptr);
    /** The components as vertex lists, largest first (ties: lowest vertex first). */
    static QList<QList<int>> components(const WeightedGraph &graph);

    /** Vertices whose removal disconnects their component, ascending (Boost biconnected_components). */
    static QList<int> articulationPoints(const WeightedGraph &graph);
    /** Edges whose removal disconnects their component, as (lower, higher) vertex pairs, ascending. */
    static QList<QPair<int, int>> bridges(const WeightedGraph &graph);
    /** k-core number of each vertex (largest k such that it lies in a k-core), Boost core_numbers. */
    static QList<int> coreNumbers(const WeightedGraph &graph);
};

} // namespace fc
