#pragma once

#include <algorithm>
#include <thread>
#include <vector>

namespace fc::detail {

/** Worker threads for the graph algorithms: all cores, at least one, or `requested` if > 0. */
inline int graphThreadCount(int requested = 0)
{
    if (requested > 0)
        return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

/**
 * Runs body(begin, end, thread) on `threads` contiguous slices of [0, n). Used for the
 * per-iteration sweeps of PageRank and eigenvector centrality, where a slice per core is enough.
 */
template<typename Body>
void parallelSlices(int n, int threads, Body body)
{
    threads = std::max(1, std::min(threads, n / 4096 + 1)); // small graphs: not worth a thread
    if (threads == 1) {
        body(0, n, 0);
        return;
    }
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back([&, t] { body(int((long long)n * t / threads), int((long long)n * (t + 1) / threads), t); });
    body(0, int((long long)n / threads), 0);
    for (std::thread &th : pool)
        th.join();
}

} // namespace fc::detail
