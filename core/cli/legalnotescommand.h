#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli legal-notes --db W [--set KEY --from DATE [--until DATE] [--confirmed] --source TEXT]:
 * the workspace's notes on the law (schema 10) with their dates and sources; --set enters a date
 * (an alteration in the audit trail).
 */
class LegalNotesCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(LegalNotesCommand)

public:
    QString name() const override { return QStringLiteral("legal-notes"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
