#pragma once

#include "cli/clicommand.h"

namespace fc {

/**
 * fusioncell-cli preview FILE [--rows N]: the rows exactly as the reader parses them, with the
 * detected encoding and delimiter; the same reader the import wizard previews with.
 */
class PreviewCommand : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
