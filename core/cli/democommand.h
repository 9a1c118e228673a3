#pragma once

#include "cli/clicommand.h"

namespace fc {

/**
 * fusioncell-cli demo --out DIR [--seed N] [--incidents N] [--noise standard|hard]: writes the
 * synthetic retailer and police exports with their specs and ground truth, then imports them into
 * DIR/demo.fcdb.
 */
class DemoCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
