#include "graph/centrality.h"

#include "graph/parallelfor.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <random>

namespace fc {

namespace {

/** Per-thread scratch space of the breadth-first searches, reset after each source. */
struct SearchState
{
    explicit SearchState(int n) : dist(size_t(n), -1), order(size_t(n)), sigma(size_t(n), 0.0),
        delta(size_t(n), 0.0), acc(size_t(n), 0.0) {}
    std::vector<int> dist;
    std::vector<int> order;
    std::vector<double> sigma;
    std::vector<double> delta;
    std::vector<double> acc; // this thread's running sum
};

/**
 * Runs work(state, source) for each of `count` sources over `threads` threads, each with its own
 * SearchState; returns the states so that the caller can sum the accumulators, or an empty list
 * if cancelled. Thread 0 is the calling thread and the only one that reports progress.
 */
template<typename Work>
std::vector<SearchState> runSources(int n, int count, int threads, const GraphProgress &progress,
                                    Work work)
{
    threads = std::max(1, std::min(detail::graphThreadCount(threads), count));
    std::vector<SearchState> states;
    states.reserve(size_t(threads));
    for (int t = 0; t < threads; ++t)
        states.emplace_back(n);
    std::atomic<int> next{0};
    std::atomic<qint64> done{0};
    std::atomic_bool stopped{false};
    const qint64 step = std::max<qint64>(1, count / 100);
    auto loop = [&](int t) {
        SearchState &state = states[size_t(t)];
        qint64 lastReport = 0;
        for (;;) {
            if (progress.cancelled() || stopped.load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            const int i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= count)
                return;
            work(state, i);
            const qint64 d = done.fetch_add(1, std::memory_order_relaxed) + 1;
            if (t == 0 && d - lastReport >= step) {
                lastReport = d;
                progress.report(d, count);
            }
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(loop, t);
    loop(0);
    for (std::thread &th : pool)
        th.join();
    if (stopped)
        return {};
    progress.report(count, count);
    return states;
}

/** Brandes' single-source dependency accumulation on the simple graph (hop distances). */
void accumulateDependencies(const WeightedGraph &g, SearchState &st, int s)
{
    const int *off = g.offsets().data();
    const int *tgt = g.targets().data();
    int *dist = st.dist.data();
    int *order = st.order.data();
    double *sigma = st.sigma.data();
    double *delta = st.delta.data();
    int head = 0, tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
        const int v = order[head++];
        const int dv = dist[v] + 1;
        for (int i = off[v]; i < off[v + 1]; ++i) {
            const int w = tgt[i];
            if (dist[w] < 0) {
                dist[w] = dv;
                order[tail++] = w;
            }
            if (dist[w] == dv)
                sigma[w] += sigma[v];
        }
    }
    // Predecessors are the neighbours one hop closer; finding them from dist avoids storing lists.
    for (int k = tail - 1; k > 0; --k) {
        const int w = order[k];
        const double coeff = (1.0 + delta[w]) / sigma[w];
        const int dp = dist[w] - 1;
        for (int i = off[w]; i < off[w + 1]; ++i) {
            const int v = tgt[i];
            if (dist[v] == dp)
                delta[v] += sigma[v] * coeff;
        }
        st.acc[size_t(w)] += delta[w];
    }
    for (int k = 0; k < tail; ++k) {
        const int v = order[k];
        dist[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
    }
}

QList<double> sumAccumulators(const std::vector<SearchState> &states, int n, double scale)
{
    QList<double> out(n, 0.0);
    for (const SearchState &st : states)
        for (int v = 0; v < n; ++v)
            out[v] += st.acc[size_t(v)];
    for (double &x : out)
        x *= scale;
    return out;
}

} // namespace

QList<double> Centrality::degree(const WeightedGraph &graph)
{
    QList<double> out(graph.vertexCount());
    for (int v = 0; v < graph.vertexCount(); ++v)
        out[v] = graph.degree(v);
    return out;
}

QList<double> Centrality::weightedDegree(const WeightedGraph &graph)
{
    QList<double> out(graph.vertexCount());
    for (int v = 0; v < graph.vertexCount(); ++v)
        out[v] = graph.strength(v);
    return out;
}

Centrality::Result Centrality::betweenness(const WeightedGraph &graph, bool normalised,
                                           const GraphProgress &progress, int threads)
{
    Result r;
    const int n = graph.vertexCount();
    if (n == 0)
        return r;
    const auto states = runSources(n, n, threads, progress,
                                   [&](SearchState &st, int s) { accumulateDependencies(graph, st, s); });
    if (states.empty()) {
        r.cancelled = true;
        return r;
    }
    // The sum over sources counts every pair twice (once from each end).
    double scale = 0.5;
    if (normalised)
        scale = n > 2 ? 1.0 / (double(n - 1) * double(n - 2)) : 1.0;
    r.values = sumAccumulators(states, n, scale);
    return r;
}

qint64 Centrality::betweennessSampleSize(int vertexCount, double epsilon, double delta)
{
    if (vertexCount < 3 || epsilon <= 0 || delta <= 0 || delta >= 1)
        return vertexCount;
    const double range = double(vertexCount) / double(vertexCount - 1);
    const double k = range * range * std::log(2.0 * vertexCount / delta) / (2.0 * epsilon * epsilon);
    return qint64(std::min(std::ceil(k), 9.0e18));
}

Centrality::Estimate Centrality::approximateBetweenness(const WeightedGraph &graph, double epsilon,
                                                        double delta, quint64 seed,
                                                        const GraphProgress &progress, int threads)
{
    Estimate e;
    const int n = graph.vertexCount();
    e.delta = delta;
    const qint64 wanted = betweennessSampleSize(n, epsilon, delta);
    if (wanted >= n) {
        const Result exact = betweenness(graph, true, progress, threads);
        e.normalised = exact.values;
        e.cancelled = exact.cancelled;
        e.samples = n;
        e.exact = true;
        e.epsilon = 0;
        return e;
    }
    const int k = int(wanted);
    std::vector<int> sources(static_cast<size_t>(n));
    std::iota(sources.begin(), sources.end(), 0);
    std::mt19937_64 rng(seed);
    // Partial Fisher-Yates: the first k entries are a uniform sample without replacement.
    for (int i = 0; i < k; ++i) {
        std::uniform_int_distribution<int> pick(i, n - 1);
        std::swap(sources[size_t(i)], sources[size_t(pick(rng))]);
    }
    const auto states = runSources(n, k, threads, progress, [&](SearchState &st, int i) {
        accumulateDependencies(graph, st, sources[size_t(i)]);
    });
    if (states.empty()) {
        e.cancelled = true;
        return e;
    }
    // Scale the sample's sum of dependencies up to all n sources, then normalise as networkx.
    const double scale = double(n) / double(k) / (double(n - 1) * double(n - 2));
    e.normalised = sumAccumulators(states, n, scale);
    e.samples = k;
    e.epsilon = epsilon;
    return e;
}

Centrality::Result Centrality::harmonicCloseness(const WeightedGraph &graph,
                                                 const GraphProgress &progress, int threads)
{
    Result r;
    const int n = graph.vertexCount();
    if (n == 0)
        return r;
    const int *off = graph.offsets().data();
    const int *tgt = graph.targets().data();
    const auto states = runSources(n, n, threads, progress, [&](SearchState &st, int s) {
        int *dist = st.dist.data();
        int *order = st.order.data();
        int head = 0, tail = 0;
        order[tail++] = s;
        dist[s] = 0;
        double sum = 0;
        while (head < tail) {
            const int v = order[head++];
            if (v != s)
                sum += 1.0 / dist[v];
            for (int i = off[v]; i < off[v + 1]; ++i) {
                const int w = tgt[i];
                if (dist[w] < 0) {
                    dist[w] = dist[v] + 1;
                    order[tail++] = w;
                }
            }
        }
        st.acc[size_t(s)] = sum;
        for (int k = 0; k < tail; ++k)
            dist[order[k]] = -1;
    });
    if (states.empty()) {
        r.cancelled = true;
        return r;
    }
    r.values = sumAccumulators(states, n, 1.0);
    return r;
}

Centrality::Result Centrality::eigenvector(const WeightedGraph &graph, bool weighted, double tolerance,
                                           int maxIterations, const GraphProgress &progress)
{
    Result r;
    const int n = graph.vertexCount();
    if (n == 0)
        return r;
    const auto &off = graph.offsets();
    const auto &tgt = graph.targets();
    const auto &wts = graph.weights();
    std::vector<double> x(static_cast<size_t>(n), 1.0 / n), y(static_cast<size_t>(n));
    r.converged = false;
    for (int it = 1; it <= maxIterations; ++it) {
        if (progress.cancelled()) {
            r.cancelled = true;
            return r;
        }
        // y = (A + I) x; A symmetric, so pulling from neighbours equals networkx's push.
        double norm = 0;
        for (int v = 0; v < n; ++v) {
            double s = x[size_t(v)];
            for (int i = off[size_t(v)]; i < off[size_t(v) + 1]; ++i)
                s += (weighted ? wts[size_t(i)] : 1.0) * x[size_t(tgt[size_t(i)])];
            y[size_t(v)] = s;
            norm += s * s;
        }
        norm = std::sqrt(norm);
        if (norm == 0)
            norm = 1;
        double change = 0;
        for (int v = 0; v < n; ++v) {
            y[size_t(v)] /= norm;
            change += std::abs(y[size_t(v)] - x[size_t(v)]);
        }
        x.swap(y);
        r.iterations = it;
        progress.report(it, maxIterations);
        if (change < n * tolerance) {
            r.converged = true;
            break;
        }
    }
    r.values = QList<double>(x.begin(), x.end());
    return r;
}

Centrality::Result Centrality::pageRank(const WeightedGraph &graph, bool weighted, double alpha,
                                        double tolerance, int maxIterations,
                                        const GraphProgress &progress, int threads)
{
    Result r;
    const int n = graph.vertexCount();
    if (n == 0)
        return r;
    threads = detail::graphThreadCount(threads);
    const int *off = graph.offsets().data();
    const int *tgt = graph.targets().data();
    const double *wts = graph.weights().data();
    const bool useWeights = weighted && !graph.hasUnitWeights();

    std::vector<double> out(static_cast<size_t>(n));
    detail::parallelSlices(n, threads, [&](int b, int e, int) {
        for (int v = b; v < e; ++v)
            out[size_t(v)] = useWeights ? graph.strength(v) : double(graph.degree(v));
    });
    std::vector<double> x(static_cast<size_t>(n), 1.0 / n), y(static_cast<size_t>(n)), share(static_cast<size_t>(n));
    std::vector<double> partial(size_t(threads) * 8, 0.0); // padded against false sharing
    r.converged = false;
    for (int it = 1; it <= maxIterations; ++it) {
        if (progress.cancelled()) {
            r.cancelled = true;
            return r;
        }
        // share[u]: the rank u passes along each unit of edge weight; dangling rank is pooled.
        std::fill(partial.begin(), partial.end(), 0.0);
        detail::parallelSlices(n, threads, [&](int b, int e, int t) {
            double dangling = 0;
            for (int u = b; u < e; ++u) {
                if (out[size_t(u)] > 0) {
                    share[size_t(u)] = x[size_t(u)] / out[size_t(u)];
                } else {
                    share[size_t(u)] = 0;
                    dangling += x[size_t(u)];
                }
            }
            partial[size_t(t) * 8] = dangling;
        });
        double dangling = 0;
        for (int t = 0; t < threads; ++t)
            dangling += partial[size_t(t) * 8];
        const double base = (1.0 - alpha) / n + alpha * dangling / n;
        std::fill(partial.begin(), partial.end(), 0.0);
        detail::parallelSlices(n, threads, [&](int b, int e, int t) {
            double change = 0;
            for (int v = b; v < e; ++v) {
                double s = 0;
                if (useWeights) {
                    for (int i = off[v]; i < off[v + 1]; ++i)
                        s += share[size_t(tgt[i])] * wts[i];
                } else {
                    for (int i = off[v]; i < off[v + 1]; ++i)
                        s += share[size_t(tgt[i])];
                }
                const double val = base + alpha * s;
                change += std::abs(val - x[size_t(v)]);
                y[size_t(v)] = val;
            }
            partial[size_t(t) * 8] = change;
        });
        double change = 0;
        for (int t = 0; t < threads; ++t)
            change += partial[size_t(t) * 8];
        x.swap(y);
        r.iterations = it;
        progress.report(it, maxIterations);
        if (change < n * tolerance) {
            r.converged = true;
            break;
        }
    }
    r.values = QList<double>(x.begin(), x.end());
    return r;
}

QHash<qint64, double> Centrality::byId(const WeightedGraph &graph, const QList<double> &values)
{
    QHash<qint64, double> out;
    out.reserve(values.size());
    for (int v = 0; v < values.size() && v < graph.vertexCount(); ++v)
        out.insert(graph.id(v), values[v]);
    return out;
}

} // namespace fc
