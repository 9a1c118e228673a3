#include "cli/infocommand.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString InfoCommand::summary() const
{
    return QCoreApplication::translate("InfoCommand", "What a workspace holds: entities by type and its imports.");
}

void InfoCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("rejects"),
        QCoreApplication::translate("InfoCommand", "Also list the rejected rows of import N."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("unparsed"),
        QCoreApplication::translate("InfoCommand", "Also list the values kept unread on the rows of import N "
                                                   "(on_bad_value: keep_row)."), QStringLiteral("N")));
}

int InfoCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const auto counts = workspace.countsByType();
    const auto imports = workspace.imports();
    const qint64 links = workspace.linkCount();
    QList<RejectInfo> rejects;
    const qint64 rejectsOf = parser.value(QStringLiteral("rejects")).toLongLong();
    if (rejectsOf > 0)
        rejects = workspace.rejects(rejectsOf);
    QList<UnparsedInfo> unparsed;
    const qint64 unparsedOf = parser.value(QStringLiteral("unparsed")).toLongLong();
    if (unparsedOf > 0)
        unparsed = workspace.unparsedValues(unparsedOf);
    if (io.json) {
        QJsonObject byType;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            byType.insert(EntityTypes::name(it.key()), it.value());
        QJsonArray importArray;
        for (const ImportInfo &i : imports)
            importArray.append(QJsonObject{
                {QStringLiteral("id"), i.id}, {QStringLiteral("file"), i.fileName}, {QStringLiteral("sha256"), i.sha256},
                {QStringLiteral("spec"), i.specName}, {QStringLiteral("organisation"), i.organisation},
                {QStringLiteral("user"), i.userName}, {QStringLiteral("started_at"), i.startedAt},
                {QStringLiteral("encoding"), i.encoding}, {QStringLiteral("delimiter"), i.delimiter},
                {QStringLiteral("rows_read"), i.rowsRead}, {QStringLiteral("rows_accepted"), i.rowsAccepted},
                {QStringLiteral("rows_rejected"), i.rowsRejected}, {QStringLiteral("records_updated"), i.recordsUpdated},
                {QStringLiteral("values_unparsed"), i.valuesUnparsed}});
        QJsonObject root{{QStringLiteral("workspace"), workspace.path()}, {QStringLiteral("entities"), byType},
                         {QStringLiteral("links"), links}, {QStringLiteral("imports"), importArray}};
        if (rejectsOf > 0) {
            QJsonArray r;
            for (const RejectInfo &x : rejects)
                r.append(QJsonObject{{QStringLiteral("row"), x.rowNumber}, {QStringLiteral("column"), x.column},
                                     {QStringLiteral("reason"), x.reason}, {QStringLiteral("raw"), x.raw}});
            root.insert(QStringLiteral("rejects"), r);
        }
        if (unparsedOf > 0) {
            QJsonArray u;
            for (const UnparsedInfo &x : unparsed)
                u.append(QJsonObject{{QStringLiteral("row"), x.rowNumber}, {QStringLiteral("entity"), x.entityId},
                                     {QStringLiteral("role"), x.role}, {QStringLiteral("field"), x.field},
                                     {QStringLiteral("column"), x.column}, {QStringLiteral("raw"), x.raw},
                                     {QStringLiteral("reason"), x.reason}});
            root.insert(QStringLiteral("unparsed"), u);
        }
        io.writeJson(QJsonDocument(root));
        return 0;
    }
    io.out << QCoreApplication::translate("InfoCommand", "Workspace %1").arg(workspace.path()) << Qt::endl;
    io.out << QCoreApplication::translate("InfoCommand", "Entities:") << Qt::endl;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        io.out << QStringLiteral("  %1 %2").arg(EntityTypes::name(it.key()), -14).arg(it.value(), 9) << Qt::endl;
    io.out << QStringLiteral("  %1 %2").arg(QStringLiteral("links"), -14).arg(links, 9) << Qt::endl;
    io.out << QCoreApplication::translate("InfoCommand", "Imports:") << Qt::endl;
    for (const ImportInfo &i : imports)
        io.out << QStringLiteral("  #%1 %2 (%3, spec \"%4\"): %5 read, %6 accepted, %7 rejected%8")
                      .arg(i.id).arg(i.fileName, i.organisation, i.specName)
                      .arg(i.rowsRead).arg(i.rowsAccepted).arg(i.rowsRejected)
                      .arg(i.recordsUpdated ? QStringLiteral(", %1 updated").arg(i.recordsUpdated) : QString())
               << (i.valuesUnparsed ? QCoreApplication::translate("InfoCommand", ", %1 values kept unread")
                                          .arg(i.valuesUnparsed)
                                    : QString())
               << Qt::endl;
    for (const RejectInfo &x : rejects)
        io.out << QStringLiteral("  row %1%2: %3").arg(x.rowNumber)
                      .arg(x.column.isEmpty() ? QString() : QStringLiteral(" column \"%1\"").arg(x.column), x.reason)
               << Qt::endl;
    for (const UnparsedInfo &x : unparsed)
        io.out << QCoreApplication::translate("InfoCommand", "  row %1 %2 (entity %3) %4 kept unread, column \"%5\": %6")
                      .arg(x.rowNumber)
                      .arg(x.role)
                      .arg(x.entityId)
                      .arg(x.field, x.column, x.reason)
               << Qt::endl;
    return 0;
}

} // namespace fc
