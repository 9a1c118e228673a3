#include "store/workspace.h"

#include "model/linktype.h"

#include "store/schema.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fc {

namespace {

// Shared column list and joins for provenance queries: a source record with its import (the
// sheet of a workbook is in the spec recorded with its import).
const char *const kProvenanceColumns =
    "sr.id, sr.import_id, i.organisation, i.file_name, i.sha256, sr.row_number, sr.grade_source, "
    "sr.grade_intelligence, sr.grade_handling, sr.handling_conditions, sr.legacy_source, "
    "sr.legacy_intelligence, sr.legacy_handling, json_extract(i.spec_json, '$.format.sheet')";

QChar firstChar(const QString &s)
{
    return s.isEmpty() ? QChar() : s.at(0);
}

// Reads kProvenanceColumns starting at column `c`.
Provenance readProvenance(const Statement &st, int c)
{
    Provenance p;
    p.sourceRecordId = st.int64(c);
    p.importId = st.int64(c + 1);
    p.organisation = st.text(c + 2);
    p.fileName = st.text(c + 3);
    p.sha256 = st.text(c + 4);
    p.rowNumber = st.int64(c + 5);
    p.grading.source = firstChar(st.text(c + 6));
    p.grading.intelligence = firstChar(st.text(c + 7));
    p.grading.handling = firstChar(st.text(c + 8));
    p.grading.conditions = st.text(c + 9);
    p.grading.legacySource = st.text(c + 10);
    p.grading.legacyIntelligence = st.text(c + 11);
    p.grading.legacyHandling = st.text(c + 12);
    p.sheet = st.text(c + 13); // recorded with a workbook's import (Importer)
    return p;
}

const char *const kEntityColumns = "id, type, subtype, label, occurred_at, value_gbp, area, offence";

EntityRecord readEntity(const Statement &st)
{
    EntityRecord e;
    e.id = st.int64(0);
    e.type = static_cast<EntityType>(st.int64(1));
    e.subtype = st.text(2);
    e.label = st.text(3);
    e.occurredAt = st.text(4);
    e.valueGbp = st.real(5);
    e.area = st.text(6);
    e.offence = st.text(7);
    return e;
}

ImportInfo readImport(const Statement &st)
{
    ImportInfo i;
    i.id = st.int64(0);
    i.fileName = st.text(1);
    i.filePath = st.text(2);
    i.fileSize = st.int64(3);
    i.sha256 = st.text(4);
    i.specName = st.text(5);
    i.organisation = st.text(6);
    i.organisationKind = st.text(7);
    i.userName = st.text(8);
    i.startedAt = st.text(9);
    i.finishedAt = st.text(10);
    i.encoding = st.text(11);
    i.delimiter = st.text(12);
    i.rowsRead = st.int64(13);
    i.rowsAccepted = st.int64(14);
    i.rowsRejected = st.int64(15);
    i.recordsUpdated = st.int64(16);
    i.valuesUnparsed = st.int64(17);
    return i;
}

const char *const kImportColumns =
    "id, file_name, file_path, file_size, sha256, spec_name, organisation, organisation_kind, user_name, "
    "started_at, finished_at, encoding, delimiter, rows_read, rows_accepted, rows_rejected, records_updated, "
    "values_unparsed";

// Links are reported between live entities: an end that was merged into another entity is
// reported as the entity it was merged into, so that analysis follows merges at once.
const char *const kLinkSelect =
    "SELECT l.id, l.type, coalesce(ef.merged_into, l.from_id), coalesce(et.merged_into, l.to_id), "
    "l.occurred_at, "
    "i.organisation, i.id, sr.grade_source, sr.grade_intelligence, sr.grade_handling, "
    "sr.handling_conditions, l.weight "
    "FROM links l JOIN entities ef ON ef.id = l.from_id JOIN entities et ON et.id = l.to_id "
    "JOIN source_records sr ON sr.id = l.source_record_id "
    "JOIN imports i ON i.id = sr.import_id ";

// The entity and every entity merged into it.
const char *const kMergedSet = "(SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1)";

LinkRecord readLink(const Statement &st)
{
    LinkRecord l;
    l.id = st.int64(0);
    l.type = st.text(1);
    l.from = st.int64(2);
    l.to = st.int64(3);
    l.occurredAt = st.text(4);
    l.organisation = st.text(5);
    l.importId = st.int64(6);
    l.grading.source = firstChar(st.text(7));
    l.grading.intelligence = firstChar(st.text(8));
    l.grading.handling = firstChar(st.text(9));
    l.grading.conditions = st.text(10);
    l.weight = st.real(11);
    return l;
}

} // namespace

Workspace::~Workspace() = default;

QString Workspace::osUserName()
{
    // The account the process runs as, from the system's user database: the environment can be
    // unset (cron, a service, a container) or say something else (su without -).
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    // An account the user database does not know (a container run with an arbitrary uid), Windows.
    for (const char *var : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    return QStringLiteral("uid %1").arg(geteuid());
#else
    return QStringLiteral("unknown");
#endif
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error, const QByteArray &passphrase)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!ws->m_db.open(path, Database::OpenMode::ReadWriteCreate, passphrase)) {
        if (error)
            *error = ws->m_db.lastError();
        return nullptr;
    }
    // A file that is not SQLite fails on the first read, not on open.
    if (ws->m_db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"), -1) < 0) {
        if (error) {
            const int code = ws->m_db.lastErrorCode() & 0xff; // the primary result code
            if (ws->m_db.isReadOnly() && (code == SQLITE_CANTOPEN || code == SQLITE_READONLY))
                // A read-only workspace in WAL mode cannot be read when its folder refuses the
                // -wal and -shm files SQLite keeps beside it: say so, not "not a workspace".
                *error = QCoreApplication::translate(
                             "Workspace", "cannot open workspace %1: the file and its folder are "
                                          "read-only, and FusionCell keeps working files (-wal, -shm) "
                                          "beside it; check the permissions of the file and its "
                                          "folder, or copy it to a writable folder")
                             .arg(path);
            else if (code == SQLITE_NOTADB)
                *error = QCoreApplication::translate("Workspace", "%1 is not a FusionCell workspace: %2")
                             .arg(path, ws->m_db.lastError());
            else
                *error = QCoreApplication::translate("Workspace", "cannot open workspace %1: %2")
                             .arg(path, ws->m_db.lastError());
        }
        return nullptr;
    }
    if (!Schema::migrate(ws->m_db, error))
        return nullptr;
    // The link types its imports declared are shown by their display names.
    for (const LinkTypeInfo &t : ws->declaredLinkTypes())
        LinkTypes::declare(t.name, t.displayName);
    ws->m_userName = osUserName();
    return ws;
}

bool Workspace::looksEncrypted(const QString &path)
{
    // A plain SQLite file starts with this header; an encrypted one is random bytes throughout.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(16);
    return head.size() == 16 && head != QByteArray("SQLite format 3\0", 16);
}

bool Workspace::exportCopy(const QString &path, const QByteArray &newPassphrase, QString *error)
{
    if (QFile::exists(path)) {
        if (error)
            *error =
                QCoreApplication::translate("Workspace", "%1 already exists: choose a new file").arg(path);
        return false;
    }
#ifdef FUSIONCELL_HAS_ENCRYPTION
    // sqlcipher_export copies schema, data and user_version into the attached database, which is
    // keyed through a bound parameter (an empty key means a plain copy).
    Statement attach = m_db.prepare(QStringLiteral("ATTACH DATABASE ?1 AS export_copy KEY ?2"));
    attach.bind(1, path).bind(2, newPassphrase.isEmpty() ? QByteArray("") : newPassphrase);
    // bind() of a QByteArray is a BLOB; SQLCipher takes a BLOB key as the passphrase bytes.
    bool ok = attach.exec();
    if (ok) {
        Statement exportStmt = m_db.prepare(QStringLiteral("SELECT sqlcipher_export('export_copy')"));
        // sqlcipher_export does not carry the schema version over; the number is ours, not user text.
        ok = exportStmt.exec() &&
             m_db.exec(QStringLiteral("PRAGMA export_copy.user_version = %1").arg(m_db.userVersion()));
        const QString exportError = m_db.lastError();
        m_db.exec(QStringLiteral("DETACH DATABASE export_copy"));
        if (!ok)
            m_db.setError(exportError);
    }
    if (!ok) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "cannot write the copy %1: %2")
                         .arg(path, m_db.lastError());
        QFile::remove(path);
        return false;
    }
    return true;
#else
    if (!newPassphrase.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Workspace",
                                                 "this build of FusionCell cannot encrypt workspaces");
        return false;
    }
    Statement copy = m_db.prepare(QStringLiteral("VACUUM INTO ?"));
    copy.bind(1, path);
    if (!copy.exec()) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "cannot write the copy %1: %2")
                         .arg(path, m_db.lastError());
        return false;
    }
    return true;
#endif
}

bool Workspace::changePassphrase(const QByteArray &newPassphrase, QString *error)
{
    if (newPassphrase.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                "Workspace", "the new passphrase is empty: to remove encryption, decrypt to a plain copy");
        return false;
    }
    if (!m_db.rekey(newPassphrase)) {
        if (error)
            *error = m_db.lastError();
        return false;
    }
    return true;
}

QMap<EntityType, qint64> Workspace::countsByType()
{
    QMap<EntityType, qint64> out;
    for (EntityType t : EntityTypes::all())
        out[t] = 0;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT type, count(*) FROM entities WHERE merged_into IS NULL GROUP BY type"));
    while (st.step())
        out[static_cast<EntityType>(st.int64(0))] = st.int64(1);
    return out;
}

qint64 Workspace::linkCount()
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM links"), 0);
}

QList<ImportInfo> Workspace::imports()
{
    QList<ImportInfo> out;
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM imports ORDER BY id").arg(kImportColumns));
    while (st.step())
        out << readImport(st);
    return out;
}

bool Workspace::isEmpty()
{
    return m_db.scalarInt(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entities LIMIT 1)"), 1) == 0 &&
           m_db.scalarInt(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM source_records LIMIT 1)"), 1) == 0;
}

std::optional<ImportInfo> Workspace::importBySha256(const QString &sha256, const QString &sheet)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM imports WHERE sha256 = ? "
                       "AND coalesce(json_extract(spec_json, '$.format.sheet'), '') = coalesce(?, '') ORDER BY id LIMIT 1")
            .arg(kImportColumns));
    st.bind(1, sha256);
    st.bind(2, sheet);
    if (st.step())
        return readImport(st);
    return std::nullopt;
}

QList<RejectInfo> Workspace::rejects(qint64 importId)
{
    QList<RejectInfo> out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT row_number, line_number, column_name, reason, raw FROM rejects WHERE import_id = ? "
        "ORDER BY row_number"));
    st.bind(1, importId);
    while (st.step())
        out << RejectInfo{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4)};
    return out;
}

namespace {
QList<UnparsedInfo> readUnparsed(Statement &st)
{
    QList<UnparsedInfo> out;
    while (st.step())
        out << UnparsedInfo{st.int64(0), st.int64(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6)};
    return out;
}
} // namespace

QList<UnparsedInfo> Workspace::unparsedValues(qint64 importId)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT sr.row_number, m.entity_id, m.role, u.field, u.column_name, u.raw, u.reason "
        "FROM unparsed_values u JOIN mentions m ON m.id = u.mention_id "
        "JOIN source_records sr ON sr.id = u.source_record_id WHERE sr.import_id = ? ORDER BY sr.row_number, u.id"));
    st.bind(1, importId);
    return readUnparsed(st);
}

QList<UnparsedInfo> Workspace::unparsedValuesOf(qint64 entityId)
{
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT sr.row_number, m.entity_id, m.role, u.field, u.column_name, u.raw, u.reason "
        "FROM unparsed_values u JOIN mentions m ON m.id = u.mention_id "
        "JOIN source_records sr ON sr.id = u.source_record_id "
        "WHERE m.entity_id = ?1 OR m.entity_id IN (SELECT id FROM entities WHERE merged_into = ?1) "
        "ORDER BY sr.import_id, sr.row_number, u.id"));
    st.bind(1, entityId);
    return readUnparsed(st);
}

QList<LinkTypeInfo> Workspace::declaredLinkTypes()
{
    QList<LinkTypeInfo> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT name, display_name, from_type, to_type FROM link_types ORDER BY name"));
    while (st.step())
        out << LinkTypeInfo{st.text(0), st.text(1), st.text(2), st.text(3)};
    return out;
}

QList<SearchHit> Workspace::search(const QString &text, int limit)
{
    // Build an FTS5 query from plain words: each word becomes a quoted prefix term, so that user
    // text can never be read as FTS syntax (NEAR, column filters, unbalanced quotes...).
    static const QRegularExpression splitter(QStringLiteral("[\\s\\p{P}]+"));
    QStringList terms;
    for (const QString &word : text.split(splitter, Qt::SkipEmptyParts))
        terms << QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QLatin1String("\"*");
    QList<SearchHit> out;
    if (terms.isEmpty())
        return out;
    Statement st = m_db.prepare(QStringLiteral(
        "SELECT e.id, e.type, e.label, snippet(search, 1, '', '', '…', 12) FROM search "
        "JOIN entities e ON e.id = search.rowid WHERE search MATCH ? AND e.merged_into IS NULL "
        "ORDER BY rank LIMIT ?"));
    st.bind(1, terms.join(QLatin1Char(' ')));
    st.bind(2, limit);
    while (st.step())
        out << SearchHit{st.int64(0), static_cast<EntityType>(st.int64(1)), st.text(2),
                         st.text(3).replace(QChar(searchSeparator), QStringLiteral(" · "))};
    int persons = 0;
    for (const SearchHit &h : std::as_const(out))
        persons += h.type == EntityType::Person ? 1 : 0;
    if (persons > 0)
        auditLog().append(
            AuditLog::Action::Consultation, m_userName, QStringLiteral("search"), QString(),
            QStringLiteral("search \"%1\" returned %2 persons").arg(text, QString::number(persons)),
            m_purpose);
    return out;
}

bool Workspace::recordConsultation(qint64 entityId, const QString &justification)
{
    const auto e = entity(entityId);
    return auditLog().append(AuditLog::Action::Consultation, m_userName,
                             e ? EntityTypes::name(e->type) : QStringLiteral("entity"),
                             QString::number(entityId), QStringLiteral("profile opened"), justification);
}

bool Workspace::recordDisclosure(const QString &objectType, const QString &objectId, const QString &detail,
                                 const QString &recipient, const QString &justification)
{
    return auditLog().append(AuditLog::Action::Disclosure, m_userName, objectType, objectId, detail,
                             justification, recipient);
}

QList<EntityRecord> Workspace::entities(std::optional<EntityType> type, int limit, int offset)
{
    QList<EntityRecord> out;
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM entities WHERE merged_into IS NULL AND (?1 IS NULL OR type = ?1) "
                       "ORDER BY label COLLATE NOCASE, id LIMIT ?2 OFFSET ?3")
            .arg(kEntityColumns));
    if (type)
        st.bind(1, int(*type));
    else
        st.bindNull(1);
    st.bind(2, limit);
    st.bind(3, offset);
    while (st.step())
        out << readEntity(st);
    return out;
}

std::optional<EntityRecord> Workspace::entity(qint64 id)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT %1 FROM entities WHERE id = ?").arg(kEntityColumns));
    st.bind(1, id);
    if (st.step())
        return readEntity(st);
    return std::nullopt;
}

QList<AttributeValue> Workspace::attributes(qint64 entityId)
{
    QList<AttributeValue> out;
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT a.name, a.value, %1 FROM attributes a "
            "JOIN source_records sr ON sr.id = a.source_record_id JOIN imports i ON i.id = sr.import_id "
            "WHERE a.entity_id IN %2 ORDER BY a.name, a.mention_id, a.position")
            .arg(kProvenanceColumns, kMergedSet));
    st.bind(1, entityId);
    while (st.step())
        out << AttributeValue{st.text(0), st.text(1), readProvenance(st, 2)};
    return out;
}

QList<Provenance> Workspace::sourcesOf(qint64 entityId)
{
    QList<Provenance> out;
    Statement st = m_db.prepare(
        QStringLiteral(
            "SELECT %1, es.role FROM entity_sources es JOIN source_records sr ON sr.id = es.source_record_id "
            "JOIN imports i ON i.id = sr.import_id WHERE es.entity_id IN %2 ORDER BY sr.import_id, "
            "sr.row_number")
            .arg(kProvenanceColumns, kMergedSet));
    st.bind(1, entityId);
    while (st.step()) {
        Provenance p = readProvenance(st, 0);
        p.role = st.text(14);
        out << p;
    }
    return out;
}

QList<LinkRecord> Workspace::linksOf(qint64 entityId)
{
    QList<LinkRecord> out;
    Statement st =
        m_db.prepare(QString::fromLatin1(kLinkSelect) +
                     QStringLiteral("WHERE l.from_id IN %1 OR l.to_id IN %1 ORDER BY l.id").arg(kMergedSet));
    st.bind(1, entityId);
    while (st.step())
        out << readLink(st);
    return out;
}

std::optional<Provenance> Workspace::provenanceOfLink(qint64 linkId)
{
    Statement st = m_db.prepare(
        QStringLiteral("SELECT %1 FROM links l JOIN source_records sr ON sr.id = l.source_record_id "
                       "JOIN imports i ON i.id = sr.import_id WHERE l.id = ?")
            .arg(kProvenanceColumns));
    st.bind(1, linkId);
    if (st.step())
        return readProvenance(st, 0);
    return std::nullopt;
}

QList<ChartInfo> Workspace::charts()
{
    QList<ChartInfo> out;
    Statement st =
        m_db.prepare(QStringLiteral("SELECT id, name, updated_at FROM charts ORDER BY updated_at DESC, id"));
    while (st.step())
        out << ChartInfo{st.int64(0), st.text(1), st.text(2)};
    return out;
}

QByteArray Workspace::chartData(qint64 chartId)
{
    Statement st = m_db.prepare(QStringLiteral("SELECT data FROM charts WHERE id = ?"));
    st.bind(1, chartId);
    return st.step() ? st.text(0).toUtf8() : QByteArray();
}

qint64 Workspace::saveChart(qint64 chartId, const QString &name, const QByteArray &data, QString *error)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statement st =
        chartId > 0 ? m_db.prepare(QStringLiteral(
                          "UPDATE charts SET name = ?1, data = ?2, updated_at = ?3 WHERE id = ?4"))
                    : m_db.prepare(QStringLiteral(
                          "INSERT INTO charts(name, data, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)"));
    st.bind(1, name).bind(2, QString::fromUtf8(data)).bind(3, now);
    if (chartId > 0)
        st.bind(4, chartId);
    if (!st.exec()) {
        if (error)
            *error = QCoreApplication::translate("Workspace", "cannot save chart \"%1\": %2")
                         .arg(name, m_db.lastError());
        return 0;
    }
    return chartId > 0 ? chartId : m_db.lastInsertRowId();
}

bool Workspace::deleteChart(qint64 chartId)
{
    Statement st = m_db.prepare(QStringLiteral("DELETE FROM charts WHERE id = ?"));
    st.bind(1, chartId);
    return st.exec();
}

bool Workspace::isSearchable(const QString &attribute)
{
    return !attribute.endsWith(QLatin1String("_at")) && !attribute.endsWith(QLatin1String("_gbp")) &&
           attribute != QLatin1String("lat") && attribute != QLatin1String("lon") &&
           attribute != QLatin1String("quantity");
}

bool Workspace::refreshSearch(const QList<qint64> &entityIds)
{
    // One pass over a temporary set of ids rather than a statement per entity.
    if (!m_db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched(id INTEGER PRIMARY KEY)")) ||
        !m_db.exec(QStringLiteral("DELETE FROM temp.touched")))
        return false;
    // An entity merged into another is searched through the entity it was merged into.
    Statement add =
        m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.touched(id) SELECT coalesce((SELECT "
                                    "merged_into FROM entities WHERE id = ?1), ?1)"));
    for (qint64 id : entityIds) {
        add.bind(1, id);
        if (!add.exec())
            return false;
    }
    return m_db.exec(QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT id FROM temp.touched)")) &&
           m_db.exec(QStringLiteral(
               "INSERT INTO search(rowid, label, body) SELECT e.id, e.label, "
               "(SELECT group_concat(v, char(31)) FROM (SELECT DISTINCT a.value AS v FROM attributes a WHERE "
               "a.entity_id IN "
               "(SELECT x.id FROM entities x WHERE x.id = e.id OR x.merged_into = e.id) "
               // As isSearchable().
               "AND a.name NOT LIKE '%\\_at' ESCAPE '\\' AND a.name NOT LIKE '%\\_gbp' ESCAPE '\\' "
               "AND a.name NOT IN ('lat', 'lon', 'quantity'))) "
               "FROM entities e JOIN temp.touched t ON t.id = e.id WHERE e.merged_into IS NULL")) &&
           m_db.exec(QStringLiteral("DELETE FROM temp.touched"));
}

QList<EntityRecord> Workspace::entityRecords()
{
    return entities(std::nullopt);
}

QList<LinkRecord> Workspace::linkRecords()
{
    QList<LinkRecord> out;
    Statement st = m_db.prepare(QString::fromLatin1(kLinkSelect) + QStringLiteral("ORDER BY l.id"));
    while (st.step())
        out << readLink(st);
    return out;
}

} // namespace fc
