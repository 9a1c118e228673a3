#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/** fusioncell-cli entities --db W.fcdb [--type T]: lists entities with id, type and label. */
class EntitiesCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("entities"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
