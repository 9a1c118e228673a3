#include "cli/entitiescommand.h"

#include "offenders/persondisplay.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString EntitiesCommand::summary() const
{
    return QCoreApplication::translate("EntitiesCommand", "List entities, optionally of one type.");
}

void EntitiesCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("type"),
        QCoreApplication::translate("EntitiesCommand", "Only this type: %1.").arg(EntityTypes::names().join(QLatin1String(", "))),
        QStringLiteral("T")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
        QCoreApplication::translate("EntitiesCommand", "At most N entities (default: all)."), QStringLiteral("N"), QStringLiteral("-1")));
    parser.addOption(QCommandLineOption(QStringLiteral("show-provenance"),
        QCoreApplication::translate("EntitiesCommand", "With each entity, every attribute with its organisation, file, row and grading.")));
}

int EntitiesCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    std::optional<EntityType> type;
    if (parser.isSet(QStringLiteral("type"))) {
        type = EntityTypes::fromName(parser.value(QStringLiteral("type")));
        if (!type)
            return io.fail(QCoreApplication::translate("EntitiesCommand", "entities: unknown type \"%1\" (expected one of: %2)")
                               .arg(parser.value(QStringLiteral("type")), EntityTypes::names().join(QLatin1String(", "))), 2);
    }
    const bool provenance = parser.isSet(QStringLiteral("show-provenance"));
    const auto list = workspace.entities(type, parser.value(QStringLiteral("limit")).toInt());
    QJsonArray out;
    for (const EntityRecord &e : list) {
        QJsonArray attrs;
        if (provenance) {
            for (const AttributeValue &a : workspace.attributes(e.id)) {
                const Provenance &p = a.provenance;
                if (io.json) {
                    QJsonObject attr{{QStringLiteral("name"), a.name}, {QStringLiteral("value"), a.value},
                                     {QStringLiteral("organisation"), p.organisation}, {QStringLiteral("file"), p.fileName},
                                     {QStringLiteral("sha256"), p.sha256}, {QStringLiteral("row"), p.rowNumber},
                                     {QStringLiteral("grading"), p.grading.code()}};
                    if (!p.sheet.isEmpty())
                        attr.insert(QStringLiteral("sheet"), p.sheet);
                    attrs.append(attr);
                }
            }
        }
        if (io.json) {
            QJsonObject o{{QStringLiteral("id"), e.id}, {QStringLiteral("type"), EntityTypes::name(e.type)},
                          {QStringLiteral("label"), e.label}};
            if (!e.subtype.isEmpty())
                o.insert(QStringLiteral("subtype"), e.subtype);
            if (!e.occurredAt.isEmpty())
                o.insert(QStringLiteral("occurred_at"), e.occurredAt);
            if (e.type == EntityType::Person)
                o.insert(QStringLiteral("person"), PersonDisplay::of(workspace, e.id).toJson());
            if (provenance) {
                o.insert(QStringLiteral("attributes"), attrs);
                QJsonArray unparsed;
                for (const UnparsedInfo &u : workspace.unparsedValuesOf(e.id))
                    unparsed.append(QJsonObject{{QStringLiteral("field"), u.field}, {QStringLiteral("raw"), u.raw},
                                                {QStringLiteral("column"), u.column}, {QStringLiteral("row"), u.rowNumber},
                                                {QStringLiteral("reason"), u.reason}});
                if (!unparsed.isEmpty())
                    o.insert(QStringLiteral("unparsed"), unparsed);
            }
            out.append(o);
        } else {
            io.out << QStringLiteral("%1 %2 %3").arg(e.id, 8).arg(EntityTypes::name(e.type), -12).arg(e.label);
            if (e.type == EntityType::Person)
                io.out << QStringLiteral("  (") << PersonDisplay::of(workspace, e.id).detail() << QLatin1Char(')');
            io.out << Qt::endl;
            if (provenance)
                for (const AttributeValue &a : workspace.attributes(e.id))
                    io.out << QStringLiteral("           %1 = %2   [%3, %4 row %5, %6]")
                                  .arg(a.name, a.value, a.provenance.organisation,
                                       a.provenance.sheet.isEmpty()
                                           ? a.provenance.fileName
                                           : QStringLiteral("%1 sheet \"%2\"").arg(a.provenance.fileName, a.provenance.sheet))
                                  .arg(a.provenance.rowNumber).arg(a.provenance.grading.code())
                           << Qt::endl;
            if (provenance)
                for (const UnparsedInfo &u : workspace.unparsedValuesOf(e.id))
                    io.out << QCoreApplication::translate("EntitiesCommand",
                                                          "           %1 kept unread: \"%2\"   [row %3: %4]")
                                  .arg(u.field, u.raw)
                                  .arg(u.rowNumber)
                                  .arg(u.reason)
                           << Qt::endl;
        }
    }
    if (io.json)
        io.writeJson(QJsonDocument(out));
    return 0;
}

} // namespace fc
