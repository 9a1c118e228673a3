#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli retention due|retain|erase --db W.fcdb: lists records past their review date and
 * records the reviewer's decision (retain until a date, or erase with every derived fact).
 */
class RetentionCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("retention"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
