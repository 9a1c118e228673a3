#pragma once

#include "analysis/harmtable.h"

#include <QStringList>
#include <optional>

namespace fc {

class Database;

/**
 * The harm tables of a workspace (schema 6: harm_tables, harm_weights). The shipped tables
 * (HarmDefaults) are written the first time they are needed; one table is active. Each edit returns
 * what it replaced so that the workstation can undo it (a QUndoCommand calls the same API back).
 */
class HarmStore
{
public:
    explicit HarmStore(Database &db) : m_db(db) {}

    /** Writes the shipped tables that are missing (the Cambridge index active when none is). */
    bool ensureDefaults(QString *error);
    QStringList tableNames();
    /** A table with its weights, or nullopt. */
    std::optional<HarmTable> table(const QString &name);
    /** The active table (the defaults are written first if the workspace has none). */
    std::optional<HarmTable> activeTable(QString *error);
    QString activeName();
    bool setActive(const QString &name, QString *error);
    /**
     * Sets (or, with nullopt, clears) the weight of an offence in a table, adding the offence if
     * needed; *previous receives the entry it replaced (nullopt when the offence was new), for undo.
     */
    bool setWeight(const QString &tableName, const HarmWeight &weight, std::optional<HarmWeight> *previous,
                   QString *error);
    /** Removes an offence from a table (undo of an added offence). */
    bool removeWeight(const QString &tableName, const QString &offence, QString *error);

private:
    qint64 tableId(const QString &name);
    Database &m_db;
};

} // namespace fc
