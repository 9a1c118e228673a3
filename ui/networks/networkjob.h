#pragma once

#include "graph/network.h"

#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace fc {

/** What a network computation returned. */
struct NetworkJobResult
{
    QList<Network> networks;
    QString error;
    bool cancelled = false;
};

/**
 * Finds the offender networks of a workspace: meant to run in a worker thread. It opens its own
 * connection to the workspace file (one SQLite connection per thread), builds the offender
 * projection and runs the network finder with progress and cancel.
 */
class NetworkJob
{
public:
    /** progress(fraction 0..1) is called from the worker thread. */
    static NetworkJobResult run(const QString &workspacePath, const std::function<void(double)> &progress,
                                const std::atomic_bool *cancel);
};

} // namespace fc
