#pragma once

#include "model/records.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/workspacetypes.h"

#include <QList>
#include <QMap>
#include <memory>
#include <optional>

namespace fc {

/**
 * A FusionCell workspace: one SQLite file (.fcdb) holding entities, links, their provenance and
 * the imports they came from. Read-side queries live here; writes go through the importer (and
 * later the resolver and editors), each in its own transaction. One Workspace per thread.
 */
class Workspace
{
public:
    ~Workspace();

    /**
     * Opens a workspace, creating and migrating it if needed. nullptr + *error on failure. With a
     * passphrase the workspace is (or is created) encrypted with SQLCipher; the passphrase is
     * never stored, logged or put into SQL text.
     */
    static std::unique_ptr<Workspace> open(const QString &path, QString *error,
                                           const QByteArray &passphrase = QByteArray());
    /** Whether the workspace file at path is encrypted (or not a workspace at all). */
    static bool looksEncrypted(const QString &path);

    /**
     * Writes a copy of this workspace to path: encrypted with newPassphrase, or plain when it is
     * empty (decrypt to a plain copy). The copy is logged as a disclosure by the caller.
     */
    bool exportCopy(const QString &path, const QByteArray &newPassphrase, QString *error);
    /** Changes the passphrase of an encrypted workspace. */
    bool changePassphrase(const QByteArray &newPassphrase, QString *error);

    Database &database() { return m_db; }

    /** Who is working: recorded in the audit trail with every access. Default: the OS user. */
    void setUserName(const QString &userName) { m_userName = userName; }
    /** The operating-system account running FusionCell: the one way every part of FusionCell
     *  knows the user. Its name in the system's user database (effective uid), else $USER,
     *  $LOGNAME or $USERNAME, else "uid N"; the same whatever the environment says. */
    static QString osUserName();
    QString userName() const { return m_userName; }
    /**
     * The purpose of access the analyst stated for this session (DPA 2018 s.62), recorded as the
     * justification of the consultations this workspace logs by itself (searches). Empty: none.
     */
    void setPurpose(const QString &purpose) { m_purpose = purpose; }
    QString purpose() const { return m_purpose; }
    AuditLog auditLog() { return AuditLog(m_db); }
    /** Logs that a person's profile (or any entity) was consulted, and why. */
    bool recordConsultation(qint64 entityId, const QString &justification);
    /** Logs a disclosure (report, case file, export) with its recipient and justification. */
    bool recordDisclosure(const QString &objectType, const QString &objectId, const QString &detail,
                          const QString &recipient, const QString &justification);
    QString path() const { return m_db.path(); }

    QMap<EntityType, qint64> countsByType();
    qint64 linkCount();
    QList<ImportInfo> imports();
    /** The first import of the file with this SHA-256 and, for a workbook, of this sheet (each sheet
     *  of a workbook is an import of its own; empty for any other file). */
    std::optional<ImportInfo> importBySha256(const QString &sha256, const QString &sheet = QString());
    /** Nothing imported yet (no entity, no source record): a first load can skip what only later ones need. */
    bool isEmpty();
    QList<RejectInfo> rejects(qint64 importId);
    /** The values kept unread on the imported rows of an import ("on_bad_value": "keep_row"), by row. */
    QList<UnparsedInfo> unparsedValues(qint64 importId);
    /** The values kept unread about an entity (and the entities merged into it), by row. */
    QList<UnparsedInfo> unparsedValuesOf(qint64 entityId);
    /** The link types import specs declared ("link_types"), by name. */
    QList<LinkTypeInfo> declaredLinkTypes();

    /**
     * Full-text search; the text is matched as prefixes of its words, never as FTS syntax. A search
     * that returns persons is a consultation and is written to the audit trail with purpose().
     */
    QList<SearchHit> search(const QString &text, int limit = 100);

    /** Entities, optionally of one type, ordered by label. limit < 0 = all. */
    QList<EntityRecord> entities(std::optional<EntityType> type, int limit = -1, int offset = 0);
    std::optional<EntityRecord> entity(qint64 id);
    QList<AttributeValue> attributes(qint64 entityId);
    QList<Provenance> sourcesOf(qint64 entityId);
    QList<LinkRecord> linksOf(qint64 entityId);
    std::optional<Provenance> provenanceOfLink(qint64 linkId);

    /** Saved link charts. saveChart() with id 0 creates one; returns the id, or 0 + *error. */
    QList<ChartInfo> charts();
    QByteArray chartData(qint64 chartId);
    qint64 saveChart(qint64 chartId, const QString &name, const QByteArray &data, QString *error);
    bool deleteChart(qint64 chartId);

    /**
     * Rebuilds the full-text entries of these entities from their labels and attribute values
     * (including those of entities merged into them); entities that no longer exist lose theirs.
     */
    bool refreshSearch(const QList<qint64> &entityIds);
    /**
     * Whether an attribute's values go into the full-text entries: names, VRMs, references,
     * places and narratives do; date-times ("*_at"), amounts ("*_gbp") and coordinates do not
     * (a search for "2024" that returns every incident finds nothing).
     */
    static bool isSearchable(const QString &attribute);
    /** Between the values in a search entry's body (shown as " · " in snippets). */
    static constexpr char16_t searchSeparator = u'\x1f';

    /** Every live entity and link, for building the analysis graph. */
    QList<EntityRecord> entityRecords();
    QList<LinkRecord> linkRecords();

private:
    Workspace() = default;
    Database m_db;
    QString m_userName;
    QString m_purpose;
};

} // namespace fc
