#pragma once

#include "resolve/resolvetypes.h"

namespace fc {

class Workspace;

/**
 * Reads the live entities of one type from a workspace as resolution records: each entity with
 * everything the entities merged into it say (every name as written by each source, every date
 * of birth, aliases, registrations) and, for persons, their vehicles, associates and areas
 * through the links. Records come ordered by entity id.
 */
class RecordLoader
{
public:
    static QList<ResolveRecord> load(Workspace &workspace, EntityType type, QString *error);
};

} // namespace fc
