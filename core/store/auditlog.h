#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace fc {

class Database;

/** One entry of the audit trail. */
struct AuditEntry
{
    qint64 id = 0;
    QString at;            // UTC, ISO 8601
    QString userName;
    QString action;        // see AuditLog::Action names
    QString objectType;    // "import", "entity", "search", "chart", "report"...
    QString objectId;
    QString detail;        // what was touched; never the personal data itself where avoidable
    QString justification; // required for consultation of a profile and for disclosure
    QString recipient;     // disclosure: who receives it
    QString prevHash;
    QString hash;
};

/** Filters for listing the audit trail. Empty fields match everything. */
struct AuditFilter
{
    QString action;
    QString userName;
    QString since; // ISO 8601, inclusive
    QString until; // ISO 8601, exclusive
    int limit = -1;
};

/**
 * The workspace's tamper-evident audit trail, as DPA 2018 s.62 requires: every collection,
 * alteration, consultation, disclosure, combination and erasure with who, when, what and (for
 * consultation and disclosure) why and to whom. Each entry's SHA-256 covers its fields and the
 * previous entry's hash, so that an altered, inserted or removed entry breaks the chain; triggers
 * refuse UPDATE and DELETE. Appends join the caller's transaction when one is open.
 */
class AuditLog
{
public:
    enum class Action { Collection, Alteration, Consultation, Disclosure, Combination, Erasure };

    explicit AuditLog(Database &db);

    static QString actionName(Action action);

    /** Appends an entry; false (and db.lastError()) on failure. */
    bool append(Action action, const QString &userName, const QString &objectType, const QString &objectId,
                const QString &detail, const QString &justification = QString(),
                const QString &recipient = QString());

    QList<AuditEntry> entries(const AuditFilter &filter = {});

    /** The id of the first entry whose hash or link to its predecessor is wrong, or nullopt if intact. */
    std::optional<qint64> firstBrokenEntry(QString *reason = nullptr);

    /** The hash an entry must carry, given its fields and prevHash. */
    static QString computeHash(const AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace fc
