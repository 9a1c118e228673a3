#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli activities add|list|remove --db W: the activities recorded in the workspace
 * (operations, patrol plans, target hardening, networks disrupted, offender interventions) and,
 * with list --outcomes, their outcomes (difference in differences, displacement).
 */
class ActivitiesCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ActivitiesCommand)

public:
    QString name() const override { return QStringLiteral("activities"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
