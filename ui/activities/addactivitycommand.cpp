#include "activities/addactivitycommand.h"

#include "analysis/activityregister.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

AddActivityCommand::AddActivityCommand(Workspace *workspace, const ActivityRecord &activity, std::function<void()> changed)
    : m_workspace(workspace)
    , m_record(activity)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("ActivityCommands", "Add Activity %1").arg(activity.name));
}

void AddActivityCommand::redo()
{
    ActivityRegister reg(*m_workspace);
    if (!m_added) {
        m_record.id = reg.add(m_record, &m_error);
        if (m_record.id) {
            m_record = reg.activity(m_record.id).value_or(m_record);
            m_added = true;
        }
    } else {
        reg.restore(m_record, &m_error);
    }
    if (m_changed)
        m_changed();
}

void AddActivityCommand::undo()
{
    if (m_record.id)
        ActivityRegister(*m_workspace).remove(m_record.id, &m_error);
    if (m_changed)
        m_changed();
}

} // namespace fc
