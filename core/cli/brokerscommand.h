#pragma once

#include "cli/graphcommand.h"

namespace fc {

/** fusioncell-cli brokers --db W.fcdb: articulation points and bridges (whose removal splits a network) and k-core numbers. */
class BrokersCommand : public GraphCommand
{
public:
    QString name() const override { return QStringLiteral("brokers"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
