#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/** fusioncell-cli import --db W.fcdb --spec S.json FILE...: imports files under a spec. */
class ImportCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
    bool createsWorkspace() const override { return true; }
};

} // namespace fc
