#pragma once

#include "cli/workspacecommand.h"

#include <QCoreApplication>

namespace fc {

/**
 * fusioncell-cli resolve --db W.fcdb: runs entity resolution headless and reports what it did
 * (merged, queued for review, kept apart, per entity type); also lists the review queue and the
 * merge history, records review decisions and undoes merges.
 */
class ResolveCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResolveCommand)

public:
    QString name() const override { return QStringLiteral("resolve"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
