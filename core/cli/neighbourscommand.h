#pragma once

#include "cli/graphcommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli neighbours --db W.fcdb --id A[,B...] --hops N: every entity within N hops of the given ones. */
class NeighboursCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(NeighboursCommand)

public:
    QString name() const override { return QStringLiteral("neighbours"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
