#include "resolve/mergeledger.h"

#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>

namespace fc {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char *const kMergeColumns =
    "id, entity_type, survivor_id, absorbed_id, score, explanation, method, decided_by, merged_at, "
    "undone_at, undone_by";

MergeRecord readMerge(const Statement &st)
{
    MergeRecord m;
    m.id = st.int64(0);
    m.type = EntityType(st.int64(1));
    m.survivorId = st.int64(2);
    m.absorbedId = st.int64(3);
    m.score = st.real(4);
    m.explanation = st.text(5);
    m.method = st.text(6);
    m.decidedBy = st.text(7);
    m.mergedAt = st.text(8);
    m.undoneAt = st.text(9);
    m.undoneBy = st.text(10);
    return m;
}

} // namespace

MergeLedger::MergeLedger(Workspace &workspace) : m_workspace(workspace), m_userName(workspace.userName()) {}

qint64 MergeLedger::rootOf(qint64 entityId)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT coalesce(merged_into, id) FROM entities WHERE id = ?"));
    st.bind(1, entityId);
    return st.step() ? st.int64(0) : 0;
}

qint64 MergeLedger::merge(qint64 a, qint64 b, double score, const QString &explanation, const QString &method,
                          QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    if (!tx.isActive()) {
        if (error)
            *error = tr("cannot merge: the workspace is busy (%1)").arg(db.lastError());
        return 0;
    }
    QList<qint64> touched;
    const qint64 id = mergeWithin(a, b, score, explanation, method, &touched, error);
    if (id == 0)
        return 0;
    if (!m_workspace.refreshSearch(touched) || !tx.commit()) {
        if (error)
            *error = tr("cannot merge entities %1 and %2: %3").arg(a).arg(b).arg(db.lastError());
        return 0;
    }
    return id;
}

qint64 MergeLedger::mergeWithin(qint64 a, qint64 b, double score, const QString &explanation,
                                const QString &method, QList<qint64> *touched, QString *error)
{
    Database &db = m_workspace.database();
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("cannot merge entities %1 and %2: %3").arg(a).arg(b).arg(why);
        return qint64(0);
    };
    const qint64 ra = rootOf(a);
    const qint64 rb = rootOf(b);
    if (ra == 0 || rb == 0)
        return failed(tr("no such entity"));
    if (ra == rb)
        return failed(tr("they are already one entity (%1)").arg(ra));
    Statement types =
        db.prepare(QStringLiteral("SELECT count(DISTINCT type), min(type) FROM entities WHERE id IN (?, ?)"));
    types.bind(1, ra).bind(2, rb);
    if (!types.step() || types.int64(0) != 1)
        return failed(tr("they are not of the same entity type"));
    const EntityType type = EntityType(types.int64(1));
    // The older entity survives, so that ids seen in charts and reports stay valid longest.
    const qint64 survivor = std::min(ra, rb);
    const qint64 absorbed = std::max(ra, rb);

    Statement insert = db.prepare(QStringLiteral("INSERT INTO resolve_merges(entity_type, survivor_id, "
                                                 "absorbed_id, score, explanation, method, decided_by, "
                                                 "merged_at) VALUES (?,?,?,?,?,?,?,?)"));
    insert.bind(1, int(type))
        .bind(2, survivor)
        .bind(3, absorbed)
        .bind(4, score)
        .bind(5, explanation)
        .bind(6, method)
        .bind(7, m_userName)
        .bind(8, now());
    if (!insert.exec())
        return failed(db.lastError());
    const qint64 mergeId = db.lastInsertRowId();
    // The absorbed entity and everything already merged into it now point at the survivor.
    Statement changes = db.prepare(
        QStringLiteral("INSERT INTO resolve_merge_changes(merge_id, entity_id, previous_merged_into) "
                       "SELECT ?1, id, merged_into FROM entities WHERE id = ?2 OR merged_into = ?2"));
    changes.bind(1, mergeId).bind(2, absorbed);
    Statement update =
        db.prepare(QStringLiteral("UPDATE entities SET merged_into = ?1 WHERE id = ?2 OR merged_into = ?2"));
    update.bind(1, survivor).bind(2, absorbed);
    if (!changes.exec() || !update.exec())
        return failed(db.lastError());
    if (!m_workspace.auditLog().append(AuditLog::Action::Combination, m_userName, QStringLiteral("entity"),
                                       QString::number(survivor),
                                       QStringLiteral("merge %1: entity %2 merged into %3 (%4, score %5)")
                                           .arg(mergeId)
                                           .arg(absorbed)
                                           .arg(survivor)
                                           .arg(method)
                                           .arg(score, 0, 'f', 3)))
        return failed(db.lastError());
    if (touched)
        *touched << survivor << absorbed;
    return mergeId;
}

bool MergeLedger::unmerge(qint64 mergeId, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    if (tx.isActive() && unmergeWithin(mergeId, error) && tx.commit())
        return true;
    if (error && error->isEmpty())
        *error = tr("cannot undo merge %1: %2").arg(mergeId).arg(db.lastError());
    return false;
}

bool MergeLedger::unmergeWithin(qint64 mergeId, QString *error)
{
    Database &db = m_workspace.database();
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("cannot undo merge %1: %2").arg(mergeId).arg(why);
        return false;
    };
    const auto merge = mergeRecord(mergeId);
    if (!merge)
        return failed(tr("there is no such merge"));
    if (!merge->undoneAt.isEmpty())
        return failed(tr("it was already undone on %1").arg(merge->undoneAt));
    // Every entity this merge changed must still point where the merge put it; otherwise a later
    // merge (of the survivor into another entity) stands on it.
    Statement moved = db.prepare(
        QStringLiteral("SELECT count(*) FROM resolve_merge_changes c JOIN entities e ON e.id = c.entity_id "
                       "WHERE c.merge_id = ? AND e.merged_into IS NOT ?"));
    moved.bind(1, mergeId).bind(2, merge->survivorId);
    if (!moved.step())
        return failed(db.lastError());
    if (moved.int64(0) > 0) {
        Statement later = db.prepare(QStringLiteral(
            "SELECT min(id) FROM resolve_merges WHERE id > ? AND undone_at IS NULL AND absorbed_id = ?"));
        later.bind(1, mergeId).bind(2, merge->survivorId);
        const qint64 laterId = later.step() ? later.int64(0) : 0;
        return failed(laterId > 0 ? tr("merge %1 was made on top of it; undo that one first").arg(laterId)
                                  : tr("the entities have changed since"));
    }
    Statement restore = db.prepare(QStringLiteral(
        "UPDATE entities SET merged_into = (SELECT c.previous_merged_into FROM resolve_merge_changes c "
        "WHERE c.merge_id = ?1 AND c.entity_id = entities.id) "
        "WHERE id IN (SELECT entity_id FROM resolve_merge_changes WHERE merge_id = ?1)"));
    restore.bind(1, mergeId);
    Statement mark =
        db.prepare(QStringLiteral("UPDATE resolve_merges SET undone_at = ?, undone_by = ? WHERE id = ?"));
    mark.bind(1, now()).bind(2, m_userName).bind(3, mergeId);
    if (!restore.exec() || !mark.exec())
        return failed(db.lastError());
    if (!m_workspace.auditLog().append(AuditLog::Action::Alteration, m_userName, QStringLiteral("entity"),
                                       QString::number(merge->survivorId),
                                       QStringLiteral("merge %1 undone: entity %2 separated from %3")
                                           .arg(mergeId)
                                           .arg(merge->absorbedId)
                                           .arg(merge->survivorId)))
        return failed(db.lastError());
    if (!m_workspace.refreshSearch({merge->survivorId, merge->absorbedId}))
        return failed(db.lastError());
    return true;
}

std::optional<MergeRecord> MergeLedger::mergeRecord(qint64 mergeId)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM resolve_merges WHERE id = ?").arg(QLatin1String(kMergeColumns)));
    st.bind(1, mergeId);
    if (!st.step())
        return std::nullopt;
    return readMerge(st);
}

QList<MergeRecord> MergeLedger::mergesInto(qint64 entityId)
{
    // The standing merges whose absorbed entity now belongs to this one, directly or through
    // an entity that was merged into it later.
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM resolve_merges m WHERE m.undone_at IS NULL AND "
                       "(SELECT coalesce(e.merged_into, e.id) FROM entities e WHERE e.id = m.absorbed_id) = "
                       "? ORDER BY m.id")
            .arg(QLatin1String(kMergeColumns)));
    st.bind(1, entityId);
    QList<MergeRecord> out;
    while (st.step())
        out << readMerge(st);
    return out;
}

QList<MergeRecord> MergeLedger::history(int limit)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM resolve_merges ORDER BY id DESC LIMIT ?")
            .arg(QLatin1String(kMergeColumns)));
    st.bind(1, limit);
    QList<MergeRecord> out;
    while (st.step())
        out << readMerge(st);
    return out;
}

} // namespace fc
