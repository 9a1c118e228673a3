#pragma once

#include "resolve/resolvetypes.h"

#include <atomic>
#include <functional>

namespace fc {

class Workspace;

/**
 * Resolves the entities of a workspace: for each entity type in the settings, loads the live
 * entities, lets ResolveEngine decide, then in one transaction merges the pairs above the merge
 * threshold (through MergeLedger, so each merge can be undone) and queues the pairs between the
 * thresholds for review. Decisions analysts already took are respected: a pair they kept apart
 * is not proposed again, a pair they accepted is merged.
 */
class EntityResolver
{
public:
    explicit EntityResolver(Workspace &workspace);
    ResolveReport run(const ResolveSettings &settings);

    /** Progress from 0 to 1, called on the thread that runs. */
    void setProgressCallback(std::function<void(double)> callback) { m_progress = std::move(callback); }
    /** Raised from another thread, stops the run; what was already committed for an earlier
     *  entity type stays, the type being resolved is left as it was. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

private:
    Workspace &m_workspace;
    std::function<void(double)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace fc
