#include "casefile/editcasesummarycommand.h"

#include "casefile/casestore.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

EditCaseSummaryCommand::EditCaseSummaryCommand(Workspace *workspace, qint64 caseId, const QString &before,
                                               const QString &after, std::function<void()> changed)
    : m_workspace(workspace)
    , m_caseId(caseId)
    , m_before(before)
    , m_after(after)
    , m_changed(std::move(changed))
{
    setText(QCoreApplication::translate("CaseFileCommands", "Edit Case %1 Summary").arg(caseId));
}

void EditCaseSummaryCommand::write(const QString &text)
{
    m_error.clear();
    if (m_workspace)
        CaseStore(*m_workspace).addSummary(m_caseId, text, false, &m_error);
    if (m_changed)
        m_changed();
}

void EditCaseSummaryCommand::redo()
{
    write(m_after);
}

void EditCaseSummaryCommand::undo()
{
    write(m_before);
}

} // namespace fc
