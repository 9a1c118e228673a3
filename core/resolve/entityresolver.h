#pragma once

#include "resolve/resolvetypes.h"

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

private:
    Workspace &m_workspace;
};

} // namespace fc
