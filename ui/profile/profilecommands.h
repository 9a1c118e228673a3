#pragma once

#include "model/grading.h"
#include "offenders/interventionregister.h"
#include "offenders/motivation.h"

#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/** Called after a profile command changed the workspace: empty error, or what failed. */
using ProfileEditDone = std::function<void(const QString &error)>;

/**
 * Undo command: records a motivation for a person (MotivationRegister::set); undo reverts that
 * record through the register, which appends the state before it, so the history stays whole.
 */
class SetMotivationCommand : public QUndoCommand
{
public:
    SetMotivationCommand(Workspace *workspace, qint64 personId, Motivation motivation, const Grading &grading,
                         const QString &reason, ProfileEditDone done);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_personId;
    Motivation m_motivation;
    Grading m_grading;
    QString m_reason;
    qint64 m_recordId = 0;
    ProfileEditDone m_done;
};

/** Undo command: reverts a person's latest motivation record; undo reverts the revert. */
class RevertMotivationCommand : public QUndoCommand
{
public:
    RevertMotivationCommand(Workspace *workspace, qint64 recordId, const QString &reason, ProfileEditDone done);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_target;       // the record to revert on redo
    QString m_reason;
    qint64 m_revertId = 0; // the record redo appended
    ProfileEditDone m_done;
};

/** Undo command: records an intervention against a person; undo removes it. */
class RecordInterventionCommand : public QUndoCommand
{
public:
    RecordInterventionCommand(Workspace *workspace, const InterventionRecord &intervention, ProfileEditDone done);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    InterventionRecord m_intervention;
    qint64 m_id = 0;
    ProfileEditDone m_done;
};

} // namespace fc
