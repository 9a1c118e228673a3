#include "resolve/entityresolver.h"

#include "resolve/mergeledger.h"
#include "resolve/recordloader.h"
#include "resolve/resolveengine.h"
#include "resolve/reviewqueue.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

} // namespace

EntityResolver::EntityResolver(Workspace &workspace) : m_workspace(workspace) {}

ResolveReport EntityResolver::run(const ResolveSettings &settings)
{
    ResolveReport report;
    QElapsedTimer timer;
    timer.start();
    Database &db = m_workspace.database();
    const QString user = settings.userName.isEmpty() ? m_workspace.userName() : settings.userName;
    auto fail = [&](const QString &why) {
        report.ok = false;
        report.message = QCoreApplication::translate("EntityResolver", "resolution of %1 failed: %2")
                             .arg(m_workspace.path(), why);
        report.elapsedMs = timer.elapsed();
        return report;
    };

    ReviewQueue queue(m_workspace);
    queue.setUserName(user);
    MergeLedger ledger(m_workspace);
    ledger.setUserName(user);

    auto progress = [&](int typeIndex, double withinType) {
        if (m_progress && !settings.types.isEmpty())
            m_progress((typeIndex + withinType) / double(settings.types.size()));
    };
    for (int typeIndex = 0; typeIndex < settings.types.size(); ++typeIndex) {
        const EntityType type = settings.types.at(typeIndex);
        progress(typeIndex, 0.0);
        QString error;
        const QList<ResolveRecord> records = RecordLoader::load(m_workspace, type, &error);
        if (!error.isEmpty())
            return fail(error);

        // Remembered decisions, taken to the live entities they now concern.
        QList<qint64> liveIds; // sorted: records come ordered by entity id
        for (const ResolveRecord &r : records)
            liveIds << r.entityId;
        QHash<qint64, qint64> root;
        Statement roots = db.prepare(QStringLiteral(
            "SELECT id, merged_into FROM entities WHERE type = ? AND merged_into IS NOT NULL"));
        roots.bind(1, int(type));
        while (roots.step())
            root.insert(roots.int64(0), roots.int64(1));
        // A side is found again by its entity (now the live entity it went into) or by any of the
        // mentions it was made of, so that an entity re-created by an updated export is covered.
        QHash<QString, qint64> byMention;
        Statement mentions = db.prepare(QStringLiteral(
            "SELECT DISTINCT i.organisation || '|' || coalesce(sr.record_key, i.file_name || '#' || "
            "sr.row_number) "
            "|| '|' || es.role, coalesce(e.merged_into, e.id) FROM entity_sources es "
            "JOIN source_records sr ON sr.id = es.source_record_id JOIN imports i ON i.id = sr.import_id "
            "JOIN entities e ON e.id = es.entity_id WHERE e.type = ?"));
        mentions.bind(1, int(type));
        QHash<quint64, int> decisions;
        const QList<RememberedDecision> remembered = queue.decisions();
        if (!remembered.isEmpty())
            while (mentions.step())
                byMention.insert(mentions.text(0), mentions.int64(1));
        auto sideOf = [&](qint64 entity, const QStringList &mentionKeys) {
            QSet<qint64> ids;
            if (root.contains(entity) || std::binary_search(liveIds.cbegin(), liveIds.cend(), entity))
                ids.insert(root.value(entity, entity));
            for (const QString &m : mentionKeys) {
                const auto it = byMention.constFind(m);
                if (it != byMention.constEnd())
                    ids.insert(*it);
            }
            return ids;
        };
        for (const RememberedDecision &d : remembered) {
            const QSet<qint64> sideA = sideOf(d.entityA, d.mentionsA);
            const QSet<qint64> sideB = sideOf(d.entityB, d.mentionsB);
            for (qint64 x : sideA)
                for (qint64 y : sideB)
                    if (x != y)
                        decisions.insert(pairKey(x, y), d.decision);
        }
        ResolveEngine engine(type, settings.thresholdsFor(type), settings.maxBlockSize);
        engine.setBlockWindow(settings.blockWindow);
        if (settings.model == ResolveModel::Probabilistic && type == EntityType::Person) {
            auto model = std::make_shared<MatchModel>();
            // The model saved by an earlier run, unless a new one is asked for: a re-run is reproducible.
            if (!settings.retrain) {
                Statement saved = db.prepare(QStringLiteral(
                    "SELECT model FROM match_models WHERE entity_type = ? ORDER BY id DESC LIMIT 1"));
                saved.bind(1, int(type));
                if (saved.step()) {
                    QString loadError;
                    const auto loaded = MatchModel::fromJson(
                        QJsonDocument::fromJson(saved.text(0).toUtf8()).object(), &loadError);
                    if (loaded)
                        *model = *loaded;
                }
            }
            engine.setModel(model);
            // Analysts' decisions are labelled pairs for the model's training.
            QHash<qint64, int> indexOf;
            for (int i = 0; i < records.size(); ++i)
                indexOf.insert(records.at(i).entityId, i);
            QList<MatchModel::Label> labels;
            for (auto it = decisions.cbegin(); it != decisions.cend(); ++it) {
                const int a = indexOf.value(qint64(it.key() >> 32), -1);
                const int b = indexOf.value(qint64(it.key() & 0xffffffffu), -1);
                if (a >= 0 && b >= 0)
                    labels << MatchModel::Label{a, b, it.value()};
            }
            std::sort(labels.begin(), labels.end(), [](const MatchModel::Label &x, const MatchModel::Label &y) {
                return std::tie(x.a, x.b) < std::tie(y.a, y.b);
            });
            engine.setLabels(labels);
        }
        if (!decisions.isEmpty())
            engine.setDecisions([&](int a, int b) {
                return decisions.value(pairKey(records.at(a).entityId, records.at(b).entityId), 0);
            });
        engine.setCancelFlag(m_cancel);
        engine.setProgressCallback([&](double scored) { progress(typeIndex, 0.1 + 0.7 * scored); });
        progress(typeIndex, 0.1);
        const bool modelTrainedHere = engine.model() && !engine.model()->isTrained();
        const ResolvePlan plan = engine.run(records);
        if (plan.cancelled || (m_cancel && m_cancel->load())) {
            report.ok = false;
            report.cancelled = true;
            report.message = QCoreApplication::translate("EntityResolver", "resolution of %1 was cancelled")
                                 .arg(m_workspace.path());
            report.elapsedMs = timer.elapsed();
            return report;
        }
        progress(typeIndex, 0.8);

        // Queued pairs this run settles: both sides end up in one cluster (the queue then drops them).
        int settled = 0;
        {
            QHash<qint64, int> indexOfLive;
            for (int i = 0; i < records.size(); ++i)
                indexOfLive.insert(records.at(i).entityId, i);
            for (const ReviewItem &item : queue.pending(type)) {
                const int x = indexOfLive.value(root.value(item.entityA, item.entityA), -1);
                const int y = indexOfLive.value(root.value(item.entityB, item.entityB), -1);
                if (x >= 0 && y >= 0 && x != y && plan.clusterOf.at(x) == plan.clusterOf.at(y))
                    ++settled;
            }
        }

        ResolveTypeReport tr;
        tr.type = type;
        tr.settledByRun = settled;
        tr.records = int(records.size());
        tr.candidatePairs = plan.candidatePairs;
        tr.merged = int(plan.merges.size());
        tr.queued = int(plan.reviews.size());
        tr.keptApart = plan.keptApart;
        tr.rememberedApart = plan.rememberedApart;
        tr.conflicts = plan.conflicts;
        tr.skippedBlocks = plan.skippedBlocks;
        tr.maxPairsPerRecord = plan.maxPairsPerRecord;
        tr.meanPairsPerRecord = plan.meanPairsPerRecord;
        tr.blockWindow = settings.blockWindow;
        tr.maxKeysPerRecord = plan.maxKeysPerRecord;
        tr.closureViolations = plan.closureViolations;
        tr.passes = plan.passes;
        tr.comparedAgain = plan.comparedAgain;
        {
            QCryptographicHash digest(QCryptographicHash::Sha256);
            auto add = [&](char kind, const CandidatePair &p) {
                const QByteArray line = QByteArray(1, kind) + ' ' + QByteArray::number(records.at(p.a).entityId) + ' ' +
                                        QByteArray::number(records.at(p.b).entityId) + ' ' +
                                        QByteArray::number(p.score, 'g', 17) + '\n';
                digest.addData(line);
            };
            for (const CandidatePair &p : plan.merges)
                add('m', p);
            for (const CandidatePair &p : plan.reviews)
                add('r', p);
            tr.decisionDigest = QString::fromLatin1(digest.result().toHex());
        }
        tr.model = !engine.model()       ? QStringLiteral("rules")
                   : modelTrainedHere ? QStringLiteral("Fellegi-Sunter (trained)")
                                      : QStringLiteral("Fellegi-Sunter (saved model)");
        report.types << tr;
        if (settings.dryRun)
            continue;

        Transaction tx(db);
        if (!tx.isActive())
            return fail(db.lastError());
        if (modelTrainedHere && engine.model()->isTrained()) {
            // A new model is saved with what it was trained on, and the change is audited.
            const MatchModel &m = *engine.model();
            Statement save = db.prepare(QStringLiteral(
                "INSERT INTO match_models(entity_type, method, model, digest, records, trained_at, trained_by) "
                "VALUES (?, 'Fellegi-Sunter', ?, ?, ?, ?, ?)"));
            save.bind(1, int(type))
                .bind(2, QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact)))
                .bind(3, m.training().digest)
                .bind(4, m.training().records)
                .bind(5, m.training().trainedAt)
                .bind(6, user);
            if (!save.exec())
                return fail(db.lastError());
            if (!m_workspace.auditLog().append(
                    AuditLog::Action::Alteration, user, QStringLiteral("match_model"),
                    QString::number(db.lastInsertRowId()),
                    QStringLiteral("Fellegi-Sunter model of %1 trained on %2 records, %3 candidate pairs, "
                                   "%4 labelled pairs; digest %5")
                        .arg(EntityTypes::name(type))
                        .arg(m.training().records)
                        .arg(m.training().candidatePairs)
                        .arg(m.training().labelledMatches + m.training().labelledNonMatches)
                        .arg(m.training().digest)))
                return fail(db.lastError());
        }
        QList<qint64> touched;
        // Each pair is explained as the pass that scored it compared it (a later pass, clusters).
        for (const CandidatePair &p : plan.merges) {
            const ResolveRecord &a = ResolveEngine::comparedRecord(plan, records, p.a, p.pass);
            const ResolveRecord &b = ResolveEngine::comparedRecord(plan, records, p.b, p.pass);
            const MatchResult why = engine.score(a, b, true);
            if (!ledger.mergeWithin(a.entityId, b.entityId, p.score, why.reasons.join(QLatin1Char('\n')),
                                    QStringLiteral("auto"), &touched, &error))
                return fail(error);
        }
        for (const CandidatePair &p : plan.reviews) {
            const ResolveRecord &a = ResolveEngine::comparedRecord(plan, records, p.a, p.pass);
            const ResolveRecord &b = ResolveEngine::comparedRecord(plan, records, p.b, p.pass);
            MatchResult why = engine.score(a, b, true);
            if (p.score > why.score)
                why.reasons << QCoreApplication::translate(
                    "EntityResolver", "held for review: a merge would join records that are kept apart");
            if (!queue.enqueue(type, a.entityId, b.entityId, p.score, why.reasons, &error))
                return fail(error);
        }
        if (!m_workspace.refreshSearch(touched) || !tx.commit())
            return fail(db.lastError());
    }
    if (m_progress)
        m_progress(1.0);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace fc
