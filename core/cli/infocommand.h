#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/** fusioncell-cli info --db W.fcdb: counts by entity type and every import with its row counts. */
class InfoCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
