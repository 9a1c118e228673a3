#include "cli/activitiescommand.h"

#include "analysis/activityregister.h"
#include "assessment/outcomecontext.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QJsonObject activityJson(const ActivityRecord &a)
{
    QJsonArray targets;
    for (const ActivityTarget &t : a.targets)
        targets.append(QJsonObject{{QStringLiteral("kind"), t.kind}, {QStringLiteral("target"), t.target},
                                   {QStringLiteral("label"), t.label}});
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("name"), a.name},
                       {QStringLiteral("type"), a.type},
                       {QStringLiteral("start"), a.startedOn.toString(Qt::ISODate)},
                       {QStringLiteral("end"), a.endedOn.isValid() ? QJsonValue(a.endedOn.toString(Qt::ISODate)) : QJsonValue()},
                       {QStringLiteral("owner"), a.owner},
                       {QStringLiteral("notes"), a.notes},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("recorded_by"), a.recordedBy},
                       {QStringLiteral("recorded_at"), a.recordedAt}};
}

QJsonObject groupJson(const OutcomeGroup &g)
{
    return QJsonObject{{QStringLiteral("units"), g.units},
                       {QStringLiteral("before_incidents"), g.beforeIncidents},
                       {QStringLiteral("after_incidents"), g.afterIncidents},
                       {QStringLiteral("before_harm"), g.beforeHarm},
                       {QStringLiteral("after_harm"), g.afterHarm}};
}

QJsonValue optional(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject outcomeJson(const ActivityOutcomeResult &o)
{
    return QJsonObject{{QStringLiteral("unit"), o.unit},
                       {QStringLiteral("window_days"), o.windowDays},
                       {QStringLiteral("before"), QStringLiteral("%1/%2").arg(o.beforeFrom.toString(Qt::ISODate),
                                                                              o.beforeTo.toString(Qt::ISODate))},
                       {QStringLiteral("after"), QStringLiteral("%1/%2").arg(o.afterFrom.toString(Qt::ISODate),
                                                                             o.afterTo.toString(Qt::ISODate))},
                       {QStringLiteral("after_complete"), o.afterComplete},
                       {QStringLiteral("treated"), groupJson(o.treated)},
                       {QStringLiteral("comparison"), groupJson(o.comparison)},
                       {QStringLiteral("buffer"), groupJson(o.buffer)},
                       {QStringLiteral("did_incidents"), optional(o.didIncidents)},
                       {QStringLiteral("did_harm"), optional(o.didHarm)},
                       {QStringLiteral("expected_incidents"), optional(o.expectedIncidents)},
                       {QStringLiteral("wdq"), optional(o.wdq)},
                       {QStringLiteral("buffer_did_incidents"), optional(o.bufferDidIncidents)},
                       {QStringLiteral("unweighted_incidents"), o.unweightedIncidents},
                       {QStringLiteral("comparison_rule"), o.comparisonRule},
                       {QStringLiteral("buffer_rule"), o.bufferRule},
                       {QStringLiteral("interpretation"), o.interpretation},
                       {QStringLiteral("not_measured"), QJsonArray::fromStringList(o.unresolved)}};
}

} // namespace

QString ActivitiesCommand::summary() const
{
    return tr("Activities (operations, patrol plans, target hardening, networks disrupted, offender interventions): "
              "add, list (with --outcomes: before and after against a comparison, displacement), remove.");
}

void ActivitiesCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("add, list (the default) or remove."));
    parser.addOption(QCommandLineOption(QStringLiteral("name"), tr("add: the activity's name."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("type"),
        tr("add: %1.").arg(ActivityRegister::typeNames().join(QLatin1String(", "))), QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(QStringLiteral("start"), tr("add: first day (yyyy-MM-dd)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("end"), tr("add: last day (yyyy-MM-dd); none: open-ended."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("owner"), tr("add: who owns it."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("notes"), tr("add: notes."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("target"),
        tr("add: a target KIND:VALUE[:LABEL], repeatable; KIND place (location id), area (local authority code), "
           "network (key N1, N2... as places --by network shows; stored by its offender with the smallest id, so that "
           "later imports that renumber the networks do not change which one it means), offender (person id) or intervention (recorded "
           "intervention id)."), QStringLiteral("TARGET")));
    parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("remove: the activity's id."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("outcomes"), tr("list: measure each activity's outcome.")));
    parser.addOption(QCommandLineOption(QStringLiteral("buffer"),
        tr("list --outcomes: displacement buffer in metres (default 500)."), QStringLiteral("METRES"), QStringLiteral("500")));
    parser.addOption(QCommandLineOption(QStringLiteral("window"),
        tr("list --outcomes: days in each window (default: the activity's length, 90 when open-ended)."),
        QStringLiteral("DAYS"), QStringLiteral("0")));
}

int ActivitiesCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    ActivityRegister reg(workspace);
    QString error;
    const QString action = parser.positionalArguments().value(0, QStringLiteral("list"));
    if (action == QLatin1String("add")) {
        ActivityRecord a;
        a.name = parser.value(QStringLiteral("name"));
        a.type = parser.value(QStringLiteral("type"));
        a.startedOn = QDate::fromString(parser.value(QStringLiteral("start")), Qt::ISODate);
        if (!a.startedOn.isValid())
            return io.fail(tr("activities add: --start \"%1\" is not a date (expected yyyy-MM-dd)")
                               .arg(parser.value(QStringLiteral("start"))), 2);
        if (parser.isSet(QStringLiteral("end"))) {
            a.endedOn = QDate::fromString(parser.value(QStringLiteral("end")), Qt::ISODate);
            if (!a.endedOn.isValid())
                return io.fail(tr("activities add: --end \"%1\" is not a date (expected yyyy-MM-dd)")
                                   .arg(parser.value(QStringLiteral("end"))), 2);
        }
        a.owner = parser.value(QStringLiteral("owner"));
        a.notes = parser.value(QStringLiteral("notes"));
        for (const QString &t : parser.values(QStringLiteral("target"))) {
            const QStringList parts = t.split(QLatin1Char(':'));
            if (parts.size() < 2)
                return io.fail(tr("activities add: --target \"%1\" is not KIND:VALUE[:LABEL]").arg(t), 2);
            a.targets << ActivityTarget{parts.at(0).trimmed(), parts.at(1).trimmed(),
                                        parts.mid(2).join(QLatin1Char(':')).trimmed()};
        }
        const qint64 id = reg.add(a, &error);
        if (!id)
            return io.fail(QStringLiteral("activities add: ") + error, 2);
        if (io.json)
            io.writeJson(QJsonDocument(activityJson(*reg.activity(id))));
        else
            io.out << tr("Recorded activity %1.").arg(id) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
        if (!ok || id <= 0)
            return io.fail(tr("activities remove: --id \"%1\" is not an activity id").arg(parser.value(QStringLiteral("id"))), 2);
        const auto removed = reg.remove(id, &error);
        if (!removed)
            return io.fail(QStringLiteral("activities remove: ") + error);
        if (io.json)
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("removed"), activityJson(*removed)}}));
        else
            io.out << tr("Removed activity %1 (%2).").arg(id).arg(removed->name) << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("list"))
        return io.fail(tr("activities: unknown action \"%1\" (expected add, list or remove)").arg(action), 2);

    const QList<ActivityRecord> activities = reg.activities();
    const bool outcomes = parser.isSet(QStringLiteral("outcomes"));
    OutcomeOptions options;
    if (outcomes) {
        bool ok = false;
        options.bufferMetres = parser.value(QStringLiteral("buffer")).toDouble(&ok);
        if (!ok || options.bufferMetres < 0)
            return io.fail(tr("activities: --buffer \"%1\" is not a distance in metres").arg(parser.value(QStringLiteral("buffer"))), 2);
        options.windowDays = parser.value(QStringLiteral("window")).toInt(&ok);
        if (!ok || options.windowDays < 0)
            return io.fail(tr("activities: --window \"%1\" is not a number of days").arg(parser.value(QStringLiteral("window"))), 2);
    }
    OutcomeContext ctx;
    if (outcomes && !activities.isEmpty() && !ctx.load(workspace, &error))
        return io.fail(QStringLiteral("activities: ") + error);
    QJsonArray list;
    for (const ActivityRecord &a : activities) {
        QJsonObject o = activityJson(a);
        std::optional<ActivityOutcomeResult> outcome;
        if (outcomes)
            outcome = ctx.measure(a, options);
        if (io.json) {
            if (outcome)
                o.insert(QStringLiteral("outcome"), outcomeJson(*outcome));
            list.append(o);
            continue;
        }
        QStringList targets;
        for (const ActivityTarget &t : a.targets)
            targets << QStringLiteral("%1 %2").arg(t.kind, t.target);
        io.out << QStringLiteral("%1  %2  %3  %4%5  owner %6  targets: %7")
                      .arg(a.id, 4).arg(a.startedOn.toString(Qt::ISODate))
                      .arg(ActivityRegister::typeDisplayName(a.type), a.name)
                      .arg(a.endedOn.isValid() ? tr(" (to %1)").arg(a.endedOn.toString(Qt::ISODate)) : QString(),
                           a.owner.isEmpty() ? QStringLiteral("-") : a.owner,
                           targets.isEmpty() ? tr("none") : targets.join(QLatin1String(", ")))
               << Qt::endl;
        if (outcome) {
            io.out << tr("      targets %1 %2: %3 -> %4 incidents; comparison %5: %6 -> %7; buffer %8: %9 -> %10")
                          .arg(outcome->treated.units).arg(outcome->unit)
                          .arg(outcome->treated.beforeIncidents).arg(outcome->treated.afterIncidents)
                          .arg(outcome->comparison.units).arg(outcome->comparison.beforeIncidents)
                          .arg(outcome->comparison.afterIncidents).arg(outcome->buffer.units)
                          .arg(outcome->buffer.beforeIncidents).arg(outcome->buffer.afterIncidents)
                   << Qt::endl;
            io.out << QStringLiteral("      ") << outcome->interpretation << Qt::endl;
            io.out << QStringLiteral("      ") << tr("Comparison: %1").arg(outcome->comparisonRule) << Qt::endl;
        }
    }
    if (io.json) {
        QJsonObject out{{QStringLiteral("activities"), list}};
        if (outcomes) {
            out.insert(QStringLiteral("method"), ActivityOutcome::method());
            out.insert(QStringLiteral("caveats"), QJsonArray::fromStringList(ActivityOutcome::caveats()));
            out.insert(QStringLiteral("buffer_metres"), options.bufferMetres);
        }
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    if (activities.isEmpty())
        io.out << tr("No activities recorded.") << Qt::endl;
    if (outcomes) {
        io.out << ActivityOutcome::method() << Qt::endl;
        for (const QString &c : ActivityOutcome::caveats())
            io.out << QStringLiteral("- ") << c << Qt::endl;
    }
    return 0;
}

} // namespace fc
