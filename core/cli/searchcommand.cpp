#include "cli/searchcommand.h"

#include "offenders/persondisplay.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString SearchCommand::summary() const
{
    return QCoreApplication::translate("SearchCommand", "Full-text search: names, VRMs, references and narratives.");
}

void SearchCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("limit"),
        QCoreApplication::translate("SearchCommand", "At most N results (default 50)."), QStringLiteral("N"), QStringLiteral("50")));
    parser.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("SearchCommand", "Words to find."));
}

int SearchCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString text = parser.positionalArguments().join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return io.fail(QCoreApplication::translate("SearchCommand", "search: give the text to find"), 2);
    const auto hits = workspace.search(text, parser.value(QStringLiteral("limit")).toInt());
    if (io.json) {
        QJsonArray out;
        for (const SearchHit &h : hits) {
            QJsonObject o{{QStringLiteral("id"), h.entityId}, {QStringLiteral("type"), EntityTypes::name(h.type)},
                          {QStringLiteral("label"), h.label}, {QStringLiteral("snippet"), h.snippet}};
            // Namesakes told apart: date of birth or age, who knows the person, how many records.
            if (h.type == EntityType::Person)
                o.insert(QStringLiteral("person"), PersonDisplay::of(workspace, h.entityId).toJson());
            out.append(o);
        }
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    for (const SearchHit &h : hits) {
        io.out << QStringLiteral("%1 %2 %3  %4").arg(h.entityId, 8).arg(EntityTypes::name(h.type), -12).arg(h.label, h.snippet)
               << Qt::endl;
        if (h.type == EntityType::Person)
            io.out << QStringLiteral("                      ") << PersonDisplay::of(workspace, h.entityId).detail() << Qt::endl;
    }
    if (hits.isEmpty())
        io.out << QCoreApplication::translate("SearchCommand", "No matches.") << Qt::endl;
    return 0;
}

} // namespace fc
