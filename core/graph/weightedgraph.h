#pragma once

#include "graph/weightededge.h"

#include <QHash>
#include <QList>

#include <vector>

namespace fc {

/**
 * The undirected graph every analysis runs on, stored as a flat CSR array (offsets / targets /
 * weights) because that is what makes betweenness and PageRank fast enough on large graphs.
 * Vertices are numbered 0..n-1 and each carries the entity id it stands for.
 *
 * Parallel edges between two vertices are merged into one adjacency entry whose weight is the sum
 * of their weights and whose multiplicity is their number; unweighted measures (hop distances,
 * betweenness, degree) therefore see the simple graph, weighted ones the summed weights.
 * Self-loops are dropped: an entity linked to itself tells nothing about its network.
 */
class WeightedGraph
{
public:
    WeightedGraph() = default;

    /**
     * Builds the graph on vertexIds plus any id an edge names that vertexIds lacks (appended in
     * the order first seen). Vertex i stands for vertexIds[i]; duplicate ids are ignored.
     */
    static WeightedGraph build(const QList<qint64> &vertexIds, const QList<WeightedEdge> &edges);
    /**
     * Builds the graph on vertices 0..vertexCount-1 (entity id = index) from index pairs; weights
     * may be empty (all 1). For large synthetic graphs, where id lists would only cost memory.
     */
    static WeightedGraph fromIndexEdges(int vertexCount, const std::vector<int> &from,
                                        const std::vector<int> &to,
                                        const std::vector<double> &weights = {});

    int vertexCount() const { return int(m_ids.size()); }
    /** Number of distinct adjacent vertex pairs (parallel edges counted once). */
    qint64 edgeCount() const { return qint64(m_targets.size()) / 2; }
    /** Number of edges given to build, parallel ones counted, self-loops not. */
    qint64 linkCount() const { return m_linkCount; }
    qint64 id(int vertex) const { return m_ids[vertex]; }
    const QList<qint64> &ids() const { return m_ids; }
    /** The vertex standing for an entity id, or -1. */
    int indexOf(qint64 id) const { return m_index.value(id, -1); }
    bool contains(qint64 id) const { return m_index.contains(id); }

    /** Number of distinct neighbours. */
    int degree(int vertex) const { return m_offsets[vertex + 1] - m_offsets[vertex]; }
    /** Sum of the weights of the edges at a vertex (parallel edges each counted). */
    double strength(int vertex) const;
    /** Weight of the merged edge between two vertices, 0 if they are not adjacent. */
    double weight(int a, int b) const;
    /** Whether every merged edge has weight 1 (lets the hot loops skip the weight array). */
    bool hasUnitWeights() const { return m_unitWeights; }
    /** Sum of all edge weights (each undirected edge once). */
    double totalWeight() const;

    /** The subgraph induced by the given vertices, numbered in the order given. */
    WeightedGraph induced(const QList<int> &vertices) const;

    // Raw CSR arrays for the algorithms in core/graph: neighbours of v are
    // targets[offsets[v] .. offsets[v+1]), with the matching weights and multiplicities.
    const std::vector<int> &offsets() const { return m_offsets; }
    const std::vector<int> &targets() const { return m_targets; }
    const std::vector<double> &weights() const { return m_weights; }
    const std::vector<int> &multiplicities() const { return m_multiplicities; }

private:
    void buildIndex();

    QList<qint64> m_ids;
    QHash<qint64, int> m_index;
    std::vector<int> m_offsets{0};
    std::vector<int> m_targets;
    std::vector<double> m_weights;
    std::vector<int> m_multiplicities;
    qint64 m_linkCount = 0;
    bool m_unitWeights = true;
};

} // namespace fc
