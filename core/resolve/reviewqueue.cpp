#include "resolve/reviewqueue.h"

#include "resolve/mergeledger.h"
#include "store/auditlog.h"
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

const char *const kItemSelect =
    "SELECT r.id, r.entity_type, r.entity_a, r.entity_b, r.score, r.explanation, r.status FROM "
    "resolve_review r "
    "JOIN entities ea ON ea.id = r.entity_a JOIN entities eb ON eb.id = r.entity_b "
    "WHERE coalesce(ea.merged_into, ea.id) <> coalesce(eb.merged_into, eb.id) ";

ReviewItem readItem(const Statement &st)
{
    ReviewItem i;
    i.id = st.int64(0);
    i.type = EntityType(st.int64(1));
    i.entityA = st.int64(2);
    i.entityB = st.int64(3);
    i.score = st.real(4);
    i.explanation = st.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    i.skipped = st.text(6) == QLatin1String("skipped");
    return i;
}

/** Every column of the row a statement stands on, to be put back as it was (undoDecision). */
QVariantList wholeRow(const Statement &st)
{
    QVariantList row;
    for (int c = 0; c < st.columnCount(); ++c)
        row << st.value(c);
    return row;
}

} // namespace

ReviewQueue::ReviewQueue(Workspace &workspace) : m_workspace(workspace), m_userName(workspace.userName()) {}

QList<ReviewItem> ReviewQueue::pending(std::optional<EntityType> type, int limit)
{
    Statement st = m_workspace.database().prepare(
        QString::fromLatin1(kItemSelect) +
        QStringLiteral("AND (?1 IS NULL OR r.entity_type = ?1) "
                       "ORDER BY r.status = 'skipped', r.skipped_at, r.score DESC, r.id LIMIT ?2"));
    if (type)
        st.bind(1, int(*type));
    else
        st.bindNull(1);
    st.bind(2, limit);
    QList<ReviewItem> out;
    while (st.step())
        out << readItem(st);
    return out;
}

QList<ReviewPriority::Ranked> ReviewQueue::prioritised(std::optional<EntityType> type, int limit)
{
    QList<ReviewPriority::Ranked> out = ReviewPriority(m_workspace).order(pending(type));
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

int ReviewQueue::pendingCount()
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT count(*) FROM (%1)").arg(QString::fromLatin1(kItemSelect)));
    return st.step() ? int(st.int64(0)) : 0;
}

std::optional<ReviewItem> ReviewQueue::item(qint64 id)
{
    Statement st =
        m_workspace.database().prepare(QString::fromLatin1(kItemSelect) + QStringLiteral("AND r.id = ?"));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readItem(st);
}

ReviewSide ReviewQueue::side(qint64 entityId)
{
    ReviewSide s;
    s.entityId = MergeLedger(m_workspace).rootOf(entityId);
    if (const auto e = m_workspace.entity(s.entityId))
        s.label = e->label;
    s.attributes = m_workspace.attributes(s.entityId);
    s.sources = m_workspace.sourcesOf(s.entityId);
    return s;
}

bool ReviewQueue::enqueue(EntityType type, qint64 a, qint64 b, double score, const QStringList &explanation,
                          QString *error)
{
    Database &db = m_workspace.database();
    const qint64 lo = std::min(a, b), hi = std::max(a, b);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO resolve_review(entity_type, entity_a, entity_b, score, explanation, created_at) "
        "SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE NOT EXISTS "
        "(SELECT 1 FROM resolve_decisions d WHERE d.entity_a = ?2 AND d.entity_b = ?3) "
        "ON CONFLICT(entity_a, entity_b) DO UPDATE SET score = excluded.score, explanation = "
        "excluded.explanation"));
    st.bind(1, int(type))
        .bind(2, lo)
        .bind(3, hi)
        .bind(4, score)
        .bind(5, explanation.join(QLatin1Char('\n')))
        .bind(6, now());
    if (!st.exec()) {
        if (error)
            *error = tr("cannot queue entities %1 and %2 for review: %3").arg(lo).arg(hi).arg(db.lastError());
        return false;
    }
    return true;
}

bool ReviewQueue::accept(qint64 id, QString *error, int *settled, ReviewDecisionUndo *undo)
{
    return decide(id, Decision::Same, error, settled, undo);
}

bool ReviewQueue::reject(qint64 id, QString *error, int *settled, ReviewDecisionUndo *undo)
{
    return decide(id, Decision::Different, error, settled, undo);
}

bool ReviewQueue::decide(qint64 id, Decision decision, QString *error, int *settled, ReviewDecisionUndo *undo)
{
    if (settled)
        *settled = 0;
    Database &db = m_workspace.database();
    Transaction tx(db);
    const auto it = item(id);
    if (!tx.isActive() || !it) {
        if (error)
            *error = tr("review item %1 is not in the queue").arg(id);
        return false;
    }
    ReviewDecisionUndo record;
    record.itemId = id;
    record.entityA = it->entityA;
    record.entityB = it->entityB;
    // Remembered first, so that each side keeps the mentions it had before the merge.
    if (!rememberUndoably(it->entityA, it->entityB, decision, QString(), &record, error))
        return false;
    // The other queued pairs between the same two clusters: one decision settles them all.
    QList<std::pair<qint64, std::pair<qint64, qint64>>> others;
    {
        Statement st = db.prepare(QString::fromLatin1(kItemSelect) + QStringLiteral(
            "AND r.id <> ?1 AND ((coalesce(ea.merged_into, ea.id) = ?2 AND coalesce(eb.merged_into, eb.id) = ?3) "
            "OR (coalesce(ea.merged_into, ea.id) = ?3 AND coalesce(eb.merged_into, eb.id) = ?2))"));
        MergeLedger roots(m_workspace);
        st.bind(1, id).bind(2, roots.rootOf(it->entityA)).bind(3, roots.rootOf(it->entityB));
        while (st.step())
            others.append({st.int64(0), {st.int64(2), st.int64(3)}});
    }
    for (const auto &[otherId, pair] : std::as_const(others)) {
        if (!rememberUndoably(pair.first, pair.second, decision, tr("settled with review item %1").arg(id),
                              &record, error))
            return false;
        if (!dropFromQueue(otherId, &record)) {
            if (error)
                *error = tr("cannot settle review item %1: %2").arg(otherId).arg(db.lastError());
            return false;
        }
    }
    QList<qint64> touched;
    if (decision == Decision::Same) {
        MergeLedger ledger(m_workspace);
        ledger.setUserName(m_userName);
        record.mergeId = ledger.mergeWithin(it->entityA, it->entityB, it->score,
                                            it->explanation.join(QLatin1Char('\n')), QStringLiteral("review"),
                                            &touched, error);
        if (!record.mergeId)
            return false;
    }
    if (!dropFromQueue(id, &record) || !m_workspace.refreshSearch(touched) || !tx.commit()) {
        if (error && error->isEmpty())
            *error = tr("cannot record the decision on review item %1: %2").arg(id).arg(db.lastError());
        return false;
    }
    if (settled)
        *settled = int(others.size());
    if (undo)
        *undo = std::move(record);
    return true;
}

bool ReviewQueue::rememberUndoably(qint64 a, qint64 b, Decision decision, const QString &note,
                                   ReviewDecisionUndo *undo, QString *error)
{
    const std::pair<qint64, qint64> key{std::min(a, b), std::max(a, b)};
    if (!undo->remembered.contains(key)) {
        Statement before = m_workspace.database().prepare(
            QStringLiteral("SELECT * FROM resolve_decisions WHERE entity_a = ? AND entity_b = ?"));
        before.bind(1, key.first).bind(2, key.second);
        if (before.step())
            undo->replaced << wholeRow(before);
        undo->remembered << key;
    }
    return remember(a, b, decision, note, error);
}

bool ReviewQueue::dropFromQueue(qint64 id, ReviewDecisionUndo *undo)
{
    Database &db = m_workspace.database();
    Statement row = db.prepare(QStringLiteral("SELECT * FROM resolve_review WHERE id = ?"));
    row.bind(1, id);
    if (!row.step())
        return false;
    const QVariantList columns = wholeRow(row);
    Statement drop = db.prepare(QStringLiteral("DELETE FROM resolve_review WHERE id = ?"));
    drop.bind(1, id);
    if (!drop.exec())
        return false;
    undo->queued << columns;
    return true;
}

bool ReviewQueue::undoDecision(const ReviewDecisionUndo &undo, QString *error)
{
    Database &db = m_workspace.database();
    auto failed = [&](const QString &why) {
        if (error)
            *error = tr("cannot undo the decision on review item %1: %2").arg(undo.itemId).arg(why);
        return false;
    };
    Transaction tx(db);
    if (!tx.isActive())
        return failed(db.lastError());
    if (undo.mergeId) {
        MergeLedger ledger(m_workspace);
        ledger.setUserName(m_userName);
        QString why;
        if (!ledger.unmergeWithin(undo.mergeId, &why))
            return failed(why);
    }
    // Puts rows back with every column as it was (ids included), in the tables' column order.
    auto restore = [&](const QString &table, const QVariantList &row) {
        QStringList marks;
        for (int c = 0; c < row.size(); ++c)
            marks << QStringLiteral("?");
        Statement insert = db.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 VALUES (%2)")
                                          .arg(table, marks.join(QLatin1Char(','))));
        for (int c = 0; c < row.size(); ++c)
            insert.bindVariant(c + 1, row.at(c));
        return insert.exec();
    };
    for (const auto &[a, b] : undo.remembered) {
        Statement forget = db.prepare(QStringLiteral("DELETE FROM resolve_decisions WHERE entity_a = ? AND entity_b = ?"));
        forget.bind(1, a).bind(2, b);
        if (!forget.exec())
            return failed(db.lastError());
    }
    for (const QVariantList &row : undo.replaced)
        if (!restore(QStringLiteral("resolve_decisions"), row))
            return failed(db.lastError());
    for (const QVariantList &row : undo.queued)
        if (!restore(QStringLiteral("resolve_review"), row))
            return failed(db.lastError());
    if (!m_workspace.auditLog().append(AuditLog::Action::Alteration, m_userName, QStringLiteral("entity"),
                                       QString::number(undo.entityA),
                                       QStringLiteral("review decision on entities %1 and %2 undone (review item %3)")
                                           .arg(undo.entityA)
                                           .arg(undo.entityB)
                                           .arg(undo.itemId))
        || !tx.commit())
        return failed(db.lastError());
    return true;
}

bool ReviewQueue::skip(qint64 id, QString *error)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("UPDATE resolve_review SET status = 'skipped', skipped_at = ? WHERE id = ?"));
    st.bind(1, now()).bind(2, id);
    if (!st.exec() || m_workspace.database().changes() != 1) {
        if (error)
            *error = tr("review item %1 is not in the queue").arg(id);
        return false;
    }
    return true;
}

bool ReviewQueue::remember(qint64 a, qint64 b, Decision decision, const QString &note, QString *error)
{
    const QStringList mentionsA = mentionsOf(std::min(a, b));
    const QStringList mentionsB = mentionsOf(std::max(a, b));
    Statement st =
        m_workspace.database().prepare(QStringLiteral("INSERT OR REPLACE INTO resolve_decisions(entity_a, "
                                                      "entity_b, decision, decided_by, decided_at, note, "
                                                      "mentions_a, mentions_b) VALUES (?,?,?,?,?,?,?,?)"));
    st.bind(1, std::min(a, b))
        .bind(2, std::max(a, b))
        .bind(3, decision == Decision::Same ? QStringLiteral("same") : QStringLiteral("different"))
        .bind(4, m_userName)
        .bind(5, now())
        .bind(6, note.isEmpty() ? QString() : note)
        .bind(7, mentionsA.join(QLatin1Char('\n')))
        .bind(8, mentionsB.join(QLatin1Char('\n')));
    if (!st.exec()) {
        if (error)
            *error = tr("cannot remember the decision on entities %1 and %2: %3")
                         .arg(a)
                         .arg(b)
                         .arg(m_workspace.database().lastError());
        return false;
    }
    return true;
}

QStringList ReviewQueue::mentionsOf(qint64 entityId)
{
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT DISTINCT i.organisation || '|' || coalesce(sr.record_key, i.file_name || '#' || "
        "sr.row_number) "
        "|| '|' || es.role FROM entity_sources es JOIN source_records sr ON sr.id = es.source_record_id "
        "JOIN imports i ON i.id = sr.import_id JOIN entities e ON e.id = es.entity_id "
        "WHERE coalesce(e.merged_into, e.id) = (SELECT coalesce(merged_into, id) FROM entities WHERE id = ?) "
        "ORDER BY 1"));
    st.bind(1, entityId);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<RememberedDecision> ReviewQueue::decisions()
{
    QList<RememberedDecision> out;
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT entity_a, entity_b, decision, mentions_a, mentions_b FROM resolve_decisions "
                       "ORDER BY entity_a, entity_b"));
    while (st.step()) {
        RememberedDecision d;
        d.entityA = st.int64(0);
        d.entityB = st.int64(1);
        d.decision = st.text(2) == QLatin1String("same") ? 1 : -1;
        d.mentionsA = st.text(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        d.mentionsB = st.text(4).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out << d;
    }
    return out;
}

} // namespace fc
