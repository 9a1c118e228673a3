#pragma once

#include "analysis/harmtable.h"

#include <QUndoCommand>
#include <functional>
#include <optional>

namespace fc {

class Database;

/**
 * Undo command: sets (or clears) the weight of an offence in a workspace harm table through
 * HarmStore, and puts back what it replaced on undo (the earlier entry, or no entry at all). The
 * database is reached through a function so that a command left on the stack after the workspace
 * closed does nothing; after each step it hands the table to refresh (the editor's model).
 */
class SetHarmWeightCommand : public QUndoCommand
{
public:
    using DatabaseAccess = std::function<Database *()>;
    using Refresh = std::function<void(const QString &tableName)>;

    SetHarmWeightCommand(DatabaseAccess database, QString tableName, HarmWeight weight, Refresh refresh,
                         QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    /** The error of the last step, empty when it worked. */
    QString errorString() const { return m_error; }

private:
    DatabaseAccess m_database;
    QString m_table;
    HarmWeight m_weight;
    Refresh m_refresh;
    std::optional<HarmWeight> m_previous;
    bool m_done = false;
    QString m_error;
};

} // namespace fc
