#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace fc {

class Workspace;

/**
 * Undo command for an analyst's edit of a case summary. The store never overwrites a version:
 * redo adds the edited text as a new version (CaseStore::addSummary), undo adds the text it
 * replaced as a further version, so the summary returns to what it was and every version is kept.
 */
class EditCaseSummaryCommand : public QUndoCommand
{
public:
    EditCaseSummaryCommand(Workspace *workspace, qint64 caseId, const QString &before, const QString &after,
                           std::function<void()> changed = {});
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

private:
    void write(const QString &text);

    Workspace *m_workspace;
    qint64 m_caseId;
    QString m_before;
    QString m_after;
    QString m_error;
    std::function<void()> m_changed;
};

} // namespace fc
