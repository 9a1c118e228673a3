#pragma once

#include "cli/clicommand.h"

namespace fc {

/** fusioncell-cli spec-template FILE [--out S.json]: a starting import spec guessed from a header. */
class SpecTemplateCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spec-template"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
