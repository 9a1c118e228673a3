#include "cli/harmcommand.h"

#include "analysis/harmstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HarmCommand", text);
}

} // namespace

QString HarmCommand::summary() const
{
    return tr("Harm tables: offence weights (list|set|use).");
}

void HarmCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("list (the tables and their weights), set OFFENCE WEIGHT|none, or use TABLE."));
    parser.addPositionalArgument(QStringLiteral("ARGS"), tr("set: offence and weight; use: the table's name."),
                                 QStringLiteral("[ARGS...]"));
    parser.addOption(QCommandLineOption(QStringLiteral("table"),
                                        tr("list/set: the table (default: the active one)."), QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("category"),
                                        tr("set: the published category the weight comes from."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("note"), tr("set: a note (the source of the value)."),
                                        QStringLiteral("TEXT")));
}

int HarmCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    HarmStore store(workspace.database());
    QString error;
    if (!store.ensureDefaults(&error))
        return io.fail(QStringLiteral("harm: %1").arg(error));
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const QString tableName = parser.isSet(QStringLiteral("table")) ? parser.value(QStringLiteral("table"))
                                                                    : store.activeName();
    if (action == QLatin1String("use")) {
        if (args.size() != 2)
            return io.fail(tr("harm use: name one table"), 2);
        if (!store.setActive(args.at(1), &error))
            return io.fail(QStringLiteral("harm use: %1").arg(error));
        io.out << tr("Active harm table: %1").arg(args.at(1)) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("set")) {
        if (args.size() != 3)
            return io.fail(tr("harm set: give OFFENCE and WEIGHT (a number, or none)"), 2);
        HarmWeight w;
        w.offence = args.at(1);
        if (args.at(2) != QLatin1String("none")) {
            bool ok = false;
            const double v = args.at(2).toDouble(&ok);
            if (!ok)
                return io.fail(tr("harm set: \"%1\" is not a number (or none)").arg(args.at(2)), 2);
            w.weight = v;
        }
        w.category = parser.value(QStringLiteral("category"));
        w.note = parser.value(QStringLiteral("note"));
        std::optional<HarmWeight> previous;
        if (!store.setWeight(tableName, w, &previous, &error))
            return io.fail(QStringLiteral("harm set: %1").arg(error));
        auto text = [](const std::optional<double> &v) {
            return v ? QString::number(*v) : QStringLiteral("none");
        };
        io.out << tr("%1: %2 = %3 (was %4)")
                      .arg(tableName, w.offence, text(w.weight),
                           previous ? text(previous->weight) : tr("not in the table"))
               << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("list") && !action.isEmpty())
        return io.fail(tr("harm: unknown action \"%1\" (list, set or use)").arg(action), 2);
    const QStringList names = parser.isSet(QStringLiteral("table")) ? QStringList{tableName} : store.tableNames();
    const QString active = store.activeName();
    QJsonArray tables;
    for (const QString &n : names) {
        const auto t = store.table(n);
        if (!t)
            return io.fail(tr("harm: no table \"%1\"").arg(n));
        if (io.json) {
            QJsonArray weights;
            for (const HarmWeight &w : t->weights)
                weights.append(QJsonObject{{QStringLiteral("offence"), w.offence},
                                           {QStringLiteral("category"), w.category},
                                           {QStringLiteral("weight"), w.weight ? QJsonValue(*w.weight) : QJsonValue()},
                                           {QStringLiteral("note"), w.note}});
            tables.append(QJsonObject{{QStringLiteral("name"), t->name}, {QStringLiteral("title"), t->title},
                                      {QStringLiteral("edition"), t->edition}, {QStringLiteral("source"), t->source},
                                      {QStringLiteral("notes"), t->notes}, {QStringLiteral("unit"), t->unit},
                                      {QStringLiteral("active"), t->name == active},
                                      {QStringLiteral("weights"), weights}});
            continue;
        }
        io.out << QStringLiteral("%1%2: %3, %4").arg(t->name, t->name == active ? tr(" (active)") : QString(),
                                                    t->title, t->edition)
               << Qt::endl;
        io.out << QStringLiteral("  %1").arg(tr("Source: %1").arg(t->source)) << Qt::endl;
        io.out << QStringLiteral("  %1").arg(t->notes) << Qt::endl;
        for (const HarmWeight &w : t->weights)
            io.out << QStringLiteral("  %1 %2  %3%4")
                          .arg(w.offence, -24)
                          .arg(w.weight ? QStringLiteral("%1 %2").arg(*w.weight).arg(t->unit) : tr("no weight"), -16)
                          .arg(w.category, w.note.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(w.note))
                   << Qt::endl;
    }
    if (io.json)
        io.writeJson(QJsonDocument(tables));
    return 0;
}

} // namespace fc
