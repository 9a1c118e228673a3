#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli hotspots --db W.fcdb --method kde|gi --cell 250 --bandwidth 500 [--out grid.geojson]:
 * hot spots of harm (or counts) on a British National Grid grid, by kernel density or Getis-Ord Gi*
 * with a Benjamini-Hochberg correction, with the Predictive Accuracy Index by rolling origin; the grid
 * as GeoJSON in WGS84 with the method and its parameters as properties.
 */
class HotspotsCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("hotspots"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
