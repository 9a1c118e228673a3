#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli offenders --db W: people ranked by the transparent recency-frequency-harm priority. */
class OffendersCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(OffendersCommand)

public:
    QString name() const override { return QStringLiteral("offenders"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
