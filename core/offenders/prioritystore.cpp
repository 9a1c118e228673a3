#include "offenders/prioritystore.h"

#include "offenders/priorityscorer.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QJsonDocument>

namespace fc {

namespace {
const QString kBandsKey = QStringLiteral("priority_bands");
}

PriorityStore::PriorityStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

PriorityBands PriorityStore::bands()
{
    Statement st = m_workspace.database().prepare(QStringLiteral("SELECT value FROM offender_settings WHERE key = ?"));
    st.bind(1, kBandsKey);
    if (st.step()) {
        const auto b = PriorityBands::fromJson(QJsonDocument::fromJson(st.text(0).toUtf8()).object(), nullptr);
        if (b)
            return *b;
    }
    return PriorityBands::defaults();
}

bool PriorityStore::isCustomised()
{
    Statement st = m_workspace.database().prepare(QStringLiteral("SELECT 1 FROM offender_settings WHERE key = ?"));
    st.bind(1, kBandsKey);
    return st.step();
}

bool PriorityStore::setBands(const PriorityBands &bands, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO offender_settings(key, value, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value, changed_by = excluded.changed_by, "
        "changed_at = excluded.changed_at"));
    const QString json = QString::fromUtf8(QJsonDocument(bands.toJson()).toJson(QJsonDocument::Compact));
    st.bind(1, kBandsKey).bind(2, json).bind(3, m_workspace.userName())
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!st.exec()
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(),
                                          QStringLiteral("priority bands"), QString(), json)
        || !tx.commit()) {
        if (error)
            *error = tr("cannot store the priority bands: %1").arg(db.lastError());
        return false;
    }
    return true;
}

bool PriorityStore::resetBands(QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral("DELETE FROM offender_settings WHERE key = ?"));
    st.bind(1, kBandsKey);
    if (!st.exec()
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(),
                                          QStringLiteral("priority bands"), QString(), QStringLiteral("reset to the defaults"))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot reset the priority bands: %1").arg(db.lastError());
        return false;
    }
    return true;
}

qint64 PriorityStore::saveReview(const QList<PriorityScore> &ranking, const QDate &asOf, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement review = db.prepare(QStringLiteral(
        "INSERT INTO offender_reviews(reviewed_at, reviewed_by, as_of, method) VALUES (?1, ?2, ?3, ?4)"));
    review.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(2, m_workspace.userName());
    review.bind(3, asOf.toString(Qt::ISODate));
    review.bind(4, QString::fromUtf8(QJsonDocument(bands().toJson()).toJson(QJsonDocument::Compact)));
    bool ok = review.exec();
    const qint64 id = db.lastInsertRowId();
    Statement rank = db.prepare(QStringLiteral(
        "INSERT INTO offender_review_ranks(review_id, person_id, rank, score) VALUES (?1, ?2, ?3, ?4)"));
    for (int i = 0; ok && i < ranking.size(); ++i) {
        const PriorityScore &s = ranking.at(i);
        rank.bind(1, id).bind(2, s.personId).bind(3, s.rank).bind(4, double(s.score));
        ok = rank.exec();
        rank.reset();
    }
    if (!ok
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(),
                                          QStringLiteral("priority review"), QString::number(id),
                                          QStringLiteral("%1 people ranked as of %2").arg(ranking.size()).arg(asOf.toString(Qt::ISODate)))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot save the review: %1").arg(db.lastError());
        return 0;
    }
    return id;
}

bool PriorityStore::removeReview(qint64 reviewId, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement ranks = db.prepare(QStringLiteral("DELETE FROM offender_review_ranks WHERE review_id = ?"));
    ranks.bind(1, reviewId);
    Statement review = db.prepare(QStringLiteral("DELETE FROM offender_reviews WHERE id = ?"));
    review.bind(1, reviewId);
    if (!ranks.exec() || !review.exec() || db.changes() != 1
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(),
                                          QStringLiteral("priority review"), QString::number(reviewId),
                                          QStringLiteral("review withdrawn"))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot withdraw review %1: %2").arg(reviewId).arg(db.lastError());
        return false;
    }
    return true;
}

PriorityReview PriorityStore::lastReview()
{
    PriorityReview r;
    Database &db = m_workspace.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, reviewed_at, reviewed_by, as_of FROM offender_reviews ORDER BY id DESC LIMIT 1"));
    if (!st.step())
        return r;
    r.id = st.int64(0);
    r.reviewedAt = st.text(1);
    r.reviewedBy = st.text(2);
    r.asOf = st.text(3);
    Statement ranks = db.prepare(QStringLiteral("SELECT person_id, rank FROM offender_review_ranks WHERE review_id = ?"));
    ranks.bind(1, r.id);
    while (ranks.step())
        r.ranks.insert(ranks.int64(0), int(ranks.int64(1)));
    return r;
}

} // namespace fc
