#include "cli/workspacecommand.h"

#include "store/workspace.h"
#include "store/workspaceaccess.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fc {

void WorkspaceCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("WorkspaceCommand", "Workspace file (.fcdb)."), QStringLiteral("W.fcdb")));
    parser.addOption(QCommandLineOption(QStringLiteral("passphrase-file"),
        QCoreApplication::translate("WorkspaceCommand",
            "Read the passphrase of an encrypted workspace from this file (or set FUSIONCELL_PASSPHRASE). "
            "Never give it on the command line."), QStringLiteral("FILE")));
    setupOptions(parser);
}

int WorkspaceCommand::run(const QCommandLineParser &parser, CliIo &io)
{
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return io.fail(QCoreApplication::translate("WorkspaceCommand", "%1: --db W.fcdb is required").arg(name()), 2);
    if (!createsWorkspace() && !QFileInfo::exists(path))
        return io.fail(QCoreApplication::translate("WorkspaceCommand", "workspace %1 does not exist").arg(path));
    QString error;
    QByteArray passphrase;
    if (!readPassphrase(parser, QStringLiteral("passphrase-file"), "FUSIONCELL_PASSPHRASE", &passphrase, &error))
        return io.fail(error);
    auto workspace = Workspace::open(path, &error, passphrase);
    passphrase.fill('\0');
    if (!workspace)
        return io.fail(error);
    return runOn(*workspace, parser, io);
}

bool WorkspaceCommand::readPassphrase(const QCommandLineParser &parser, const QString &option, const char *envVar,
                                      QByteArray *passphrase, QString *error)
{
    return WorkspaceAccess::readPassphrase(parser.value(option), envVar, passphrase, error);
}

} // namespace fc
