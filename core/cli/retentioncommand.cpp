#include "cli/retentioncommand.h"

#include "store/retentionreview.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString RetentionCommand::summary() const
{
    return QCoreApplication::translate("RetentionCommand", "Records past their review date, and retain/erase decisions (due|retain|erase).");
}

void RetentionCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("ACTION"), QCoreApplication::translate("RetentionCommand", "due, retain or erase."));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
        QCoreApplication::translate("RetentionCommand", "due: review date cut-off (default today)."), QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("record"),
        QCoreApplication::translate("RetentionCommand", "retain/erase: the source record id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("reason"),
        QCoreApplication::translate("RetentionCommand", "retain/erase: why (recorded in the audit trail)."), QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("until"),
        QCoreApplication::translate("RetentionCommand", "retain: next review date."), QStringLiteral("yyyy-MM-dd")));
}

int RetentionCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    RetentionReview review(workspace);
    const QString action = parser.positionalArguments().value(0);
    QString error;
    if (action == QLatin1String("due")) {
        const QDate asOf = parser.isSet(QStringLiteral("as-of"))
            ? QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate) : QDate::currentDate();
        if (!asOf.isValid())
            return io.fail(QCoreApplication::translate("RetentionCommand", "retention: --as-of must be a date yyyy-MM-dd"), 2);
        const auto items = review.due(asOf);
        if (io.json) {
            QJsonArray out;
            for (const RetentionItem &i : items)
                out.append(QJsonObject{{QStringLiteral("record"), i.sourceRecordId}, {QStringLiteral("review_date"), i.reviewDate},
                                       {QStringLiteral("organisation"), i.organisation}, {QStringLiteral("file"), i.fileName},
                                       {QStringLiteral("row"), i.rowNumber}, {QStringLiteral("grading"), i.grading.code()},
                                       {QStringLiteral("entities"), QJsonArray::fromStringList(i.entities)}});
            io.writeJson(QJsonDocument(out));
        } else {
            for (const RetentionItem &i : items)
                io.out << QStringLiteral("record %1  review %2  %3 %4 row %5  %6  %7").arg(i.sourceRecordId).arg(i.reviewDate, i.organisation, i.fileName)
                              .arg(i.rowNumber).arg(i.grading.code(), i.entities.join(QLatin1String("; ")))
                       << Qt::endl;
            io.out << QCoreApplication::translate("RetentionCommand", "%1 records due for review").arg(items.size()) << Qt::endl;
        }
        return 0;
    }
    bool ok = false;
    const qint64 record = parser.value(QStringLiteral("record")).toLongLong(&ok);
    if (!ok)
        return io.fail(QCoreApplication::translate("RetentionCommand", "retention %1: --record ID is required").arg(action), 2);
    const QString reason = parser.value(QStringLiteral("reason"));
    if (action == QLatin1String("retain")) {
        const QDate until = QDate::fromString(parser.value(QStringLiteral("until")), Qt::ISODate);
        if (!review.retain(record, reason, until, &error))
            return io.fail(error);
        io.out << QCoreApplication::translate("RetentionCommand", "Record %1 retained until %2.").arg(record).arg(until.toString(Qt::ISODate)) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("erase")) {
        if (!review.erase(record, reason, &error))
            return io.fail(error);
        io.out << QCoreApplication::translate("RetentionCommand", "Record %1 and its derived facts erased.").arg(record) << Qt::endl;
        return 0;
    }
    return io.fail(QCoreApplication::translate("RetentionCommand", "retention: expected due, retain or erase"), 2);
}

} // namespace fc
