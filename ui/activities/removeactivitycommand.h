#pragma once

#include "analysis/activity.h"

#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/** Undo command that removes an activity; undo restores the record removed, with its id. */
class RemoveActivityCommand : public QUndoCommand
{
public:
    RemoveActivityCommand(Workspace *workspace, qint64 id, std::function<void()> changed = {});
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    Workspace *m_workspace;
    qint64 m_id;
    ActivityRecord m_removed;
    QString m_error;
    std::function<void()> m_changed;
};

} // namespace fc
