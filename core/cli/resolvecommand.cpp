#include "cli/resolvecommand.h"

#include "resolve/candidateblocker.h"
#include "resolve/entityresolver.h"
#include "resolve/matchmodel.h"
#include "resolve/recordloader.h"
#include "resolve/pairexplainer.h"
#include "resolve/mergeledger.h"
#include "resolve/reviewqueue.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QJsonArray toJson(const QStringList &list)
{
    QJsonArray out;
    for (const QString &s : list)
        out.append(s);
    return out;
}

} // namespace

QString ResolveCommand::summary() const
{
    return tr("Entity resolution: merge the same person or vehicle written differently, queue doubtful pairs "
              "for review, undo merges.");
}

void ResolveCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("type"),
        tr("Resolve only this entity type (person or vehicle); may be repeated. Default: both."),
        QStringLiteral("TYPE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("merge-threshold"),
        tr("Merge automatically at or above this score, as TYPE=SCORE (e.g. person=0.9); may be repeated."),
        QStringLiteral("TYPE=SCORE")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("review-threshold"),
        tr("Queue for review at or above this score, as TYPE=SCORE (e.g. person=0.6); may be repeated."),
        QStringLiteral("TYPE=SCORE")));
    parser.addOption(QCommandLineOption(QStringLiteral("dry-run"), tr("Score and report, change nothing.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("model"),
        tr("How persons are scored: rules (hand-set scores) or fellegi-sunter (a match model trained on the "
           "workspace by expectation-maximisation). Default: %1.")
            .arg(resolveModelName(ResolveSettings().model)),
        QStringLiteral("MODEL")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("retrain"),
        tr("Train the match model again instead of using the one saved in the workspace by an earlier run.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("explain"),
        tr("Print the Fellegi-Sunter waterfall of two person entities A,B (prior, each comparison's level and "
           "match weight log2(m/u), term-frequency adjustment, total, probability) instead of resolving."),
        QStringLiteral("A,B")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("queue"), tr("List the review queue instead of resolving.")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("history"), tr("List the merges made instead of resolving.")));
    parser.addOption(QCommandLineOption(QStringLiteral("accept"), tr("Accept review item N: merge the pair."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("reject"), tr("Reject review item N: keep the pair apart."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("skip"), tr("Skip review item N (to the back of the queue)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("unmerge"),
                                        tr("Undo merge N and remember the two as different."),
                                        QStringLiteral("N")));
}

int ResolveCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    ReviewQueue queue(workspace);
    MergeLedger ledger(workspace);
    QString error;
    auto idOption = [&](const QString &option, qint64 *id) {
        bool ok = false;
        *id = parser.value(option).toLongLong(&ok);
        if (!ok || *id <= 0) {
            error = tr("option --%1: \"%2\" is not an item number (expected a positive whole number)")
                        .arg(option, parser.value(option));
            return false;
        }
        return true;
    };
    qint64 id = 0;
    for (const char *option : {"accept", "reject", "skip"}) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        if (!idOption(name, &id))
            return io.fail(error, 2);
        int settled = 0;
        const bool ok = name == QLatin1String("accept")   ? queue.accept(id, &error, &settled)
                        : name == QLatin1String("reject") ? queue.reject(id, &error, &settled)
                                                          : queue.skip(id, &error);
        if (!ok)
            return io.fail(error);
        io.out << tr("Review item %1: %2").arg(id).arg(name) << Qt::endl;
        if (name != QLatin1String("skip"))
            io.out << tr("  %n other queued pair(s) between the same two clusters settled with it", nullptr, settled)
                   << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("unmerge"))) {
        if (!idOption(QStringLiteral("unmerge"), &id))
            return io.fail(error, 2);
        const auto merge = ledger.mergeRecord(id);
        if (!ledger.unmerge(id, &error))
            return io.fail(error);
        if (merge)
            queue.remember(merge->survivorId, merge->absorbedId, ReviewQueue::Decision::Different,
                           tr("merge %1 undone").arg(id), nullptr);
        io.out << tr("Merge %1 undone").arg(id) << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("queue"))) {
        // In the order a decision is worth (ReviewPriority), each with the reason for its place.
        const QList<ReviewPriority::Ranked> items = queue.prioritised();
        if (io.json) {
            QJsonArray array;
            for (const ReviewPriority::Ranked &r : items) {
                const ReviewItem &i = r.item;
                array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                         {QStringLiteral("type"), EntityTypes::name(i.type)},
                                         {QStringLiteral("a"), i.entityA},
                                         {QStringLiteral("b"), i.entityB},
                                         {QStringLiteral("score"), i.score},
                                         {QStringLiteral("skipped"), i.skipped},
                                         {QStringLiteral("priority"), r.reason},
                                         {QStringLiteral("network_a"), r.networkA},
                                         {QStringLiteral("network_b"), r.networkB},
                                         {QStringLiteral("incidents_a"), r.incidentsA},
                                         {QStringLiteral("incidents_b"), r.incidentsB},
                                         {QStringLiteral("boundary"), r.boundary},
                                         {QStringLiteral("explanation"), toJson(i.explanation)}});
            }
            io.writeJson(QJsonDocument(array));
            return 0;
        }
        io.out << QCoreApplication::translate("ResolveCommand", "%n pair(s) waiting for review", nullptr,
                                              int(items.size()))
               << Qt::endl;
        io.out << tr("  Order: pairs joining two offender networks, then pairs with a prolific offender (%1 or "
                     "more incidents), then the rest; within each, closest to the decision boundary first.")
                      .arg(ReviewPriority(workspace).prolificIncidents())
               << Qt::endl;
        for (const ReviewPriority::Ranked &r : items) {
            const ReviewItem &i = r.item;
            io.out << QStringLiteral("  #%1 %2 %3 ~ %4 score %5%6 [%7]: %8")
                          .arg(i.id)
                          .arg(EntityTypes::name(i.type))
                          .arg(i.entityA)
                          .arg(i.entityB)
                          .arg(i.score, 0, 'f', 2)
                          .arg(i.skipped ? tr(" (skipped)") : QString())
                          .arg(r.reason)
                          .arg(i.explanation.join(QStringLiteral("; ")))
                   << Qt::endl;
        }
        return 0;
    }
    if (parser.isSet(QStringLiteral("history"))) {
        const QList<MergeRecord> merges = ledger.history();
        if (io.json) {
            QJsonArray array;
            for (const MergeRecord &m : merges)
                array.append(QJsonObject{
                    {QStringLiteral("id"), m.id},
                    {QStringLiteral("type"), EntityTypes::name(m.type)},
                    {QStringLiteral("survivor"), m.survivorId},
                    {QStringLiteral("absorbed"), m.absorbedId},
                    {QStringLiteral("score"), m.score},
                    {QStringLiteral("method"), m.method},
                    {QStringLiteral("by"), m.decidedBy},
                    {QStringLiteral("at"), m.mergedAt},
                    {QStringLiteral("undone_at"), m.undoneAt},
                    {QStringLiteral("explanation"), toJson(m.explanation.split(QLatin1Char('\n')))}});
            io.writeJson(QJsonDocument(array));
            return 0;
        }
        for (const MergeRecord &m : merges)
            io.out << QStringLiteral("  #%1 %2 %3 into %4 (%5, score %6)%7: %8")
                          .arg(m.id)
                          .arg(EntityTypes::name(m.type))
                          .arg(m.absorbedId)
                          .arg(m.survivorId)
                          .arg(m.method)
                          .arg(m.score, 0, 'f', 2)
                          .arg(m.undoneAt.isEmpty() ? QString() : tr(" undone %1").arg(m.undoneAt))
                          .arg(QString(m.explanation).replace(QLatin1Char('\n'), QStringLiteral("; ")))
                   << Qt::endl;
        return 0;
    }

    ResolveSettings settings;
    if (parser.isSet(QStringLiteral("model"))) {
        const QString model = parser.value(QStringLiteral("model"));
        const std::optional<ResolveModel> chosen = resolveModelFromName(model);
        if (!chosen)
            return io.fail(tr("option --model: \"%1\" is not a model (expected rules or fellegi-sunter)").arg(model),
                           2);
        settings.model = *chosen;
    }
    if (parser.isSet(QStringLiteral("explain"))) {
        const QStringList ids = parser.value(QStringLiteral("explain")).split(QLatin1Char(','));
        bool okA = false, okB = false;
        const qint64 a = ids.value(0).toLongLong(&okA), b = ids.value(1).toLongLong(&okB);
        if (ids.size() != 2 || !okA || !okB)
            return io.fail(tr("option --explain: \"%1\" is not two entity ids A,B (e.g. 12,345)")
                               .arg(parser.value(QStringLiteral("explain"))),
                           2);
        const QList<ResolveRecord> records = RecordLoader::load(workspace, EntityType::Person, &error);
        if (!error.isEmpty())
            return io.fail(error);
        int ia = -1, ib = -1;
        for (int i = 0; i < records.size(); ++i) {
            if (records.at(i).entityId == a)
                ia = i;
            if (records.at(i).entityId == b)
                ib = i;
        }
        if (ia < 0 || ib < 0)
            return io.fail(tr("option --explain: entity %1 is not a live person entity of %2")
                               .arg(ia < 0 ? a : b)
                               .arg(workspace.path()));
        // The model saved by the last run (what resolve and the review pane use), unless --retrain
        // asks for one trained now as a run would train it (deterministic for the same data).
        PairExplainer explainer(workspace);
        MatchModel model;
        bool saved = false;
        if (!parser.isSet(QStringLiteral("retrain")) && explainer.hasModel()) {
            model = *explainer.model();
            saved = true;
        } else {
            model.train(records, CandidateBlocker::pairs(records, settings.maxBlockSize, nullptr,
                                                         settings.blockWindow));
        }
        const PairExplanation e = model.explain(records.at(ia), records.at(ib));
        if (io.json) {
            QJsonObject o = e.toJson();
            o.insert(QStringLiteral("a"), a);
            o.insert(QStringLiteral("b"), b);
            o.insert(QStringLiteral("model_source"),
                     saved ? QStringLiteral("saved") : QStringLiteral("trained"));
            o.insert(QStringLiteral("training"), model.toJson().value(QStringLiteral("training")));
            io.writeJson(QJsonDocument(o));
            return 0;
        }
        io.out << tr("Fellegi-Sunter match weights (bits, log2(m/u)) of persons %1 and %2 (%3):")
                      .arg(a)
                      .arg(b)
                      .arg(saved ? tr("the model saved by the last run, trained %1")
                                       .arg(model.training().trainedAt)
                                 : tr("a model trained now on this workspace"))
               << Qt::endl;
        for (const QString &line : e.toText())
            io.out << QStringLiteral("  ") << line << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("type"))) {
        settings.types.clear();
        for (const QString &name : parser.values(QStringLiteral("type"))) {
            const auto type = EntityTypes::fromName(name);
            if (!type || (*type != EntityType::Person && *type != EntityType::Vehicle))
                return io.fail(
                    tr("option --type: \"%1\" cannot be resolved (expected person or vehicle)").arg(name), 2);
            settings.types << *type;
        }
    }
    for (const char *option : {"merge-threshold", "review-threshold"}) {
        const QString name = QString::fromLatin1(option);
        for (const QString &value : parser.values(name)) {
            const auto type = EntityTypes::fromName(value.section(QLatin1Char('='), 0, 0));
            bool ok = false;
            const double score = value.section(QLatin1Char('='), 1).toDouble(&ok);
            if (!type || !ok || score < 0 || score > 1)
                return io.fail(tr("option --%1: \"%2\" is not TYPE=SCORE (expected e.g. person=0.9, a score "
                                  "from 0 to 1)")
                                   .arg(name, value),
                               2);
            ResolveThresholds t = settings.thresholdsFor(*type);
            (name == QLatin1String("merge-threshold") ? t.autoMerge : t.review) = score;
            settings.setThresholds(*type, t);
        }
    }
    for (EntityType type : std::as_const(settings.types)) {
        const ResolveThresholds t = settings.thresholdsFor(type);
        if (t.review > t.autoMerge)
            return io.fail(tr("the review threshold for %1 (%2) is above its merge threshold (%3)")
                               .arg(EntityTypes::name(type))
                               .arg(t.review)
                               .arg(t.autoMerge),
                           2);
    }
    settings.dryRun = parser.isSet(QStringLiteral("dry-run"));
    settings.retrain = parser.isSet(QStringLiteral("retrain"));

    const ResolveReport report = EntityResolver(workspace).run(settings);
    if (!report.ok)
        return io.fail(report.message);
    if (io.json) {
        QJsonArray types;
        for (const ResolveTypeReport &t : report.types)
            types.append(QJsonObject{{QStringLiteral("type"), EntityTypes::name(t.type)},
                                     {QStringLiteral("records"), t.records},
                                     {QStringLiteral("candidate_pairs"), t.candidatePairs},
                                     {QStringLiteral("merged"), t.merged},
                                     {QStringLiteral("queued"), t.queued},
                                     {QStringLiteral("kept_apart"), t.keptApart},
                                     {QStringLiteral("remembered_apart"), t.rememberedApart},
                                     {QStringLiteral("conflicts"), t.conflicts},
                                     {QStringLiteral("skipped_blocks"), t.skippedBlocks},
                                     {QStringLiteral("max_pairs_per_record"), t.maxPairsPerRecord},
                                     {QStringLiteral("mean_pairs_per_record"), t.meanPairsPerRecord},
                                     {QStringLiteral("block_window"), t.blockWindow},
                                     {QStringLiteral("max_keys_per_record"), t.maxKeysPerRecord},
                                     {QStringLiteral("settled_from_queue"), t.settledByRun},
                                     {QStringLiteral("closure_violations"), t.closureViolations},
                                     {QStringLiteral("passes"), t.passes},
                                     {QStringLiteral("compared_again"), t.comparedAgain},
                                     {QStringLiteral("decision_digest"), t.decisionDigest},
                                     {QStringLiteral("model"), t.model}});
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("dry_run"), settings.dryRun},
                                               {QStringLiteral("types"), types},
                                               {QStringLiteral("elapsed_ms"), report.elapsedMs}}));
        return 0;
    }
    io.out << (settings.dryRun ? tr("Resolution (dry run, nothing changed) of %1").arg(workspace.path())
                               : tr("Resolution of %1").arg(workspace.path()))
           << Qt::endl;
    for (const ResolveTypeReport &t : report.types) {
        io.out << tr("  %1: %2 records, %3 candidate pairs: %4 merged, %5 queued for review, %6 kept apart")
                      .arg(EntityTypes::name(t.type))
                      .arg(t.records)
                      .arg(t.candidatePairs)
                      .arg(t.merged)
                      .arg(t.queued)
                      .arg(t.keptApart)
               << Qt::endl;
        io.out
            << tr("    candidate pairs per record: mean %1, max %2 (bound: at most 2 x %3 per blocking key, "
                  "sorted neighbourhood in larger blocks; at most %4 keys per record here)")
                   .arg(t.meanPairsPerRecord, 0, 'f', 1)
                   .arg(t.maxPairsPerRecord)
                   .arg(t.blockWindow)
                   .arg(t.maxKeysPerRecord)
            << Qt::endl;
        if (t.passes > 1)
            io.out << tr("    merged clusters compared again as wholes: %1 passes, %2 pairs of clusters")
                          .arg(t.passes)
                          .arg(t.comparedAgain)
                   << Qt::endl;
        if (t.settledByRun > 0)
            io.out << tr("    %n pair(s) already in the review queue settled by this run", nullptr,
                         t.settledByRun)
                   << Qt::endl;
        if (t.rememberedApart || t.conflicts || t.skippedBlocks)
            io.out << tr("    %1 pairs kept apart by earlier decisions, %2 merges held back as conflicting, "
                         "%3 oversized blocks skipped")
                          .arg(t.rememberedApart)
                          .arg(t.conflicts)
                          .arg(t.skippedBlocks)
                   << Qt::endl;
    }
    io.out << tr("Done in %1 ms").arg(report.elapsedMs) << Qt::endl;
    return 0;
}

} // namespace fc
