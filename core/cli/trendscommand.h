#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli trends --db W --by week|month [--split offence|retailer|area|network|hour|weekday]
 * [--from D --to D]: counts, value and harm per period against the previous period and last year,
 * rates per store, emerging rises (improved Farrington) with their evidence, and a six-month forecast
 * with 80% and 95% intervals and its back-test against seasonal-naive (core/trends TrendAnalysis).
 */
class TrendsCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("trends"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
