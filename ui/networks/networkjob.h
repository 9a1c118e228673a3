#pragma once

#include "graph/network.h"
#include "store/workspaceaccess.h"

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
 * connection to the workspace (one SQLite connection per thread; an encrypted one with the
 * session's passphrase), builds the offender projection and runs the network finder with progress
 * and cancel. The analysis names people: a finished run is logged as a consultation with the
 * session's purpose of access (DPA 2018 s.62), as the CLI's graph commands are.
 */
class NetworkJob
{
public:
    /** progress(fraction 0..1) is called from the worker thread. */
    static NetworkJobResult run(const WorkspaceAccess &access, const std::function<void(double)> &progress,
                                const std::atomic_bool *cancel);
};

} // namespace fc
