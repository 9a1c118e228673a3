#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli interventions --db W: the suggested interventions by motivation (shown and
 * edited), interventions recorded against a person, and offending before and after them.
 */
class InterventionsCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(InterventionsCommand)

public:
    QString name() const override { return QStringLiteral("interventions"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
