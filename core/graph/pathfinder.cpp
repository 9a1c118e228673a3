#include "graph/pathfinder.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <set>

namespace fc {

namespace {

/** Breadth-first search from several sources, stopping at maxHops (or never if < 0). */
void breadthFirst(const WeightedGraph &g, const QList<int> &sources, int maxHops, std::vector<int> &dist,
                  std::vector<int> &parent)
{
    const int n = g.vertexCount();
    dist.assign(size_t(n), -1);
    parent.assign(size_t(n), -1);
    std::vector<int> queue;
    queue.reserve(size_t(n));
    for (int s : sources) {
        if (s < 0 || s >= n || dist[size_t(s)] == 0)
            continue;
        dist[size_t(s)] = 0;
        queue.push_back(s);
    }
    const auto &off = g.offsets();
    const auto &tgt = g.targets();
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        if (maxHops >= 0 && dist[size_t(v)] >= maxHops)
            continue;
        for (int i = off[size_t(v)]; i < off[size_t(v) + 1]; ++i) {
            const int w = tgt[size_t(i)];
            if (dist[size_t(w)] < 0) {
                dist[size_t(w)] = dist[size_t(v)] + 1;
                parent[size_t(w)] = v;
                queue.push_back(w);
            }
        }
    }
}

/** Dijkstra over edge lengths 1/weight with Boost; distances -1 where unreachable. */
void dijkstra(const WeightedGraph &g, int source, std::vector<double> &dist, std::vector<int> &parent)
{
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                        boost::property<boost::edge_weight_t, double>>;
    const int n = g.vertexCount();
    Graph b(static_cast<std::size_t>(n));
    const auto &off = g.offsets();
    const auto &tgt = g.targets();
    const auto &wts = g.weights();
    for (int v = 0; v < n; ++v)
        for (int i = off[size_t(v)]; i < off[size_t(v) + 1]; ++i)
            if (v < tgt[size_t(i)])
                boost::add_edge(std::size_t(v), std::size_t(tgt[size_t(i)]), 1.0 / wts[size_t(i)], b);
    std::vector<std::size_t> pred(static_cast<size_t>(n));
    dist.assign(size_t(n), 0);
    boost::dijkstra_shortest_paths(b, std::size_t(source),
                                   boost::predecessor_map(pred.data()).distance_map(dist.data()));
    parent.assign(size_t(n), -1);
    for (int v = 0; v < n; ++v) {
        if (v == source)
            continue;
        if (pred[size_t(v)] == std::size_t(v)) // Boost marks unreached vertices as their own predecessor
            dist[size_t(v)] = -1;
        else
            parent[size_t(v)] = int(pred[size_t(v)]);
    }
}

QList<int> walkBack(const std::vector<int> &parent, int from, int to)
{
    QList<int> path;
    for (int v = to; v != -1; v = parent[size_t(v)]) {
        path.prepend(v);
        if (v == from)
            break;
    }
    return path;
}

} // namespace

QList<double> PathFinder::distancesFrom(const WeightedGraph &graph, int source, bool weighted)
{
    std::vector<int> parent;
    if (weighted) {
        std::vector<double> dist;
        dijkstra(graph, source, dist, parent);
        return QList<double>(dist.begin(), dist.end());
    }
    std::vector<int> dist;
    breadthFirst(graph, {source}, -1, dist, parent);
    return QList<double>(dist.begin(), dist.end());
}

PathFinder::Path PathFinder::shortestPath(const WeightedGraph &graph, int from, int to, bool weighted)
{
    Path p;
    const int n = graph.vertexCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return p;
    std::vector<int> parent;
    if (weighted) {
        std::vector<double> dist;
        dijkstra(graph, from, dist, parent);
        if (dist[size_t(to)] < 0)
            return p;
        p.length = dist[size_t(to)];
    } else {
        std::vector<int> dist;
        breadthFirst(graph, {from}, -1, dist, parent);
        if (dist[size_t(to)] < 0)
            return p;
        p.length = dist[size_t(to)];
    }
    p.vertices = walkBack(parent, from, to);
    return p;
}

QMap<int, int> PathFinder::withinHops(const WeightedGraph &graph, const QList<int> &sources, int maxHops)
{
    std::vector<int> dist, parent;
    breadthFirst(graph, sources, std::max(0, maxHops), dist, parent);
    QMap<int, int> out;
    for (int v = 0; v < graph.vertexCount(); ++v)
        if (dist[size_t(v)] >= 0)
            out.insert(v, dist[size_t(v)]);
    return out;
}

PathFinder::Connection PathFinder::connectingNetwork(const WeightedGraph &graph, const QList<int> &vertices)
{
    QList<int> terminals;
    for (int v : vertices)
        if (v >= 0 && v < graph.vertexCount() && !terminals.contains(v))
            terminals.append(v);
    std::set<int> members(terminals.begin(), terminals.end());
    std::set<QPair<int, int>> edges;
    Connection c;
    std::vector<int> dist, parent;
    for (int a = 0; a < terminals.size(); ++a) {
        breadthFirst(graph, {terminals[a]}, -1, dist, parent);
        for (int b = a + 1; b < terminals.size(); ++b) {
            const int t = terminals[b];
            if (dist[size_t(t)] < 0) {
                c.unreachable.append({terminals[a], t});
                continue;
            }
            const QList<int> path = walkBack(parent, terminals[a], t);
            for (int i = 0; i < path.size(); ++i) {
                members.insert(path[i]);
                if (i > 0)
                    edges.insert({std::min(path[i - 1], path[i]), std::max(path[i - 1], path[i])});
            }
        }
    }
    c.vertices = QList<int>(members.begin(), members.end());
    c.edges = QList<QPair<int, int>>(edges.begin(), edges.end());
    return c;
}

} // namespace fc
