#include "store/auditlog.h"

#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>

#include <optional>

namespace fc {

namespace {
const char *const kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";
const char *const kColumns =
    "id, at, user_name, action, object_type, object_id, detail, justification, recipient, prev_hash, hash";

AuditEntry readEntry(const Statement &st)
{
    AuditEntry e;
    e.id = st.int64(0);
    e.at = st.text(1);
    e.userName = st.text(2);
    e.action = st.text(3);
    e.objectType = st.text(4);
    e.objectId = st.text(5);
    e.detail = st.text(6);
    e.justification = st.text(7);
    e.recipient = st.text(8);
    e.prevHash = st.text(9);
    e.hash = st.text(10);
    return e;
}
} // namespace

AuditLog::AuditLog(Database &db) : m_db(db) {}

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Collection:
        return QStringLiteral("collection");
    case Action::Alteration:
        return QStringLiteral("alteration");
    case Action::Consultation:
        return QStringLiteral("consultation");
    case Action::Disclosure:
        return QStringLiteral("disclosure");
    case Action::Combination:
        return QStringLiteral("combination");
    case Action::Erasure:
        return QStringLiteral("erasure");
    }
    return QString();
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    // Length-prefixed fields, so that moving text from one field to the next changes the hash.
    QByteArray data;
    for (const QString &field : {QString::number(e.id), e.at, e.userName, e.action, e.objectType, e.objectId,
                                 e.detail, e.justification, e.recipient, e.prevHash}) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(Action action, const QString &userName, const QString &objectType,
                      const QString &objectId, const QString &detail, const QString &justification,
                      const QString &recipient)
{
    // Reading the last entry and appending the next must be one write transaction: another
    // connection (the window and a worker each have one) appending in between would fork the
    // chain. Inside the caller's transaction (an import, a merge) the write lock is already held.
    std::optional<Transaction> own;
    if (!m_db.inTransaction()) {
        own.emplace(m_db);
        if (!own->isActive())
            return false;
    }
    AuditEntry e;
    Statement last = m_db.prepare(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!last.isValid())
        return false;
    if (last.step()) {
        e.id = last.int64(0) + 1;
        e.prevHash = last.text(1);
    } else {
        e.id = 1;
        e.prevHash = QString::fromLatin1(kGenesis);
    }
    e.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    e.userName = userName.isEmpty() ? QStringLiteral("unknown") : userName;
    e.action = actionName(action);
    e.objectType = objectType;
    e.objectId = objectId;
    e.detail = detail;
    e.justification = justification;
    e.recipient = recipient;
    e.hash = computeHash(e);
    Statement st = m_db.prepare(QStringLiteral("INSERT INTO audit_log(%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)")
                                    .arg(QLatin1String(kColumns)));
    st.bind(1, e.id)
        .bind(2, e.at)
        .bind(3, e.userName)
        .bind(4, e.action)
        .bind(5, e.objectType)
        .bind(6, e.objectId)
        .bind(7, e.detail)
        .bind(8, e.justification)
        .bind(9, e.recipient)
        .bind(10, e.prevHash)
        .bind(11, e.hash);
    if (!st.exec())
        return false;
    return !own || own->commit();
}

QList<AuditEntry> AuditLog::entries(const AuditFilter &filter)
{
    QList<AuditEntry> out;
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT %1 FROM audit_log WHERE (?1 = '' OR action = ?1) AND (?2 = '' OR user_name = ?2) "
            "AND (?3 = '' OR at >= ?3) AND (?4 = '' OR at < ?4) ORDER BY id LIMIT ?5")
            .arg(QLatin1String(kColumns)));
    st.bind(1, filter.action.isNull() ? QStringLiteral("") : filter.action)
        .bind(2, filter.userName.isNull() ? QStringLiteral("") : filter.userName)
        .bind(3, filter.since.isNull() ? QStringLiteral("") : filter.since)
        .bind(4, filter.until.isNull() ? QStringLiteral("") : filter.until)
        .bind(5, filter.limit);
    while (st.step())
        out << readEntry(st);
    return out;
}

std::optional<qint64> AuditLog::firstBrokenEntry(QString *reason)
{
    Statement st =
        m_db.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(QLatin1String(kColumns)));
    QString prev = QString::fromLatin1(kGenesis);
    qint64 expectedId = 1;
    while (st.step()) {
        const AuditEntry e = readEntry(st);
        auto broken = [&](const QString &why) {
            if (reason)
                *reason = why;
            return std::optional<qint64>(e.id);
        };
        if (e.id != expectedId)
            return broken(QCoreApplication::translate("AuditLog", "entry %1 is missing (found %2 next)")
                              .arg(expectedId)
                              .arg(e.id));
        if (e.prevHash != prev)
            return broken(QCoreApplication::translate("AuditLog", "entry %1 does not follow entry %2")
                              .arg(e.id)
                              .arg(e.id - 1));
        if (computeHash(e) != e.hash)
            return broken(QCoreApplication::translate(
                              "AuditLog", "entry %1 was altered (its hash does not match its content)")
                              .arg(e.id));
        prev = e.hash;
        ++expectedId;
    }
    return std::nullopt;
}

} // namespace fc
