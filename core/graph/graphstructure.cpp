#include "graph/graphstructure.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <iterator>

namespace fc {

namespace {

// Edges carry their insertion index so that a plain vector can hold each edge's component.
using BiconnectedGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                               boost::property<boost::edge_index_t, std::size_t>>;

/** The simple graph of g as a BGL adjacency list, each distinct pair once. */
BiconnectedGraph toBoost(const WeightedGraph &g)
{
    BiconnectedGraph b(static_cast<std::size_t>(g.vertexCount()));
    const auto &off = g.offsets();
    const auto &tgt = g.targets();
    for (int v = 0; v < g.vertexCount(); ++v)
        for (int i = off[size_t(v)]; i < off[size_t(v) + 1]; ++i)
            if (v < tgt[size_t(i)])
                boost::add_edge(std::size_t(v), std::size_t(tgt[size_t(i)]), boost::num_edges(b), b);
    return b;
}

} // namespace

QList<int> GraphStructure::componentOf(const WeightedGraph &graph, int *componentCount)
{
    // A flat breadth-first labelling: on a million vertices this beats building a BGL graph.
    const int n = graph.vertexCount();
    const int *off = graph.offsets().data();
    const int *tgt = graph.targets().data();
    QList<int> comp(n, -1);
    std::vector<int> queue(static_cast<size_t>(n));
    int count = 0;
    for (int s = 0; s < n; ++s) {
        if (comp[s] >= 0)
            continue;
        int head = 0, tail = 0;
        queue[size_t(tail++)] = s;
        comp[s] = count;
        while (head < tail) {
            const int v = queue[size_t(head++)];
            for (int i = off[v]; i < off[v + 1]; ++i) {
                const int w = tgt[i];
                if (comp[w] < 0) {
                    comp[w] = count;
                    queue[size_t(tail++)] = w;
                }
            }
        }
        ++count;
    }
    if (componentCount)
        *componentCount = count;
    return comp;
}

QList<QList<int>> GraphStructure::components(const WeightedGraph &graph)
{
    int count = 0;
    const QList<int> comp = componentOf(graph, &count);
    QList<QList<int>> out(count);
    for (int v = 0; v < comp.size(); ++v)
        out[comp[v]].append(v);
    std::stable_sort(out.begin(), out.end(),
                     [](const QList<int> &a, const QList<int> &b) { return a.size() > b.size(); });
    return out;
}

QList<int> GraphStructure::articulationPoints(const WeightedGraph &graph)
{
    BiconnectedGraph b = toBoost(graph);
    std::vector<std::size_t> points;
    std::vector<std::size_t> componentOfEdge(boost::num_edges(b));
    boost::biconnected_components(
        b, boost::make_iterator_property_map(componentOfEdge.begin(), boost::get(boost::edge_index, b)),
        std::back_inserter(points));
    QList<int> out;
    for (std::size_t p : points)
        out.append(int(p));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QList<QPair<int, int>> GraphStructure::bridges(const WeightedGraph &graph)
{
    // A bridge is exactly a biconnected component made of a single edge.
    BiconnectedGraph b = toBoost(graph);
    std::vector<std::size_t> componentOfEdge(boost::num_edges(b));
    auto component = boost::make_iterator_property_map(componentOfEdge.begin(), boost::get(boost::edge_index, b));
    const std::size_t count = boost::biconnected_components(b, component);
    std::vector<int> edgesIn(count, 0);
    for (auto [e, end] = boost::edges(b); e != end; ++e)
        ++edgesIn[component[*e]];
    QList<QPair<int, int>> out;
    for (auto [e, end] = boost::edges(b); e != end; ++e) {
        if (edgesIn[component[*e]] != 1)
            continue;
        const int u = int(boost::source(*e, b)), v = int(boost::target(*e, b));
        out.append({std::min(u, v), std::max(u, v)});
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> GraphStructure::coreNumbers(const WeightedGraph &graph)
{
    BiconnectedGraph b = toBoost(graph);
    std::vector<int> core(boost::num_vertices(b), 0);
    boost::core_numbers(b, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, b)));
    return QList<int>(core.begin(), core.end());
}

} // namespace fc
