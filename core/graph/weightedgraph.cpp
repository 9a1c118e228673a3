#include "graph/weightedgraph.h"

namespace fc {

WeightedGraph WeightedGraph::build(const QList<qint64> &vertexIds, const QList<WeightedEdge> &edges)
{
    QList<qint64> ids;
    QHash<qint64, int> index;
    ids.reserve(vertexIds.size());
    index.reserve(vertexIds.size());
    auto vertexOf = [&](qint64 id) {
        auto it = index.constFind(id);
        if (it != index.constEnd())
            return it.value();
        const int v = int(ids.size());
        index.insert(id, v);
        ids.append(id);
        return v;
    };
    for (qint64 id : vertexIds)
        vertexOf(id);
    std::vector<int> from, to;
    std::vector<double> weights;
    from.reserve(edges.size());
    to.reserve(edges.size());
    weights.reserve(edges.size());
    for (const WeightedEdge &e : edges) {
        from.push_back(vertexOf(e.from));
        to.push_back(vertexOf(e.to));
        weights.push_back(e.weight);
    }
    WeightedGraph g = fromIndexEdges(int(ids.size()), from, to, weights);
    g.m_ids = std::move(ids);
    g.m_index = std::move(index);
    return g;
}

WeightedGraph WeightedGraph::fromIndexEdges(int vertexCount, const std::vector<int> &from,
                                            const std::vector<int> &to,
                                            const std::vector<double> &weights)
{
    WeightedGraph g;
    const size_t m = std::min(from.size(), to.size());
    const bool weighted = !weights.empty();

    // Counting sort of both directions of every edge into per-vertex slots.
    std::vector<int> offsets(size_t(vertexCount) + 1, 0);
    for (size_t e = 0; e < m; ++e) {
        if (from[e] == to[e])
            continue;
        ++offsets[size_t(from[e]) + 1];
        ++offsets[size_t(to[e]) + 1];
        ++g.m_linkCount;
    }
    for (int v = 0; v < vertexCount; ++v)
        offsets[size_t(v) + 1] += offsets[size_t(v)];
    std::vector<int> fill(offsets.begin(), offsets.end() - 1);
    std::vector<int> targets(size_t(offsets.back()));
    std::vector<double> w(weighted ? targets.size() : 0);
    for (size_t e = 0; e < m; ++e) {
        const int a = from[e], b = to[e];
        if (a == b)
            continue;
        const int ia = fill[size_t(a)]++, ib = fill[size_t(b)]++;
        targets[size_t(ia)] = b;
        targets[size_t(ib)] = a;
        if (weighted)
            w[size_t(ia)] = w[size_t(ib)] = weights[e];
    }

    // Merge parallel edges in place, keeping first-seen neighbour order: slot[t] remembers where
    // neighbour t of the current vertex was written (valid only if it lies in this vertex's range).
    std::vector<int> slot(size_t(vertexCount), -1);
    g.m_offsets.assign(size_t(vertexCount) + 1, 0);
    g.m_targets.reserve(targets.size());
    g.m_weights.reserve(targets.size());
    g.m_multiplicities.reserve(targets.size());
    for (int v = 0; v < vertexCount; ++v) {
        const int begin = int(g.m_targets.size());
        for (int i = offsets[size_t(v)]; i < offsets[size_t(v) + 1]; ++i) {
            const int t = targets[size_t(i)];
            const double wt = weighted ? w[size_t(i)] : 1.0;
            const int s = slot[size_t(t)];
            if (s >= begin) {
                g.m_weights[size_t(s)] += wt;
                ++g.m_multiplicities[size_t(s)];
            } else {
                slot[size_t(t)] = int(g.m_targets.size());
                g.m_targets.push_back(t);
                g.m_weights.push_back(wt);
                g.m_multiplicities.push_back(1);
            }
        }
        g.m_offsets[size_t(v) + 1] = int(g.m_targets.size());
    }
    g.m_unitWeights = true;
    for (double x : g.m_weights)
        if (x != 1.0) {
            g.m_unitWeights = false;
            break;
        }
    g.m_ids.resize(vertexCount);
    for (int v = 0; v < vertexCount; ++v)
        g.m_ids[v] = v;
    g.buildIndex();
    return g;
}

void WeightedGraph::buildIndex()
{
    m_index.clear();
    m_index.reserve(m_ids.size());
    for (int v = 0; v < int(m_ids.size()); ++v)
        m_index.insert(m_ids[v], v);
}

double WeightedGraph::strength(int vertex) const
{
    double s = 0;
    for (int i = m_offsets[size_t(vertex)]; i < m_offsets[size_t(vertex) + 1]; ++i)
        s += m_weights[size_t(i)];
    return s;
}

double WeightedGraph::weight(int a, int b) const
{
    for (int i = m_offsets[size_t(a)]; i < m_offsets[size_t(a) + 1]; ++i)
        if (m_targets[size_t(i)] == b)
            return m_weights[size_t(i)];
    return 0;
}

double WeightedGraph::totalWeight() const
{
    double s = 0;
    for (double w : m_weights)
        s += w;
    return s / 2;
}

WeightedGraph WeightedGraph::induced(const QList<int> &vertices) const
{
    std::vector<int> local(m_ids.size(), -1);
    QList<qint64> ids;
    for (int v : vertices) {
        if (local[size_t(v)] >= 0)
            continue;
        local[size_t(v)] = int(ids.size());
        ids.append(m_ids[v]);
    }
    std::vector<int> from, to;
    std::vector<double> weights;
    for (int v : vertices) {
        for (int i = m_offsets[size_t(v)]; i < m_offsets[size_t(v) + 1]; ++i) {
            const int t = m_targets[size_t(i)];
            // Each undirected edge once; multiplicity is carried by repeating it.
            if (local[size_t(t)] < 0 || t < v)
                continue;
            from.push_back(local[size_t(v)]);
            to.push_back(local[size_t(t)]);
            weights.push_back(m_weights[size_t(i)]);
        }
    }
    WeightedGraph g = fromIndexEdges(int(ids.size()), from, to, weights);
    // Each pair was given once: restore the parent's multiplicities and link count.
    g.m_linkCount = 0;
    std::vector<int> parentMult(m_ids.size(), 0);
    for (int lv = 0; lv < int(ids.size()); ++lv) {
        const int v = m_index.value(ids[lv]);
        for (int i = m_offsets[size_t(v)]; i < m_offsets[size_t(v) + 1]; ++i)
            parentMult[size_t(m_targets[size_t(i)])] = m_multiplicities[size_t(i)];
        for (int i = g.m_offsets[size_t(lv)]; i < g.m_offsets[size_t(lv) + 1]; ++i) {
            const int mult = parentMult[size_t(m_index.value(ids[g.m_targets[size_t(i)]]))];
            g.m_multiplicities[size_t(i)] = mult;
            g.m_linkCount += mult;
        }
    }
    g.m_linkCount /= 2;
    g.m_ids = ids;
    g.buildIndex();
    return g;
}

} // namespace fc
