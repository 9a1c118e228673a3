#pragma once

#include "cli/graphcommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli centrality --db W.fcdb --measure M: the most central entities by degree, betweenness, closeness, eigenvector or PageRank. */
class CentralityCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(CentralityCommand)

public:
    QString name() const override { return QStringLiteral("centrality"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
