#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli harm list|set|use --db W.fcdb: the workspace's harm tables (the Cambridge Crime Harm
 * Index and the ONS Crime Severity Score are written on first use): list them with their weights,
 * set or clear an offence's weight, choose the active table.
 */
class HarmCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("harm"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
