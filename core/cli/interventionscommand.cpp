#include "cli/interventionscommand.h"

#include "cli/offendercommands.h"
#include "offenders/interventionregister.h"
#include "offenders/motivationregister.h"
#include "offenders/offendinghistory.h"
#include "offenders/workspaceharm.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QJsonObject effectJson(const InterventionEffect &e)
{
    return QJsonObject{{QStringLiteral("id"), e.intervention.id},
                       {QStringLiteral("person"), e.intervention.personId},
                       {QStringLiteral("type"), e.intervention.type},
                       {QStringLiteral("date"), e.intervention.startedOn.toString(Qt::ISODate)},
                       {QStringLiteral("owner"), e.intervention.owner},
                       {QStringLiteral("outcome"), e.intervention.outcome},
                       {QStringLiteral("review_date"), e.intervention.reviewDate.toString(Qt::ISODate)},
                       {QStringLiteral("motivation"), e.motivation ? QJsonValue(Motivations::name(*e.motivation)) : QJsonValue()},
                       {QStringLiteral("window_days"), e.windowDays},
                       {QStringLiteral("before"), QJsonObject{{QStringLiteral("from"), e.beforeFrom.toString(Qt::ISODate)},
                                                              {QStringLiteral("to"), e.beforeTo.toString(Qt::ISODate)},
                                                              {QStringLiteral("incidents"), e.beforeCount},
                                                              {QStringLiteral("harm"), e.beforeHarm}}},
                       {QStringLiteral("after"), QJsonObject{{QStringLiteral("from"), e.afterFrom.toString(Qt::ISODate)},
                                                             {QStringLiteral("to"), e.afterTo.toString(Qt::ISODate)},
                                                             {QStringLiteral("incidents"), e.afterCount},
                                                             {QStringLiteral("harm"), e.afterHarm},
                                                             {QStringLiteral("complete"), e.afterComplete}}}};
}

} // namespace

QString InterventionsCommand::summary() const
{
    return tr("Suggested interventions by motivation (never applied), interventions recorded, and offending before "
              "and after each in windows of the same length, with the caveats.");
}

void InterventionsCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("The person's entity id."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("add"), tr("Record an intervention of this type (with --id and --date)."),
                                        QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("date"), tr("The intervention's date (YYYY-MM-DD)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("owner"), tr("Who owns the intervention."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("outcome"), tr("Its outcome."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("review-date"), tr("When to review it (YYYY-MM-DD)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("window"), tr("Days in each of the before and after windows (default 90)."),
                                        QStringLiteral("DAYS"), QStringLiteral("90")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"), tr("The date windows are judged complete on (default today)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("summary"), tr("Before and after added up by intervention type and motivation.")));
    parser.addOption(QCommandLineOption(QStringLiteral("suggestions"), tr("Show the suggested interventions by motivation.")));
    parser.addOption(QCommandLineOption(QStringLiteral("motivation"), tr("With --set-suggestions: the motivation to edit."),
                                        QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("set-suggestions"),
        tr("Replace the suggestions for --motivation with these, separated by ';'."), QStringLiteral("LIST")));
}

int InterventionsCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    InterventionRegister reg(workspace);
    QString error;
    bool ok = false;
    const int window = parser.value(QStringLiteral("window")).toInt(&ok);
    if (!ok || window < 1)
        return io.fail(tr("interventions: --window \"%1\" is not a number of days (expected 1 or more)")
                           .arg(parser.value(QStringLiteral("window"))), 2);
    const auto asOf = offenderAsOf(parser);
    if (!asOf)
        return io.fail(tr("interventions: --as-of \"%1\" is not a date (expected YYYY-MM-DD)")
                           .arg(parser.value(QStringLiteral("as-of"))), 2);

    if (parser.isSet(QStringLiteral("set-suggestions")) || parser.isSet(QStringLiteral("suggestions"))) {
        if (parser.isSet(QStringLiteral("set-suggestions"))) {
            const auto m = Motivations::fromName(parser.value(QStringLiteral("motivation")));
            if (!m)
                return io.fail(tr("interventions: --motivation \"%1\" is not a motivation (expected one of: %2)")
                                   .arg(parser.value(QStringLiteral("motivation")), Motivations::names().join(QLatin1String(", "))), 2);
            if (!reg.setSuggestions(*m, parser.value(QStringLiteral("set-suggestions")).split(QLatin1Char(';')), &error))
                return io.fail(QStringLiteral("interventions: ") + error);
        }
        const auto table = reg.suggestionTable();
        if (io.json) {
            QJsonObject out;
            for (auto it = table.cbegin(); it != table.cend(); ++it)
                out.insert(Motivations::name(it.key()), QJsonArray::fromStringList(it.value()));
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("suggestions"), out},
                                                   {QStringLiteral("note"), tr("Suggestions only: nothing is applied automatically.")}}));
        } else {
            for (auto it = table.cbegin(); it != table.cend(); ++it)
                io.out << QStringLiteral("%1: %2").arg(Motivations::displayName(it.key()), it.value().join(QLatin1String("; ")))
                       << Qt::endl;
            io.out << tr("Suggestions only: nothing is applied automatically.") << Qt::endl;
        }
        return 0;
    }

    qint64 person = 0;
    if (parser.isSet(QStringLiteral("id"))) {
        person = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || person <= 0)
            return io.fail(tr("interventions: --id \"%1\" is not an entity id").arg(parser.value(QStringLiteral("id"))), 2);
    }
    if (parser.isSet(QStringLiteral("add"))) {
        if (!person)
            return io.fail(tr("interventions: --add needs --id"), 2);
        InterventionRecord r;
        r.personId = person;
        r.type = parser.value(QStringLiteral("add"));
        r.startedOn = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
        if (!r.startedOn.isValid())
            return io.fail(tr("interventions: --date \"%1\" is not a date (expected YYYY-MM-DD)")
                               .arg(parser.value(QStringLiteral("date"))), 2);
        r.owner = parser.value(QStringLiteral("owner"));
        r.outcome = parser.value(QStringLiteral("outcome"));
        if (parser.isSet(QStringLiteral("review-date"))) {
            r.reviewDate = QDate::fromString(parser.value(QStringLiteral("review-date")), Qt::ISODate);
            if (!r.reviewDate.isValid())
                return io.fail(tr("interventions: --review-date \"%1\" is not a date (expected YYYY-MM-DD)")
                                   .arg(parser.value(QStringLiteral("review-date"))), 2);
        }
        const qint64 id = reg.record(r, &error);
        if (!id)
            return io.fail(QStringLiteral("interventions: ") + error);
        if (!io.json)
            io.out << tr("Recorded intervention %1.").arg(id) << Qt::endl;
    }

    const OffendingHistory history = OffendingHistory::load(workspace);
    const QHash<qint64, Motivation> motivations = MotivationRegister(workspace).currentAll();
    QString harmTable;
    const HarmLookup harm = WorkspaceHarm::active(workspace, &harmTable);
    QList<InterventionEffect> effects;
    for (const InterventionRecord &r : reg.interventions(person)) {
        InterventionEffect e = InterventionRegister::effect(r, history.of(r.personId), window, *asOf, harm);
        if (motivations.contains(r.personId))
            e.motivation = motivations.value(r.personId);
        effects << e;
    }
    const bool summary = parser.isSet(QStringLiteral("summary"));
    const QList<InterventionSummary> sums = InterventionRegister::summarise(effects);
    if (io.json) {
        QJsonArray list, sumList;
        for (const InterventionEffect &e : std::as_const(effects))
            list.append(effectJson(e));
        for (const InterventionSummary &s : sums)
            sumList.append(QJsonObject{{QStringLiteral("type"), s.type},
                                       {QStringLiteral("motivation"), s.motivation.isEmpty() ? QJsonValue() : QJsonValue(s.motivation)},
                                       {QStringLiteral("interventions"), s.interventions},
                                       {QStringLiteral("incomplete_windows"), s.incompleteWindows},
                                       {QStringLiteral("before_incidents"), s.beforeCount},
                                       {QStringLiteral("after_incidents"), s.afterCount},
                                       {QStringLiteral("before_harm"), s.beforeHarm},
                                       {QStringLiteral("after_harm"), s.afterHarm}});
        QJsonObject out{{QStringLiteral("window_days"), window},
                        {QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                        {QStringLiteral("interventions"), list},
                        {QStringLiteral("harm_table"), harmTable},
                        {QStringLiteral("caveats"), InterventionRegister::caveats()}};
        if (summary)
            out.insert(QStringLiteral("summary"), sumList);
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    if (summary) {
        io.out << tr("By intervention type and motivation (%1-day windows; incomplete windows left out):").arg(window) << Qt::endl;
        for (const InterventionSummary &s : sums)
            io.out << tr("  %7 / %8: %1 interventions (%2 incomplete); incidents %3 before, %4 after; harm %5 before, %6 after")
                          .arg(s.interventions).arg(s.incompleteWindows).arg(s.beforeCount).arg(s.afterCount)
                          .arg(s.beforeHarm).arg(s.afterHarm)
                          .arg(s.type, s.motivation.isEmpty() ? tr("no motivation recorded") : s.motivation)
                   << Qt::endl;
    } else {
        for (const InterventionEffect &e : std::as_const(effects))
            io.out << tr("%1  person %2  %3  before %4 incidents / harm %5, after %6 / %7%8  %9  owner %10  outcome %11")
                          .arg(e.intervention.id, 6).arg(e.intervention.personId)
                          .arg(e.intervention.startedOn.toString(Qt::ISODate))
                          .arg(e.beforeCount).arg(e.beforeHarm).arg(e.afterCount).arg(e.afterHarm)
                          .arg(e.afterComplete ? QString() : tr(" (after window not over)"), e.intervention.type,
                               e.intervention.owner, e.intervention.outcome)
                   << Qt::endl;
        if (effects.isEmpty())
            io.out << tr("No interventions recorded.") << Qt::endl;
    }
    io.out << tr("Harm: %1").arg(harmTable) << Qt::endl;
    io.out << InterventionRegister::caveats() << Qt::endl;
    return 0;
}

} // namespace fc
