#include "activities/removeactivitycommand.h"

#include "analysis/activityregister.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

RemoveActivityCommand::RemoveActivityCommand(Workspace *workspace, qint64 id, std::function<void()> changed)
    : m_workspace(workspace)
    , m_id(id)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("ActivityCommands", "Remove Activity %1").arg(id));
}

void RemoveActivityCommand::redo()
{
    if (const auto removed = ActivityRegister(*m_workspace).remove(m_id, &m_error))
        m_removed = *removed;
    if (m_changed)
        m_changed();
}

void RemoveActivityCommand::undo()
{
    if (m_removed.id)
        ActivityRegister(*m_workspace).restore(m_removed, &m_error);
    if (m_changed)
        m_changed();
}

} // namespace fc
