#include "cli/auditcommand.h"

#include "store/auditexporter.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString AuditCommand::summary() const
{
    return QCoreApplication::translate("AuditCommand", "Verify, list or export the audit trail (verify|list|export).");
}

void AuditCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
        QCoreApplication::translate("AuditCommand", "verify, list or export."));
    parser.addOption(QCommandLineOption(QStringLiteral("action"),
        QCoreApplication::translate("AuditCommand", "Only entries of this kind (collection, alteration, consultation, "
                                                    "disclosure, combination, erasure)."), QStringLiteral("KIND")));
    parser.addOption(QCommandLineOption(QStringLiteral("user"),
        QCoreApplication::translate("AuditCommand", "Only entries by this user."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("since"),
        QCoreApplication::translate("AuditCommand", "Only entries at or after this date (yyyy-MM-dd)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("until"),
        QCoreApplication::translate("AuditCommand", "Only entries before this date (yyyy-MM-dd)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        QCoreApplication::translate("AuditCommand", "export: write CSV to this file."), QStringLiteral("FILE")));
}

int AuditCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString action = parser.positionalArguments().value(0);
    AuditLog log = workspace.auditLog();
    if (action == QLatin1String("verify")) {
        QString reason;
        const auto broken = log.firstBrokenEntry(&reason);
        const qint64 count = workspace.database().scalarInt(QStringLiteral("SELECT count(*) FROM audit_log"), 0);
        if (io.json)
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("entries"), count},
                                                   {QStringLiteral("intact"), !broken.has_value()},
                                                   {QStringLiteral("first_broken"), broken ? QJsonValue(*broken) : QJsonValue()},
                                                   {QStringLiteral("reason"), reason}}));
        if (broken)
            return io.fail(QCoreApplication::translate("AuditCommand", "audit trail broken at entry %1: %2").arg(*broken).arg(reason));
        if (!io.json)
            io.out << QCoreApplication::translate("AuditCommand", "Audit trail intact: %1 entries, hash chain verified.").arg(count)
                   << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("list") && action != QLatin1String("export"))
        return io.fail(QCoreApplication::translate("AuditCommand", "audit: expected verify, list or export"), 2);
    AuditFilter filter;
    filter.action = parser.value(QStringLiteral("action"));
    filter.userName = parser.value(QStringLiteral("user"));
    filter.since = parser.value(QStringLiteral("since"));
    filter.until = parser.value(QStringLiteral("until"));
    const auto entries = log.entries(filter);
    if (action == QLatin1String("export")) {
        const QString path = parser.value(QStringLiteral("out"));
        if (path.isEmpty())
            return io.fail(QCoreApplication::translate("AuditCommand", "audit export: --out FILE is required"), 2);
        QString error;
        if (!AuditExporter::writeCsv(entries, path, &error))
            return io.fail(error);
        io.out << QCoreApplication::translate("AuditCommand", "Exported %1 audit entries to %2").arg(entries.size()).arg(path)
               << Qt::endl;
        return 0;
    }
    if (io.json) {
        QJsonArray out;
        for (const AuditEntry &e : entries)
            out.append(QJsonObject{{QStringLiteral("id"), e.id}, {QStringLiteral("at"), e.at}, {QStringLiteral("user"), e.userName},
                                   {QStringLiteral("action"), e.action}, {QStringLiteral("object_type"), e.objectType},
                                   {QStringLiteral("object_id"), e.objectId}, {QStringLiteral("detail"), e.detail},
                                   {QStringLiteral("justification"), e.justification},
                                   {QStringLiteral("recipient"), e.recipient}});
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    for (const AuditEntry &e : entries)
        io.out << QStringLiteral("%1  %2  %3  %4  %5 %6  %7%8").arg(e.id, 6).arg(e.at, e.userName, e.action, e.objectType,
                                                                         e.objectId, e.detail,
                                                                         e.justification.isEmpty() ? QString()
                                                                             : QStringLiteral("  [why: %1]").arg(e.justification))
               << Qt::endl;
    return 0;
}

} // namespace fc
