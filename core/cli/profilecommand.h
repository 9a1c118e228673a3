#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli profile --db W --id N: a person's offender profile (a consultation in the audit trail). */
class ProfileCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
