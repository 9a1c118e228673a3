#include "store/retentionreview.h"

#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QSet>

namespace fc {

namespace {
QChar firstChar(const QString &s)
{
    return s.isEmpty() ? QChar() : s.at(0);
}
} // namespace

RetentionReview::RetentionReview(Workspace &workspace)
    : m_ws(workspace)
{
}

QList<RetentionItem> RetentionReview::due(const QDate &asOf, int limit)
{
    QList<RetentionItem> out;
    Database &db = m_ws.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT sr.id, sr.review_date, i.organisation, i.file_name, sr.row_number, sr.grade_source, "
        "sr.grade_intelligence, sr.grade_handling, "
        "(SELECT group_concat(e.label, '; ') FROM entity_sources es JOIN entities e ON e.id = es.entity_id "
        " WHERE es.source_record_id = sr.id) "
        "FROM source_records sr JOIN imports i ON i.id = sr.import_id "
        "WHERE sr.superseded_by IS NULL AND sr.review_date <= ? ORDER BY sr.review_date, sr.id LIMIT ?"));
    st.bind(1, asOf.toString(Qt::ISODate)).bind(2, limit);
    while (st.step()) {
        RetentionItem item;
        item.sourceRecordId = st.int64(0);
        item.reviewDate = st.text(1);
        item.organisation = st.text(2);
        item.fileName = st.text(3);
        item.rowNumber = st.int64(4);
        item.grading.source = firstChar(st.text(5));
        item.grading.intelligence = firstChar(st.text(6));
        item.grading.handling = firstChar(st.text(7));
        item.entities = st.text(8).split(QStringLiteral("; "), Qt::SkipEmptyParts);
        out << item;
    }
    return out;
}

bool RetentionReview::retain(qint64 sourceRecordId, const QString &reason, const QDate &nextReview, QString *error)
{
    if (reason.trimmed().isEmpty() || !nextReview.isValid()) {
        *error = tr("retaining a record needs a reason and a next review date");
        return false;
    }
    Database &db = m_ws.database();
    Transaction tx(db);
    Statement update = db.prepare(QStringLiteral("UPDATE source_records SET review_date = ? WHERE id = ?"));
    update.bind(1, nextReview.toString(Qt::ISODate)).bind(2, sourceRecordId);
    Statement record = db.prepare(QStringLiteral(
        "INSERT INTO retention_reviews(source_record_id, decision, decided_by, decided_at, reason, next_review_date) "
        "VALUES (?, 'retain', ?, ?, ?, ?)"));
    record.bind(1, sourceRecordId).bind(2, m_ws.userName())
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(4, reason)
        .bind(5, nextReview.toString(Qt::ISODate));
    if (!tx.isActive() || !update.exec() || db.changes() != 1 || !record.exec()
        || !m_ws.auditLog().append(AuditLog::Action::Alteration, m_ws.userName(), QStringLiteral("source_record"),
                                   QString::number(sourceRecordId),
                                   QStringLiteral("retained after review until %1").arg(nextReview.toString(Qt::ISODate)),
                                   reason)
        || !tx.commit()) {
        *error = tr("cannot record the decision for record %1: %2").arg(sourceRecordId).arg(db.lastError());
        return false;
    }
    return true;
}

bool RetentionReview::erase(qint64 sourceRecordId, const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        *error = tr("erasing a record needs a reason");
        return false;
    }
    Database &db = m_ws.database();
    Transaction tx(db);
    auto failed = [&]() {
        *error = tr("cannot erase record %1: %2").arg(sourceRecordId).arg(db.lastError());
        return false;
    };
    if (!tx.isActive())
        return failed();
    // What the audit entry says: where the record came from, never what it said.
    Statement where = db.prepare(QStringLiteral(
        "SELECT i.file_name, i.organisation, sr.row_number FROM source_records sr JOIN imports i ON i.id = sr.import_id "
        "WHERE sr.id = ?"));
    where.bind(1, sourceRecordId);
    if (!where.step()) {
        *error = tr("record %1 does not exist").arg(sourceRecordId);
        return false;
    }
    const QString detail = QStringLiteral("row %1 of %2 (%3) erased after review, with its derived facts")
                               .arg(where.int64(2)).arg(where.text(0), where.text(1));
    QSet<qint64> touched;
    for (const char *sql : {"SELECT entity_id FROM mentions WHERE source_record_id = ?",
                            "SELECT from_id FROM links WHERE source_record_id = ?",
                            "SELECT to_id FROM links WHERE source_record_id = ?"}) {
        Statement st = db.prepare(QString::fromLatin1(sql));
        st.bind(1, sourceRecordId);
        while (st.step())
            touched.insert(st.int64(0));
    }
    for (const char *sql : {"DELETE FROM mentions WHERE source_record_id = ?", "DELETE FROM links WHERE source_record_id = ?",
                            "DELETE FROM retention_reviews WHERE source_record_id = ?",
                            "DELETE FROM source_records WHERE id = ?"}) {
        Statement st = db.prepare(QString::fromLatin1(sql));
        st.bind(1, sourceRecordId);
        if (!st.exec())
            return failed();
    }
    // Entities no other record mentions go too, with their keys, links and search entries.
    QList<qint64> refresh;
    for (qint64 id : std::as_const(touched)) {
        Statement left = db.prepare(QStringLiteral(
            "SELECT count(*) FROM mentions WHERE entity_id = ?1"));
        left.bind(1, id);
        if (!left.step())
            return failed();
        if (left.int64(0) > 0) {
            refresh << id;
            continue;
        }
        for (const char *sql : {"UPDATE entities SET merged_into = NULL WHERE merged_into = ?1",
                                "DELETE FROM links WHERE from_id = ?1 OR to_id = ?1", "DELETE FROM search WHERE rowid = ?1",
                                "DELETE FROM entities WHERE id = ?1"}) {
            Statement st = db.prepare(QString::fromLatin1(sql));
            st.bind(1, id);
            if (!st.exec())
                return failed();
        }
    }
    if (!m_ws.refreshSearch(refresh)
        || !m_ws.auditLog().append(AuditLog::Action::Erasure, m_ws.userName(), QStringLiteral("source_record"),
                                   QString::number(sourceRecordId), detail, reason)
        || !tx.commit())
        return failed();
    return true;
}

} // namespace fc
