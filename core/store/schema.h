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
    /**
     * Brings the database up to targetVersion (default: current). A workspace that already has data
     * is first copied to backupPath(). Returns false and sets *error otherwise.
     */
    static bool migrate(Database &db, QString *error, int targetVersion = -1);
    /** Where the copy made before upgrading from `version` goes: "<workspace>.backup-v<version>". */
    static QString backupPath(const QString &workspacePath, int version);
};

} // namespace fc
