#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli motivation --db W --id N: record, revert or list the analyst's motivation assessment. */
class MotivationCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(MotivationCommand)

public:
    QString name() const override { return QStringLiteral("motivation"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
