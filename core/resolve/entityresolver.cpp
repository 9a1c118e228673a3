#include "resolve/entityresolver.h"

#include "resolve/mergeledger.h"
#include "resolve/recordloader.h"
#include "resolve/resolveengine.h"
#include "resolve/reviewqueue.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace fc {

namespace {

quint64 pairKey(qint64 a, qint64 b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

} // namespace

EntityResolver::EntityResolver(Workspace &workspace)
    : m_workspace(workspace)
{
}

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

    for (EntityType type : settings.types) {
        QString error;
        const QList<ResolveRecord> records = RecordLoader::load(m_workspace, type, &error);
        if (!error.isEmpty())
            return fail(error);

        // Remembered decisions, taken to the live entities they now concern.
        QHash<qint64, qint64> root;
        Statement roots = db.prepare(QStringLiteral(
            "SELECT id, merged_into FROM entities WHERE type = ? AND merged_into IS NOT NULL"));
        roots.bind(1, int(type));
        while (roots.step())
            root.insert(roots.int64(0), roots.int64(1));
        QHash<quint64, int> decisions;
        for (const auto &[a, b, decision] : queue.decisions()) {
            const qint64 ra = root.value(a, a), rb = root.value(b, b);
            if (ra != rb)
                decisions.insert(pairKey(ra, rb), decision);
        }
        ResolveEngine engine(type, settings.thresholdsFor(type), settings.maxBlockSize);
        if (!decisions.isEmpty())
            engine.setDecisions([&](int a, int b) {
                return decisions.value(pairKey(records.at(a).entityId, records.at(b).entityId), 0);
            });
        const ResolvePlan plan = engine.run(records);

        ResolveTypeReport tr;
        tr.type = type;
        tr.records = int(records.size());
        tr.candidatePairs = plan.candidatePairs;
        tr.merged = int(plan.merges.size());
        tr.queued = int(plan.reviews.size());
        tr.keptApart = plan.keptApart;
        tr.rememberedApart = plan.rememberedApart;
        tr.conflicts = plan.conflicts;
        tr.skippedBlocks = plan.skippedBlocks;
        report.types << tr;
        if (settings.dryRun)
            continue;

        Transaction tx(db);
        if (!tx.isActive())
            return fail(db.lastError());
        QList<qint64> touched;
        for (const CandidatePair &p : plan.merges) {
            const ResolveRecord &a = records.at(p.a);
            const ResolveRecord &b = records.at(p.b);
            const MatchResult why = engine.score(a, b, true);
            if (!ledger.mergeWithin(a.entityId, b.entityId, p.score, why.reasons.join(QLatin1Char('\n')),
                                    QStringLiteral("auto"), &touched, &error))
                return fail(error);
        }
        for (const CandidatePair &p : plan.reviews) {
            const ResolveRecord &a = records.at(p.a);
            const ResolveRecord &b = records.at(p.b);
            MatchResult why = engine.score(a, b, true);
            if (p.score > why.score)
                why.reasons << QCoreApplication::translate("EntityResolver",
                                   "held for review: a merge would join records that are kept apart");
            if (!queue.enqueue(type, a.entityId, b.entityId, p.score, why.reasons, &error))
                return fail(error);
        }
        if (!m_workspace.refreshSearch(touched) || !tx.commit())
            return fail(db.lastError());
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace fc
