#pragma once

#include "cli/graphcommand.h"

#include <QCoreApplication>

namespace fc {

/** fusioncell-cli brokers --db W.fcdb: articulation points and bridges (whose removal splits a network) and k-core numbers. */
class BrokersCommand : public GraphCommand
{
    Q_DECLARE_TR_FUNCTIONS(BrokersCommand)

public:
    QString name() const override { return QStringLiteral("brokers"); }
    QString summary() const override;

protected:
    void setupGraphOptions(QCommandLineParser &parser) override;
    int runGraph(const QCommandLineParser &parser, CliIo &io) override;
    QString defaultGraph() const override;
};

} // namespace fc
