#pragma once

#include "cli/workspacecommand.h"

namespace fc {

/**
 * fusioncell-cli encryption encrypt|decrypt|rekey --db W.fcdb: writes an encrypted copy of a plain
 * workspace, a plain copy of an encrypted one, or changes the passphrase in place. Passphrases come
 * from files or environment variables, never from the command line.
 */
class EncryptionCommand : public WorkspaceCommand
{
public:
    QString name() const override { return QStringLiteral("encryption"); }
    QString summary() const override;

protected:
    void setupOptions(QCommandLineParser &parser) override;
    int runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io) override;
};

} // namespace fc
