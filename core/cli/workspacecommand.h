#pragma once

#include "cli/clicommand.h"

#include <memory>

namespace fc {

class Workspace;

/** A command that works on a workspace given with --db (required). */
class WorkspaceCommand : public CliCommand
{
public:
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, CliIo &io) final;

protected:
    /** Adds the command's own options; --db is already there. */
    virtual void setupOptions(QCommandLineParser &parser) = 0;
    virtual int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) = 0;
    /** Reads a passphrase from the file named by `option`, else from the environment variable. */
    static bool readPassphrase(const QCommandLineParser &parser, const QString &option, const char *envVar,
                               QByteArray *passphrase, QString *error);
    /** Whether the workspace may be created when missing (import yes, queries no). */
    virtual bool createsWorkspace() const { return false; }
};

} // namespace fc
