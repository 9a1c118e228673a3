#include "graph/communitydetector.h"

#include <igraph.h>

#include <mutex>

namespace fc {

namespace {

// igraph keeps global state (random generator, error handler): one caller at a time.
std::mutex igraphMutex;

/** An igraph copy of the graph (each distinct pair once) and its edge weights. */
struct IGraph
{
    igraph_t graph;
    igraph_vector_t weights;

    IGraph(const WeightedGraph &g, bool weighted)
    {
        igraph_vector_int_t edges;
        igraph_vector_int_init(&edges, 0);
        igraph_vector_init(&weights, 0);
        const auto &off = g.offsets();
        const auto &tgt = g.targets();
        const auto &wts = g.weights();
        for (int v = 0; v < g.vertexCount(); ++v)
            for (int i = off[size_t(v)]; i < off[size_t(v) + 1]; ++i)
                if (v < tgt[size_t(i)]) {
                    igraph_vector_int_push_back(&edges, v);
                    igraph_vector_int_push_back(&edges, tgt[size_t(i)]);
                    igraph_vector_push_back(&weights, weighted ? wts[size_t(i)] : 1.0);
                }
        igraph_create(&graph, &edges, g.vertexCount(), IGRAPH_UNDIRECTED);
        igraph_vector_int_destroy(&edges);
    }
    ~IGraph()
    {
        igraph_destroy(&graph);
        igraph_vector_destroy(&weights);
    }
    IGraph(const IGraph &) = delete;
    IGraph &operator=(const IGraph &) = delete;
};

} // namespace

CommunityDetector::Partition CommunityDetector::leiden(const WeightedGraph &graph, bool weighted, quint64 seed)
{
    Partition p;
    const int n = graph.vertexCount();
    p.membership = QList<int>(n, 0);
    if (n == 0)
        return p;
    std::lock_guard lock(igraphMutex);
    igraph_set_error_handler(igraph_error_handler_ignore);
    IGraph ig(graph, weighted);
    const double total = weighted ? graph.totalWeight() : double(graph.edgeCount());
    if (total <= 0) {
        // No ties: every vertex is its own community.
        for (int v = 0; v < n; ++v)
            p.membership[v] = v;
        p.count = n;
        return p;
    }
    // Modularity as Leiden's quality: node weights = strengths, resolution = 1 / 2m.
    igraph_vector_t nodeWeights;
    igraph_vector_init(&nodeWeights, n);
    igraph_strength(&ig.graph, &nodeWeights, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &ig.weights);
    igraph_vector_int_t membership;
    igraph_vector_int_init(&membership, n);
    igraph_integer_t clusters = 0;
    igraph_real_t quality = 0;
    igraph_rng_seed(igraph_rng_default(), seed);
    // A negative iteration count repeats Leiden until an iteration changes nothing.
    igraph_community_leiden(&ig.graph, &ig.weights, &nodeWeights, 1.0 / (2.0 * total), 0.01, false, -1,
                            &membership, &clusters, &quality);
    for (int v = 0; v < n; ++v)
        p.membership[v] = int(VECTOR(membership)[v]);
    p.count = int(clusters);
    igraph_real_t q = 0;
    igraph_modularity(&ig.graph, &membership, &ig.weights, 1.0, false, &q);
    p.modularity = q;
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&nodeWeights);
    return p;
}

double CommunityDetector::modularity(const WeightedGraph &graph, const QList<int> &membership, bool weighted)
{
    if (graph.vertexCount() == 0 || membership.size() != graph.vertexCount())
        return 0;
    std::lock_guard lock(igraphMutex);
    igraph_set_error_handler(igraph_error_handler_ignore);
    IGraph ig(graph, weighted);
    igraph_vector_int_t m;
    igraph_vector_int_init(&m, membership.size());
    for (int v = 0; v < membership.size(); ++v)
        VECTOR(m)[v] = membership[v];
    igraph_real_t q = 0;
    igraph_modularity(&ig.graph, &m, &ig.weights, 1.0, false, &q);
    igraph_vector_int_destroy(&m);
    return q;
}

} // namespace fc
