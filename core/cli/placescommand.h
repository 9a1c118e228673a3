#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli places --db W.fcdb [--from D --to D] [--by place|area|lsoa|retailer|offender] [--top N]:
 * harm (active harm table), incidents, value, share and rank of each place, area, retailer or
 * offender; the unweighted offences; unlocated places with the reason; and the concentration of harm.
 */
class PlacesCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("places"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
