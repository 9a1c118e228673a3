#pragma once

#include "graph/graphprogress.h"
#include "graph/weightedgraph.h"

#include <QHash>
#include <QList>

namespace fc {

/**
 * Vertex centrality measures over a WeightedGraph, with the conventions of networkx 2.8 so that
 * figures match what analysts see in networkx, Gephi or igraph. Each returns one value per vertex
 * (index = vertex number); byId() keys them by entity id. Parallel links were merged by
 * WeightedGraph: hop-based measures see the simple graph, "weighted" options the summed weights
 * (the number of parallel links when links carry no weight).
 *
 * Betweenness and harmonic closeness run a breadth-first search from every vertex and use all
 * cores (each thread with its own accumulators, summed at the end).
 */
class Centrality
{
public:
    /** Result of a long-running measure: values per vertex, or partial ones if cancelled. */
    struct Result
    {
        QList<double> values;
        bool cancelled = false;
        int iterations = 0;     // power iterations used (eigenvector, PageRank)
        bool converged = true;  // false if an iterative measure hit its iteration limit
    };

    /** Sampled betweenness with its guarantee, see approximateBetweenness(). */
    struct Estimate
    {
        QList<double> normalised; // estimates of networkx's normalised betweenness
        int samples = 0;          // number of source vertices used
        bool exact = false;       // every vertex was a source: the values are exact
        double epsilon = 0;       // |estimate - exact| <= epsilon for all vertices ...
        double delta = 0;         // ... with probability at least 1 - delta
        bool cancelled = false;
    };

    /** Number of distinct neighbours (networkx G.degree() on the simple graph). */
    static QList<double> degree(const WeightedGraph &graph);
    /** Sum of edge weights at each vertex (networkx G.degree(weight="weight") on the multigraph). */
    static QList<double> weightedDegree(const WeightedGraph &graph);

    /**
     * Shortest-path (hop) betweenness, Brandes' algorithm. Unnormalised values count each
     * unordered pair of endpoints once (networkx normalized=False); normalised ones are divided by
     * (n-1)(n-2)/2, networkx normalized=True. threads = 0 uses every core.
     */
    static Result betweenness(const WeightedGraph &graph, bool normalised,
                              const GraphProgress &progress = {}, int threads = 0);

    /**
     * Sampled-source betweenness (Brandes & Pich 2007) estimating the normalised values. The
     * number of sources k is the smallest for which Hoeffding's inequality with a union bound over
     * all n vertices guarantees every estimate within epsilon of the exact normalised value with
     * probability >= 1 - delta: k = ceil(r^2 ln(2n/delta) / (2 epsilon^2)), r = n/(n-1) the range
     * of one source's scaled contribution. Sources are drawn without replacement (for which
     * Hoeffding's bound also holds); if k >= n all sources are used and the result is exact.
     */
    static Estimate approximateBetweenness(const WeightedGraph &graph, double epsilon, double delta,
                                           quint64 seed = 1, const GraphProgress &progress = {},
                                           int threads = 0);
    /** The number of sources approximateBetweenness() uses for n vertices (before capping at n). */
    static qint64 betweennessSampleSize(int vertexCount, double epsilon, double delta);

    /**
     * Harmonic closeness: the sum of 1/d(v, u) over every other vertex u reachable from v, d in
     * hops (networkx harmonic_centrality, not normalised). Defined on disconnected graphs;
     * isolated vertices get 0.
     */
    static Result harmonicCloseness(const WeightedGraph &graph, const GraphProgress &progress = {},
                                    int threads = 0);

    /**
     * Eigenvector centrality by power iteration on A + I from the uniform vector, scaled to unit
     * Euclidean norm, as networkx eigenvector_centrality. Unweighted, A is the adjacency matrix of
     * the simple graph (parallel links count once); weighted, it holds the summed weights. On a
     * disconnected graph the component(s) with the largest eigenvalue carry the weight and the
     * others tend to 0, as in networkx. Iterates until the L1 change is below n * tolerance.
     */
    static Result eigenvector(const WeightedGraph &graph, bool weighted, double tolerance = 1e-14,
                              int maxIterations = 10000, const GraphProgress &progress = {});

    /**
     * PageRank with damping alpha, uniform teleport and dangling vertices (no edges) spreading
     * their rank uniformly, as networkx pagerank. Weighted, a vertex passes rank in proportion to
     * the summed weights of its edges (networkx's default weight="weight" on a multigraph, i.e. by
     * number of parallel links); unweighted, equally to each distinct neighbour. Iterates until the
     * L1 change is below n * tolerance (networkx uses 1e-6; the default here is tighter).
     */
    static Result pageRank(const WeightedGraph &graph, bool weighted, double alpha = 0.85,
                           double tolerance = 1e-12, int maxIterations = 1000,
                           const GraphProgress &progress = {}, int threads = 0);

    /** Keys per-vertex values by the entity id of each vertex. */
    static QHash<qint64, double> byId(const WeightedGraph &graph, const QList<double> &values);
};

} // namespace fc
