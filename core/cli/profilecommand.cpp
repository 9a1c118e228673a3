#include "cli/profilecommand.h"

#include "cli/offendercommands.h"
#include "offenders/profilebuilder.h"
#include "offenders/workspaceharm.h"
#include "store/workspace.h"

#include <QJsonObject>

namespace fc {

QString ProfileCommand::summary() const
{
    return tr("A person's offender profile: incidents, co-offenders, vehicles, places, network role, pattern, "
              "travel, merges and motivation, each fact with its source and grading.");
}

void ProfileCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("The person's entity id."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("purpose"),
        tr("Why the profile is consulted (recorded in the audit trail)."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
        tr("Date ages are worked out on (YYYY-MM-DD; default today)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-network"),
        tr("Leave out the network role (it needs the whole offender projection).")));
}

int ProfileCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return io.fail(tr("profile: --id \"%1\" is not an entity id (expected a positive number)")
                           .arg(parser.value(QStringLiteral("id"))), 2);
    const auto asOf = offenderAsOf(parser);
    if (!asOf)
        return io.fail(tr("profile: --as-of \"%1\" is not a date (expected YYYY-MM-DD)")
                           .arg(parser.value(QStringLiteral("as-of"))), 2);
    QString purpose = parser.value(QStringLiteral("purpose"));
    if (purpose.isEmpty())
        purpose = workspace.purpose();
    QString harmTable;
    ProfileBuilder builder(workspace, WorkspaceHarm::active(workspace, &harmTable));
    builder.setAsOf(*asOf);
    builder.setIncludeNetwork(!parser.isSet(QStringLiteral("no-network")));
    QString error;
    const auto profile = builder.open(id, purpose, &error);
    if (!profile)
        return io.fail(QStringLiteral("profile: ") + error);
    if (io.json) {
        QJsonObject o = profile->toJson();
        o.insert(QStringLiteral("harm_table"), harmTable);
        io.writeJson(QJsonDocument(o));
    } else {
        io.out << profile->toText() << Qt::endl << tr("Harm: %1").arg(harmTable) << Qt::endl;
    }
    return 0;
}

} // namespace fc
