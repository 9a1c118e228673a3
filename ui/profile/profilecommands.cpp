#include "profile/profilecommands.h"

#include "offenders/motivationregister.h"

#include <QCoreApplication>

namespace fc {

SetMotivationCommand::SetMotivationCommand(Workspace *workspace, qint64 personId, Motivation motivation,
                                           const Grading &grading, const QString &reason, ProfileEditDone done)
    : m_workspace(workspace)
    , m_personId(personId)
    , m_motivation(motivation)
    , m_grading(grading)
    , m_reason(reason)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("fc::SetMotivationCommand", "Set motivation: %1")
                .arg(Motivations::displayName(motivation)));
}

void SetMotivationCommand::redo()
{
    QString error;
    m_recordId = MotivationRegister(*m_workspace).set(m_personId, m_motivation, m_grading, m_reason, &error);
    if (m_done)
        m_done(error);
}

void SetMotivationCommand::undo()
{
    QString error;
    if (m_recordId)
        MotivationRegister(*m_workspace).revert(m_recordId, QCoreApplication::translate("fc::SetMotivationCommand", "undo"),
                                                &error);
    m_recordId = 0;
    if (m_done)
        m_done(error);
}

RevertMotivationCommand::RevertMotivationCommand(Workspace *workspace, qint64 recordId, const QString &reason,
                                                 ProfileEditDone done)
    : m_workspace(workspace)
    , m_target(recordId)
    , m_reason(reason)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("fc::RevertMotivationCommand", "Revert motivation"));
}

void RevertMotivationCommand::redo()
{
    QString error;
    m_revertId = MotivationRegister(*m_workspace).revert(m_target, m_reason, &error);
    if (m_done)
        m_done(error);
}

void RevertMotivationCommand::undo()
{
    QString error;
    if (m_revertId)
        MotivationRegister(*m_workspace).revert(m_revertId, QCoreApplication::translate("fc::RevertMotivationCommand", "undo"),
                                                &error);
    m_revertId = 0;
    if (m_done)
        m_done(error);
}

RecordInterventionCommand::RecordInterventionCommand(Workspace *workspace, const InterventionRecord &intervention,
                                                     ProfileEditDone done)
    : m_workspace(workspace)
    , m_intervention(intervention)
    , m_done(std::move(done))
{
    setText(QCoreApplication::translate("fc::RecordInterventionCommand", "Record intervention: %1").arg(intervention.type));
}

void RecordInterventionCommand::redo()
{
    QString error;
    m_id = InterventionRegister(*m_workspace).record(m_intervention, &error);
    if (m_done)
        m_done(error);
}

void RecordInterventionCommand::undo()
{
    QString error;
    if (m_id)
        InterventionRegister(*m_workspace).remove(m_id, &error);
    m_id = 0;
    if (m_done)
        m_done(error);
}

} // namespace fc
