#include "cli/workspacecommand.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace fc {

void WorkspaceCommand::setup(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
        QCoreApplication::translate("WorkspaceCommand", "Workspace file (.fcdb)."), QStringLiteral("W.fcdb")));
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
    auto workspace = Workspace::open(path, &error);
    if (!workspace)
        return io.fail(error);
    return runOn(*workspace, parser, io);
}

} // namespace fc
