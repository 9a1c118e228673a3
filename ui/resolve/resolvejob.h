#pragma once

#include "resolve/resolvetypes.h"
#include "store/workspaceaccess.h"

#include <atomic>
#include <functional>

namespace fc {

/**
 * Resolves the entities of a workspace, meant to run in a worker thread: it opens its own
 * connection to the workspace (one SQLite connection per thread, with the window's passphrase,
 * user and purpose of access) and runs core's EntityResolver with progress and cancel. Merges
 * are recorded under that user.
 */
class ResolveJob
{
public:
    /** progress(fraction 0..1) is called from the worker thread. */
    static ResolveReport run(const WorkspaceAccess &access, const ResolveSettings &settings,
                             const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
