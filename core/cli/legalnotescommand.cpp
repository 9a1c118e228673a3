#include "cli/legalnotescommand.h"

#include "casefile/legalnotes.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString LegalNotesCommand::summary() const
{
    return tr("The notes on the law that case files show by incident date (low-value shop theft, assaulting a "
              "retail worker), with their dates and sources; --set enters a date. Notes, not legal advice.");
}

void LegalNotesCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("set"), tr("The note to change (low_value_shoplifting, retail_worker_assault)."),
                                        QStringLiteral("KEY")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("Date it applies from (YYYY-MM-DD; \"none\" for unknown)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("until"), tr("Date it stops applying, e.g. a repeal (YYYY-MM-DD)."),
                                        QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("confirmed"), tr("The dates given are confirmed from the source.")));
    parser.addOption(QCommandLineOption(QStringLiteral("source"), tr("Where the dates come from (required with --set)."),
                                        QStringLiteral("TEXT")));
}

int LegalNotesCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    LegalNotes notes(workspace);
    if (parser.isSet(QStringLiteral("set"))) {
        const QString key = parser.value(QStringLiteral("set"));
        LegalNote current;
        bool found = false;
        for (const LegalNote &n : notes.all())
            if (n.key == key) {
                current = n;
                found = true;
            }
        if (!found)
            return io.fail(tr("legal-notes: there is no note \"%1\" (see legal-notes without --set)").arg(key), 2);
        if (parser.value(QStringLiteral("source")).trimmed().isEmpty())
            return io.fail(tr("legal-notes: --source TEXT is required with --set (where the date comes from)"), 2);
        auto date = [&](const char *option, const QDate &keep, bool *ok) {
            const QString v = parser.value(QLatin1String(option));
            *ok = true;
            if (!parser.isSet(QLatin1String(option)))
                return keep;
            if (v == QLatin1String("none"))
                return QDate();
            const QDate d = QDate::fromString(v, Qt::ISODate);
            *ok = d.isValid();
            return d;
        };
        bool okFrom = false, okUntil = false;
        const QDate from = date("from", current.appliesFrom, &okFrom);
        const QDate until = date("until", current.appliesUntil, &okUntil);
        if (!okFrom || !okUntil)
            return io.fail(tr("legal-notes: --from/--until must be YYYY-MM-DD or none"), 2);
        const bool confirmed = parser.isSet(QStringLiteral("confirmed"));
        QString error;
        if (!notes.setDates(key, from, parser.isSet(QStringLiteral("from")) ? confirmed : current.fromConfirmed, until,
                            parser.isSet(QStringLiteral("until")) ? confirmed : current.untilConfirmed,
                            parser.value(QStringLiteral("source")), &error))
            return io.fail(QStringLiteral("legal-notes: ") + error);
    }
    const QList<LegalNote> all = notes.all();
    auto dateText = [](const QDate &d, bool confirmed) {
        return d.isValid() ? d.toString(Qt::ISODate) + (confirmed ? QString() : QStringLiteral(" (unconfirmed)"))
                           : QStringLiteral("unknown");
    };
    if (io.json) {
        QJsonArray a;
        for (const LegalNote &n : all)
            a.append(QJsonObject{{QStringLiteral("key"), n.key}, {QStringLiteral("offence"), n.offence},
                                 {QStringLiteral("title"), n.title},
                                 {QStringLiteral("applies_from"), n.appliesFrom.isValid() ? n.appliesFrom.toString(Qt::ISODate) : QString()},
                                 {QStringLiteral("from_confirmed"), n.fromConfirmed},
                                 {QStringLiteral("applies_until"), n.appliesUntil.isValid() ? n.appliesUntil.toString(Qt::ISODate) : QString()},
                                 {QStringLiteral("until_confirmed"), n.untilConfirmed},
                                 {QStringLiteral("note"), n.note}, {QStringLiteral("source"), n.source}});
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("legal_notes"), a},
                                               {QStringLiteral("disclaimer"), LegalNotes::disclaimer()}}));
        return 0;
    }
    io.out << LegalNotes::disclaimer() << Qt::endl;
    for (const LegalNote &n : all)
        io.out << Qt::endl << n.key << ": " << n.title << Qt::endl
               << "  " << tr("from %1, until %2").arg(dateText(n.appliesFrom, n.fromConfirmed),
                                                      n.appliesUntil.isValid() ? dateText(n.appliesUntil, n.untilConfirmed)
                                                                               : tr("no end recorded"))
               << Qt::endl << "  " << n.note << Qt::endl << "  " << tr("Source: %1").arg(n.source) << Qt::endl;
    return 0;
}

} // namespace fc
