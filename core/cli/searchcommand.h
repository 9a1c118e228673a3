#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/** fusioncell-cli search --db W.fcdb TEXT: full-text search over names, VRMs, references, narratives. */
class SearchCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
