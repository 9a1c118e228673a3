#pragma once

#include "cli/graphcommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli networks --db W.fcdb: offender networks (components of the offender graph) with their members, incidents, vehicles, places, value, dates and areas; large ones split into communities. */
class NetworksCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(NetworksCommand)

public:
    QString name() const override { return QStringLiteral("networks"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
