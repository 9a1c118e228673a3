#include "harm/setharmweightcommand.h"

#include "analysis/harmstore.h"

#include <QCoreApplication>

namespace fc {

SetHarmWeightCommand::SetHarmWeightCommand(DatabaseAccess database, QString tableName, HarmWeight weight,
                                           Refresh refresh, QUndoCommand *parent)
    : QUndoCommand(parent),
      m_database(std::move(database)),
      m_table(std::move(tableName)),
      m_weight(std::move(weight)),
      m_refresh(std::move(refresh))
{
    setText(m_weight.weight ? QCoreApplication::translate("SetHarmWeightCommand", "Set harm weight of %1 to %2")
                                  .arg(m_weight.offence)
                                  .arg(*m_weight.weight)
                            : QCoreApplication::translate("SetHarmWeightCommand", "Clear harm weight of %1")
                                  .arg(m_weight.offence));
}

void SetHarmWeightCommand::redo()
{
    m_error.clear();
    Database *db = m_database ? m_database() : nullptr;
    if (!db) {
        m_error = QCoreApplication::translate("SetHarmWeightCommand", "no workspace open");
        setObsolete(true);
        return;
    }
    m_done = HarmStore(*db).setWeight(m_table, m_weight, &m_previous, &m_error);
    if (m_refresh)
        m_refresh(m_table);
}

void SetHarmWeightCommand::undo()
{
    m_error.clear();
    Database *db = m_database ? m_database() : nullptr;
    if (!db || !m_done)
        return;
    HarmStore store(*db);
    const bool ok = m_previous ? store.setWeight(m_table, *m_previous, nullptr, &m_error)
                               : store.removeWeight(m_table, m_weight.offence, &m_error);
    m_done = !ok;
    if (m_refresh)
        m_refresh(m_table);
}

} // namespace fc
