#pragma once

#include "cli/graphcommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli path --db W.fcdb --from A --to B: the shortest path between two entities (hops or weighted), or --between A,B,C: the network connecting several. */
class PathCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(PathCommand)

public:
    QString name() const override { return QStringLiteral("path"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
