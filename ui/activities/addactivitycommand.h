#pragma once

#include "analysis/activity.h"

#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/**
 * Undo command that records an activity (ActivityRegister::add); undo removes it, redo puts the
 * same record back with its id (ActivityRegister::restore). Every step is audited by the register.
 */
class AddActivityCommand : public QUndoCommand
{
public:
    AddActivityCommand(Workspace *workspace, const ActivityRecord &activity, std::function<void()> changed = {});
    void redo() override;
    void undo() override;
    qint64 activityId() const { return m_record.id; }
    QString error() const { return m_error; }

private:
    Workspace *m_workspace;
    ActivityRecord m_record;
    bool m_added = false;
    QString m_error;
    std::function<void()> m_changed;
};

} // namespace fc
