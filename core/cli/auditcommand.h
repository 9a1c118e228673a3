#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli audit verify|list|export --db W.fcdb: checks the audit trail's hash chain (reporting
 * the first broken entry), lists entries with filters, or exports them as CSV for the data
 * protection officer.
 */
class AuditCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
