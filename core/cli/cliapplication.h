#pragma once

#include "cli/clicommand.h"

#include <QStringList>
#include <memory>
#include <vector>

namespace fc {

/**
 * fusioncell-cli: dispatches "fusioncell-cli <command> [options]" to the registered commands,
 * gives every command --help and --json, and turns failures into a non-zero exit code with a
 * one-line reason on stderr.
 */
class CliApplication
{
public:
    CliApplication();
    ~CliApplication();

    void add(std::unique_ptr<CliCommand> command);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /** Whether the named command needs a QGuiApplication (CliCommand::needsGui). */
    bool needsGui(const QString &command) const;

    /** All of FusionCell's commands. */
    static std::unique_ptr<CliApplication> createDefault();

private:
    QString usage() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace fc
