#pragma once

#include "ingest/validatedrow.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace fc {

class Database;
class ImportSpec;
class Workspace;
struct ImportReport;

/**
 * Writes validated rows of one import into the workspace, inside the import's transaction: the
 * source record (raw row, grading, review date), a reject, or the entities the row mentions
 * (resolved deterministically by their keys), one mention per entity with the facts the row
 * states, and the links. Then, in finish(), the indexes, search entries, counts and the audit
 * entry.
 *
 * Why it is shaped as it is: an import writes millions of rows, and what it costs is how many
 * rows SQLite writes and in what order. So the keys it resolves by are cached and the new ones
 * written once, sorted, at the end; an update that would change nothing is not sent; links
 * repeated on several rows of one export are written once; and a first load into an empty
 * workspace drops the secondary indexes and builds each once at the end (SQLite's author: "about a
 * hundred times less I/O"), since nothing reads them meanwhile.
 */
class ImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    ImportWriter(Workspace &workspace, const ImportSpec &spec, ImportReport &report);
    ~ImportWriter();

    /** Prepares the statements for the import importId (already inserted); false + report message. */
    bool begin(qint64 importId);
    bool write(ValidatedRow &row);
    /** Indexes, search entries, the import's counts and its audit entry, as userName. */
    bool finish(const QString &userName);

private:
    /**
     * A link as written in this import, so that the same fact on several rows is one link. A
     * million-row import sees millions of links: the date is kept as a number (packedDate()),
     * and only a date of another form as a string, in m_oddLinkSeen.
     */
    struct LinkSeen
    {
        qint64 from;
        qint64 to;
        qint64 date; // packedDate()
        int type;
        friend bool operator==(const LinkSeen &, const LinkSeen &) = default;
        friend size_t qHash(const LinkSeen &l, size_t seed = 0)
        {
            return qHashMulti(seed, l.type, l.from, l.to, l.date);
        }
    };
    struct OddLinkSeen
    {
        LinkSeen link;
        QString date;
        friend bool operator==(const OddLinkSeen &, const OddLinkSeen &) = default;
        friend size_t qHash(const OddLinkSeen &l, size_t seed = 0) { return qHashMulti(seed, l.link, l.date); }
    };
    /**
     * A link date of the forms the importer writes (yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss) as a number
     * that no other date of those forms has; 0 for none, -1 for a date of any other form.
     */
    static qint64 packedDate(QStringView date);
    /** Whether this link was already written by this import; if not, it is remembered as written. */
    bool linkSeenBefore(int type, qint64 from, qint64 to, const QString &date);

    bool resolve(RowEntity &e, qint64 recordId);
    bool indexForSearch(const RowEntity &e, bool created);
    qint64 findKey(const QByteArray &key);
    bool supersede(const QString &recordKey);
    bool fail(const QString &what);

    Workspace &m_ws;
    Database &m_db;
    const ImportSpec &m_spec;
    ImportReport &m_report;
    qint64 m_importId = 0;
    qint64 m_rowNumber = 0; // of the row being written
    Statement m_insertUnparsed;
    bool m_bulk = false; // first load into an empty workspace
    bool m_superseded = false;

    QHash<QByteArray, qint64> m_keyCache;       // key (UTF-8) -> entity id; 0 = looked up and not there
    QList<QPair<QByteArray, qint64>> m_newKeys; // written at the end, sorted
    /**
     * The search entry of an entity this import created: kept here, extended when a later row
     * brings a value it lacks, and indexed with all the others at the end (full-text indexing row
     * by row, between the other writes, costs more than twice as much).
     */
    struct SearchEntry
    {
        QString label;
        QByteArray body; // UTF-8, values separated by Workspace::searchSeparator
        size_t facts = 0; // hash of the label and facts it was last built from
    };
    /** What was last written for an entity this import created (ids of new rows count up). */
    struct CreatedEntity
    {
        size_t values; // hash of the entity's own columns
        SearchEntry search;
    };
    CreatedEntity *createdEntity(qint64 id)
    {
        const qint64 i = id - m_firstCreated;
        return i >= 0 && i < qint64(m_created.size()) ? &m_created[size_t(i)] : nullptr;
    }
    size_t lastValues(qint64 id)
    {
        const CreatedEntity *c = createdEntity(id);
        return c ? c->values : m_lastUpdate.value(id);
    }
    SearchEntry *searchEntry(qint64 id)
    {
        if (CreatedEntity *c = createdEntity(id))
            return &c->search;
        const auto it = m_otherSearch.find(id);
        return it == m_otherSearch.end() ? nullptr : &*it;
    }
    std::vector<CreatedEntity> m_created;
    qint64 m_firstCreated = 0;
    // The same for entities from earlier imports (and any created out of order).
    QHash<qint64, size_t> m_lastUpdate;      // entity id -> hash of the last values written
    QHash<qint64, SearchEntry> m_otherSearch; // created out of order
    QSet<QString> m_seenRecordKeys;
    QSet<LinkSeen> m_linkSeen;
    QSet<OddLinkSeen> m_oddLinkSeen;
    // Search entries of entities from earlier imports (whose entry may carry what was merged into
    // them) touched by this one: rebuilt at the end.
    QSet<qint64> m_searchStale;
    QList<int> m_linkFrom, m_linkTo; // per spec link: the entity indexes of its two roles
    QList<bool> m_linkSetsArea;      // per spec link: an incident takes the area of the place it occurred at

    Statement m_insertRecord, m_insertReject, m_findKey, m_insertEntity, m_updateEntity, m_insertMention,
        m_insertLink, m_findOldRecords;
};

} // namespace fc
