#include "cli/offenderscommand.h"

#include "cli/offendercommands.h"
#include "offenders/motivationregister.h"
#include "offenders/offendinghistory.h"
#include "offenders/persondisplay.h"
#include "offenders/priorityscorer.h"
#include "offenders/prioritystore.h"
#include "offenders/workspaceharm.h"
#include "store/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

QString OffendersCommand::summary() const
{
    return tr("People ranked by a transparent recency-frequency-harm priority, each score explained; bands shown and "
              "changed with --show-bands / --bands-file.");
}

void OffendersCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("top"), tr("The N highest (default 20; 0 for all)."),
                                        QStringLiteral("N"), QStringLiteral("20")));
    parser.addOption(QCommandLineOption(QStringLiteral("motivation"),
        tr("Only people whose recorded motivation is M: %1.").arg(Motivations::names().join(QLatin1String(", "))),
        QStringLiteral("M")));
    parser.addOption(QCommandLineOption(QStringLiteral("explain"), tr("Each score in words and numbers.")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
        tr("The date the priority is worked out on (YYYY-MM-DD; default today)."), QStringLiteral("DATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("review"),
        tr("Save this ranking as a review: the next ranking shows each change of rank since.")));
    parser.addOption(QCommandLineOption(QStringLiteral("show-bands"), tr("Show the bands in use and stop.")));
    parser.addOption(QCommandLineOption(QStringLiteral("bands-file"),
        tr("Store new bands from a JSON file (keys as --show-bands --json prints; missing keys keep their defaults)."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("reset-bands"), tr("Go back to the default bands.")));
}

int OffendersCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return io.fail(tr("offenders: --top \"%1\" is not a count (expected 0 or more)").arg(parser.value(QStringLiteral("top"))), 2);
    const auto asOf = offenderAsOf(parser);
    if (!asOf)
        return io.fail(tr("offenders: --as-of \"%1\" is not a date (expected YYYY-MM-DD)")
                           .arg(parser.value(QStringLiteral("as-of"))), 2);
    std::optional<Motivation> only;
    if (parser.isSet(QStringLiteral("motivation"))) {
        only = Motivations::fromName(parser.value(QStringLiteral("motivation")));
        if (!only)
            return io.fail(tr("offenders: --motivation \"%1\" is not a motivation (expected one of: %2)")
                               .arg(parser.value(QStringLiteral("motivation")), Motivations::names().join(QLatin1String(", "))), 2);
    }
    PriorityStore store(workspace);
    QString error;
    if (parser.isSet(QStringLiteral("reset-bands")) && !store.resetBands(&error))
        return io.fail(QStringLiteral("offenders: ") + error);
    if (parser.isSet(QStringLiteral("bands-file"))) {
        const QString path = parser.value(QStringLiteral("bands-file"));
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return io.fail(tr("offenders: cannot read %1: %2").arg(path, f.errorString()), 2);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
        if (!doc.isObject())
            return io.fail(tr("offenders: %1 at offset %2: %3 (expected a JSON object of bands)")
                               .arg(path).arg(parseError.offset).arg(parseError.errorString()), 2);
        const auto bands = PriorityBands::fromJson(doc.object(), &error);
        if (!bands)
            return io.fail(QStringLiteral("offenders: %1: %2").arg(path, error), 2);
        if (!store.setBands(*bands, &error))
            return io.fail(QStringLiteral("offenders: ") + error);
    }
    const PriorityBands bands = store.bands();
    if (parser.isSet(QStringLiteral("show-bands"))) {
        if (io.json)
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("bands"), bands.toJson()},
                                                   {QStringLiteral("customised"), store.isCustomised()},
                                                   {QStringLiteral("described"), bands.describe()}}));
        else
            io.out << bands.describe() << Qt::endl;
        return 0;
    }

    const OffendingHistory history = OffendingHistory::load(workspace);
    QString harmTable;
    PriorityScorer scorer(bands, WorkspaceHarm::active(workspace, &harmTable));
    if (bands.usesNetwork())
        scorer.setNetworkRoles(NetworkRoles::compute(NetworkRoles::projection(workspace), bands.betweennessPoints > 0));
    const PriorityReview last = store.lastReview();
    const bool explain = parser.isSet(QStringLiteral("explain"));
    const QList<PriorityScore> ranked = scorer.rank(history, *asOf, explain, last.ranks);
    const QHash<qint64, Motivation> motivations = MotivationRegister(workspace).currentAll();

    QList<PriorityScore> shown;
    for (const PriorityScore &s : ranked) {
        if (only && motivations.value(s.personId, Motivation(-1)) != *only)
            continue;
        shown.append(s);
        if (top > 0 && shown.size() >= top)
            break;
    }
    // The list names people: it is a consultation.
    workspace.auditLog().append(AuditLog::Action::Consultation, workspace.userName(), QStringLiteral("offenders"),
                                QString(), QStringLiteral("priority list of %1 people as of %2").arg(shown.size())
                                               .arg(asOf->toString(Qt::ISODate)), workspace.purpose());
    qint64 reviewId = 0;
    if (parser.isSet(QStringLiteral("review"))) {
        reviewId = store.saveReview(ranked, *asOf, &error);
        if (!reviewId)
            return io.fail(QStringLiteral("offenders: ") + error);
    }

    if (io.json) {
        QJsonArray people;
        for (const PriorityScore &s : std::as_const(shown)) {
            QJsonObject o{{QStringLiteral("rank"), s.rank},
                          {QStringLiteral("id"), s.personId},
                          {QStringLiteral("label"), s.label},
                          {QStringLiteral("person"), PersonDisplay::of(workspace, s.personId, *asOf).toJson()},
                          {QStringLiteral("score"), s.score},
                          {QStringLiteral("recency_points"), s.recencyPoints},
                          {QStringLiteral("frequency_points"), s.frequencyPoints},
                          {QStringLiteral("harm_points"), s.harmPoints},
                          {QStringLiteral("network_points"), s.networkPoints},
                          {QStringLiteral("days_since_last"), s.daysSinceLast},
                          {QStringLiteral("last_seen"), s.lastSeen},
                          {QStringLiteral("frequency"), s.frequency},
                          {QStringLiteral("harm"), s.harm},
                          {QStringLiteral("harm_weighted_incidents"), s.harmWeighted},
                          {QStringLiteral("harm_counted_incidents"), s.harmCounted}};
            if (s.previousRank > 0) {
                o.insert(QStringLiteral("previous_rank"), s.previousRank);
                o.insert(QStringLiteral("rank_change"), s.previousRank - s.rank);
            } else {
                o.insert(QStringLiteral("previous_rank"), QJsonValue());
            }
            if (motivations.contains(s.personId))
                o.insert(QStringLiteral("motivation"), Motivations::name(motivations.value(s.personId)));
            if (!s.networkRole.isEmpty())
                o.insert(QStringLiteral("network_role"), s.networkRole);
            if (explain)
                o.insert(QStringLiteral("explanation"), s.explanation);
            people.append(o);
        }
        QJsonObject out{{QStringLiteral("method"), PriorityScorer::method()},
                        {QStringLiteral("as_of"), asOf->toString(Qt::ISODate)},
                        {QStringLiteral("bands"), bands.toJson()},
                        {QStringLiteral("harm_table"), harmTable},
                        {QStringLiteral("ranked"), ranked.size()},
                        {QStringLiteral("people"), people}};
        if (last.id)
            out.insert(QStringLiteral("last_review"), QJsonObject{{QStringLiteral("id"), last.id},
                                                                 {QStringLiteral("at"), last.reviewedAt},
                                                                 {QStringLiteral("by"), last.reviewedBy},
                                                                 {QStringLiteral("as_of"), last.asOf}});
        if (reviewId)
            out.insert(QStringLiteral("saved_review"), reviewId);
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    io.out << PriorityScorer::method() << Qt::endl;
    io.out << tr("Harm: %1").arg(harmTable) << Qt::endl;
    io.out << tr("As of %1; %2 people ranked; %3").arg(asOf->toString(Qt::ISODate)).arg(ranked.size())
                  .arg(last.id ? tr("change of rank since the review of %1").arg(last.reviewedAt) : tr("no earlier review"))
           << Qt::endl;
    for (const PriorityScore &s : std::as_const(shown)) {
        QString change = QStringLiteral("new");
        if (s.previousRank > 0)
            change = s.previousRank == s.rank ? QStringLiteral("=")
                                              : QStringLiteral("%1%2").arg(s.previousRank > s.rank ? QStringLiteral("+") : QString())
                                                    .arg(s.previousRank - s.rank);
        io.out << QStringLiteral("%1 %2 %3  R%4 F%5 H%6%7  %8  %9")
                      .arg(s.rank, 6).arg(change, 5).arg(s.score, 3).arg(s.recencyPoints).arg(s.frequencyPoints)
                      .arg(s.harmPoints)
                      .arg(bands.usesNetwork() ? QStringLiteral(" N%1").arg(s.networkPoints) : QString())
                      .arg(PersonDisplay::of(workspace, s.personId, *asOf).text())
                      .arg(motivations.contains(s.personId) ? Motivations::name(motivations.value(s.personId)) : QString())
               << Qt::endl;
        if (explain)
            io.out << QStringLiteral("         ") << s.explanation << Qt::endl;
    }
    if (reviewId)
        io.out << tr("Saved as review %1.").arg(reviewId) << Qt::endl;
    return 0;
}

} // namespace fc
