#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace fc {

/**
 * Progress reporting and cancellation for long graph analyses. The callback is called only on
 * the thread that started the analysis (worker threads never call it) with the work done so far
 * out of the total. A set cancel flag makes the analysis return early; centrality results then
 * have `cancelled` set and no values, NetworkFinder returns the networks found so far.
 */
struct GraphProgress
{
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

} // namespace fc
