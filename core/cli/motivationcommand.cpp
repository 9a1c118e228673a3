#include "cli/motivationcommand.h"

#include "offenders/motivationregister.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QJsonObject recordJson(const MotivationRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("person"), r.personId},
                  {QStringLiteral("motivation"), r.motivation ? QJsonValue(Motivations::name(*r.motivation)) : QJsonValue()},
                  {QStringLiteral("grading"), r.grading.code()},
                  {QStringLiteral("reason"), r.reason},
                  {QStringLiteral("decided_by"), r.decidedBy},
                  {QStringLiteral("decided_at"), r.decidedAt}};
    if (!r.grading.conditions.isEmpty())
        o.insert(QStringLiteral("handling_conditions"), r.grading.conditions);
    if (r.replacesId)
        o.insert(QStringLiteral("reverts"), r.replacesId);
    return o;
}

} // namespace

QString MotivationCommand::summary() const
{
    return tr("Record (--set), revert (--revert) or list (--history) why a person offends, as the analyst assessed it.");
}

void MotivationCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("The person's entity id."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("set"),
        tr("Record a motivation: %1.").arg(Motivations::names().join(QLatin1String(", "))), QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), tr("What the assessment rests on (required with --set)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("grade"),
        tr("3x5x2 grading of the assessment, e.g. \"2B P\" (source 1-3, intelligence A-E, handling P or C)."),
        QStringLiteral("CODE")));
    parser.addOption(QCommandLineOption(QStringLiteral("conditions"), tr("Handling conditions (with handling code C)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("revert"),
        tr("Undo the person's latest record (give its id): the state before it is restored."), QStringLiteral("RECORD")));
    parser.addOption(QCommandLineOption(QStringLiteral("history"), tr("List every recorded state, oldest first.")));
}

int MotivationCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok || id <= 0)
        return io.fail(tr("motivation: --id \"%1\" is not an entity id (expected a positive number)")
                           .arg(parser.value(QStringLiteral("id"))), 2);
    MotivationRegister reg(workspace);
    QString error;
    if (parser.isSet(QStringLiteral("set"))) {
        const auto m = Motivations::fromName(parser.value(QStringLiteral("set")));
        if (!m)
            return io.fail(tr("motivation: --set \"%1\" is not a motivation (expected one of: %2)")
                               .arg(parser.value(QStringLiteral("set")), Motivations::names().join(QLatin1String(", "))), 2);
        Grading grading;
        if (parser.isSet(QStringLiteral("grade"))) {
            const QString code = parser.value(QStringLiteral("grade")).simplified().remove(QLatin1Char(' '));
            if (code.size() != 3)
                return io.fail(tr("motivation: --grade \"%1\" is not a 3x5x2 code (expected e.g. \"2B P\")")
                                   .arg(parser.value(QStringLiteral("grade"))), 2);
            const auto g = Grading::parse(code.mid(0, 1), code.mid(1, 1), code.mid(2, 1),
                                          parser.value(QStringLiteral("conditions")), &error);
            if (!g)
                return io.fail(tr("motivation: --grade: %1").arg(error), 2);
            grading = *g;
        }
        const qint64 rec = reg.set(id, *m, grading, parser.value(QStringLiteral("reason")), &error);
        if (!rec)
            return io.fail(QStringLiteral("motivation: ") + error);
        if (*m == Motivation::Coerced && !io.json)
            io.out << tr("Coerced or exploited: a possible victim of exploitation. Safeguarding comes first.") << Qt::endl;
        if (!io.json)
            io.out << tr("Recorded motivation %1 for person %2 (record %3).").arg(Motivations::name(*m)).arg(id).arg(rec)
                   << Qt::endl;
    } else if (parser.isSet(QStringLiteral("revert"))) {
        const qint64 recordId = parser.value(QStringLiteral("revert")).toLongLong(&ok);
        if (!ok || recordId <= 0)
            return io.fail(tr("motivation: --revert \"%1\" is not a record id").arg(parser.value(QStringLiteral("revert"))), 2);
        const auto history = reg.history(id);
        if (history.isEmpty() || history.last().id != recordId)
            return io.fail(tr("motivation: record %1 is not the latest of person %2").arg(recordId).arg(id));
        const qint64 rec = reg.revert(recordId, parser.value(QStringLiteral("reason")), &error);
        if (!rec)
            return io.fail(QStringLiteral("motivation: ") + error);
        if (!io.json)
            io.out << tr("Reverted record %1 (new record %2).").arg(recordId).arg(rec) << Qt::endl;
    }
    if (io.json) {
        QJsonArray list;
        for (const MotivationRecord &r : reg.history(id))
            list.append(recordJson(r));
        const auto current = reg.current(id);
        io.writeJson(QJsonDocument(QJsonObject{
            {QStringLiteral("person"), id},
            {QStringLiteral("current"), current ? QJsonValue(recordJson(*current)) : QJsonValue()},
            {QStringLiteral("history"), list}}));
        return 0;
    }
    if (parser.isSet(QStringLiteral("history")) || (!parser.isSet(QStringLiteral("set")) && !parser.isSet(QStringLiteral("revert")))) {
        const auto history = reg.history(id);
        if (history.isEmpty())
            io.out << tr("No motivation recorded for person %1.").arg(id) << Qt::endl;
        for (const MotivationRecord &r : history)
            io.out << QStringLiteral("%1  %2  %3  %4  %5  %6%7")
                          .arg(r.id, 6)
                          .arg(r.decidedAt, r.decidedBy,
                               r.motivation ? Motivations::name(*r.motivation) : tr("(none)"),
                               r.grading.code().isEmpty() ? tr("ungraded") : r.grading.code(), r.reason,
                               r.replacesId ? tr("  (reverts %1)").arg(r.replacesId) : QString())
                   << Qt::endl;
    }
    return 0;
}

} // namespace fc
