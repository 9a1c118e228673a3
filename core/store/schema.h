#pragma once

#include <QString>

namespace fc {

class Database;

/**
 * The workspace schema and its migrations, versioned with PRAGMA user_version. Each migration
 * runs in its own transaction; a workspace written by a newer FusionCell is refused.
 */
class Schema
{
public:
    static int currentVersion();
    /** Brings the database up to currentVersion(). Returns false and sets *error otherwise. */
    static bool migrate(Database &db, QString *error);
};

} // namespace fc
