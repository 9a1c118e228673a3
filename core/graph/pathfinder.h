#pragma once

#include "graph/weightedgraph.h"

#include <QList>
#include <QMap>
#include <QPair>

namespace fc {

/**
 * Path questions over a WeightedGraph: the shortest path between two vertices (in hops, or
 * weighted, where a link of weight w is 1/w long so that stronger ties make shorter paths),
 * everything within N hops of a set of vertices, and the network connecting several vertices.
 * Vertices are indices into the graph; WeightedGraph::id() names the entity.
 */
class PathFinder
{
public:
    /** A shortest path: its vertices from start to end, and its length (hops or weighted). */
    struct Path
    {
        QList<int> vertices; // empty when no path exists
        double length = -1;  // -1 when no path exists
        bool found() const { return !vertices.isEmpty(); }
    };

    /** The network joining several vertices (see connectingNetwork()). */
    struct Connection
    {
        QList<int> vertices;              // ascending
        QList<QPair<int, int>> edges;     // (lower, higher), ascending
        QList<QPair<int, int>> unreachable; // pairs of the given vertices with no path between them
    };

    /** Distance from source to every vertex, -1 where unreachable. */
    static QList<double> distancesFrom(const WeightedGraph &graph, int source, bool weighted);
    /** One shortest path; hops by breadth-first search, weighted by Boost's Dijkstra. */
    static Path shortestPath(const WeightedGraph &graph, int from, int to, bool weighted);
    /** Every vertex at most maxHops from any of the sources, with its hop distance (sources: 0). */
    static QMap<int, int> withinHops(const WeightedGraph &graph, const QList<int> &sources, int maxHops);
    /**
     * The union of one shortest (hop) path between each pair of the given vertices: the people and
     * links through which they are connected. Pairs in different components are listed as
     * unreachable.
     */
    static Connection connectingNetwork(const WeightedGraph &graph, const QList<int> &vertices);
};

} // namespace fc
