#pragma once

#include "store/workspaceaccess.h"
#include "trends/trendanalysis.h"

#include <atomic>
#include <functional>

namespace fc {

/** What a trends computation returned. */
struct TrendsJobResult
{
    TrendResult result;
    QString error;
    bool cancelled = false;
};

/**
 * Runs core/trends' TrendAnalysis for the Trends pane in a worker thread, on a connection of its own
 * (one SQLite connection per thread), with progress and cancel between its steps. Trends are
 * aggregate counts: nothing about a person is shown, so no consultation is logged.
 */
class TrendsJob
{
public:
    static TrendsJobResult run(const WorkspaceAccess &access, const TrendOptions &options,
                               const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
