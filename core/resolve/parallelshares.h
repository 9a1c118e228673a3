#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

/**
 * Independent work over the indexes [0, n) split into one contiguous share per core (at most
 * eight), the first share on the calling thread, so that it alone may report progress.
 */
namespace fc::ParallelShares {

/** Calls work(from, to, first) for each share and returns when all are done; below minimum
 *  items (or on one core) the calling thread does it all. */
template <typename Work> void run(std::size_t n, Work &&work, std::size_t minimum = 10000)
{
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    if (workers == 1 || n < minimum) {
        work(std::size_t(0), n, true);
        return;
    }
    std::vector<std::thread> threads;
    const std::size_t chunk = (n + workers - 1) / workers;
    for (unsigned w = 1; w < workers; ++w) {
        const std::size_t from = w * chunk;
        const std::size_t to = std::min(n, from + chunk);
        if (from < to)
            threads.emplace_back([&work, from, to] { work(from, to, false); });
    }
    work(std::size_t(0), std::min(n, chunk), true);
    for (std::thread &t : threads)
        t.join();
}

/** Calls work(from, to, first) for slices of [0, n) of at most `slice` items, each taken by
 *  whichever core comes free (for work whose cost varies along the range), in increasing order
 *  on each thread; first is true on the calling thread, which always has the first slice. Returns when all are done; below minimum
 *  items (or on one core) the calling thread does it all. */
template <typename Work> void runSlices(std::size_t n, Work &&work, std::size_t slice = 65536, std::size_t minimum = 10000)
{
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    slice = std::max<std::size_t>(1, slice);
    // The calling thread's first slice is the first one, whatever the other threads do.
    std::atomic<std::size_t> next{std::min(n, slice)};
    auto loop = [&](bool first) {
        for (;;) {
            const std::size_t from = next.fetch_add(slice, std::memory_order_relaxed);
            if (from >= n)
                return;
            work(from, std::min(n, from + slice), first);
        }
    };
    if (workers == 1 || n < minimum) {
        if (n > 0)
            work(std::size_t(0), std::min(n, slice), true);
        loop(true);
        return;
    }
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w)
        threads.emplace_back([&loop] { loop(false); });
    work(std::size_t(0), std::min(n, slice), true);
    loop(true);
    for (std::thread &t : threads)
        t.join();
}

} // namespace fc::ParallelShares
