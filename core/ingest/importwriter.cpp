#include "ingest/importwriter.h"

#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "model/linktype.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>
#include <thread>

namespace fc {

namespace {

QString orNull(const QString &s)
{
    return s.isEmpty() ? QString() : s;
}

// Secondary indexes that a first bulk load into an empty workspace builds once at the end rather
// than row by row; nothing reads them during such an import, since there is nothing to supersede
// or resolve against yet.
const char *const kDeferredIndexes[][2] = {
    {"source_records_import", "CREATE INDEX source_records_import ON source_records(import_id, row_number)"},
    {"source_records_key",
     "CREATE INDEX source_records_key ON source_records(record_key) WHERE record_key IS NOT NULL"},
    {"source_records_review", "CREATE INDEX source_records_review ON source_records(review_date)"},
    {"entities_type", "CREATE INDEX entities_type ON entities(type)"},
    {"entity_keys_entity", "CREATE INDEX entity_keys_entity ON entity_keys(entity_id)"},
    {"mentions_entity", "CREATE INDEX mentions_entity ON mentions(entity_id)"},
    {"mentions_record", "CREATE INDEX mentions_record ON mentions(source_record_id)"},
    {"links_from", "CREATE INDEX links_from ON links(from_id)"},
    {"links_to", "CREATE INDEX links_to ON links(to_id)"},
    {"links_record", "CREATE INDEX links_record ON links(source_record_id)"},
};

// Each incident's place as a column (schema 8): the location it first occurred_at, for the incidents
// that have none yet (new ones, or earlier ones linked to a place only now). Run once at the end of
// an import, after the links index is back.
const char *const kFillIncidentPlaces =
    "UPDATE entities SET place_id = (SELECT l.to_id FROM links l JOIN entities p ON p.id = l.to_id "
    "WHERE l.from_id = entities.id AND l.type = 'occurred_at' AND p.type = 3 ORDER BY l.id LIMIT 1) "
    "WHERE type = 4 AND place_id IS NULL AND merged_into IS NULL "
    "AND EXISTS (SELECT 1 FROM links l WHERE l.from_id = entities.id AND l.type = 'occurred_at')";
// The ranking index over those columns; a bulk load builds it once, after the places are filled.
const char *const kIncidentPlaceIndex =
    "CREATE INDEX IF NOT EXISTS entities_incident_place ON entities(type, merged_into, place_id, import_id, "
    "offence, occurred_at, value_gbp)";

} // namespace

ImportWriter::ImportWriter(Workspace &workspace, const ImportSpec &spec, ImportReport &report)
    : m_ws(workspace), m_db(workspace.database()), m_spec(spec), m_report(report)
{
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::fail(const QString &what)
{
    m_report.status = ImportReport::Status::Failed;
    m_report.message = tr("import of %1 failed: %2").arg(m_report.fileName, what);
    return false;
}

bool ImportWriter::begin(qint64 importId)
{
    m_importId = importId;
    // The spec's own link types are kept in the workspace; one declared before by another spec
    // must mean the same ends, or links of one name would join different kinds of entity.
    for (const LinkTypeDefinition &t : m_spec.linkTypes) {
        Statement known = m_db.prepare(QStringLiteral("SELECT from_type, to_type FROM link_types WHERE name = ?"));
        known.bind(1, t.name);
        const QString from = EntityTypes::name(t.from), to = EntityTypes::name(t.to);
        if (known.step()) {
            if (known.text(0) != from || known.text(1) != to)
                return fail(tr("link type \"%1\" is declared from %2 to %3, but this workspace already has it "
                               "from %4 to %5 (from an earlier import): give it another name")
                                .arg(t.name, from, to, known.text(0), known.text(1)));
            continue;
        }
        if (!known.ok())
            return fail(m_db.lastError());
        Statement add = m_db.prepare(QStringLiteral(
            "INSERT INTO link_types(name, display_name, from_type, to_type, import_id) VALUES (?,?,?,?,?)"));
        add.bind(1, t.name).bind(2, t.displayName).bind(3, from).bind(4, to).bind(5, importId);
        if (!add.exec())
            return fail(m_db.lastError());
        LinkTypes::declare(t.name, t.displayName);
    }
    m_bulk = m_ws.isEmpty();
    if (m_bulk) {
        for (const auto &index : kDeferredIndexes)
            if (!m_db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0]))))
                return fail(m_db.lastError());
        if (!m_db.exec(QStringLiteral("DROP INDEX IF EXISTS entities_incident_place")))
            return fail(m_db.lastError());
    }
    for (const LinkMapping &l : m_spec.links) {
        int from = -1, to = -1;
        for (int i = 0; i < m_spec.entities.size(); ++i) {
            if (m_spec.entities.at(i).role == l.from)
                from = i;
            if (m_spec.entities.at(i).role == l.to)
                to = i;
        }
        m_linkFrom << from;
        m_linkTo << to;
        m_linkSetsArea << (l.type == QLatin1String("occurred_at") && from >= 0 && to >= 0 &&
                           m_spec.entities.at(from).type == EntityType::Incident);
    }
    m_insertRecord = m_db.prepare(QStringLiteral("INSERT INTO source_records(import_id, row_number, "
                                                 "record_key, raw, grade_source, grade_intelligence, "
                                                 "grade_handling, handling_conditions, legacy_source, "
                                                 "legacy_intelligence, legacy_handling, review_date) "
                                                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertReject = m_db.prepare(QStringLiteral("INSERT INTO rejects(import_id, row_number, line_number, "
                                                 "column_name, reason, raw) VALUES (?,?,?,?,?,?)"));
    m_findKey = m_db.prepare(QStringLiteral("SELECT entity_id FROM entity_keys WHERE key = ?"));
    m_insertEntity = m_db.prepare(QStringLiteral("INSERT INTO entities(type, subtype, label, occurred_at, "
                                                 "value_gbp, offence, area, import_id) VALUES (?,?,?,?,?,?,?,?)"));
    m_updateEntity = m_db.prepare(QStringLiteral(
        "UPDATE entities SET occurred_at = coalesce(?2, occurred_at), value_gbp = coalesce(?3, value_gbp), "
        "offence = coalesce(?4, offence), area = coalesce(?5, area), "
        "label = CASE WHEN label = '' THEN ?6 ELSE label END WHERE id = ?1"));
    m_insertMention = m_db.prepare(
        QStringLiteral("INSERT INTO mentions(entity_id, source_record_id, role, facts) VALUES (?,?,?,?)"));
    m_insertUnparsed = m_db.prepare(QStringLiteral("INSERT INTO unparsed_values(mention_id, source_record_id, "
                                                   "field, column_name, raw, reason) VALUES (?,?,?,?,?,?)"));
    m_insertLink = m_db.prepare(QStringLiteral("INSERT INTO links(type, from_id, to_id, occurred_at, weight, "
                                               "source_record_id) VALUES (?,?,?,?,?,?)"));
    m_findOldRecords = m_db.prepare(QStringLiteral(
        "SELECT id FROM source_records WHERE record_key = ? AND superseded_by IS NULL AND import_id <> ?"));
    for (const Statement *s :
         {&m_insertRecord, &m_insertReject, &m_findKey, &m_insertEntity, &m_updateEntity, &m_insertMention,
          &m_insertUnparsed, &m_insertLink, &m_findOldRecords})
        if (!s->isValid())
            return fail(m_db.lastError());
    return true;
}

qint64 ImportWriter::findKey(const QByteArray &key)
{
    const auto cached = m_keyCache.constFind(key);
    if (cached != m_keyCache.constEnd())
        return *cached;
    qint64 id = 0;
    if (!m_bulk) { // an empty workspace has no keys to find
        m_findKey.reset();
        m_findKey.bindUtf8(1, key);
        if (m_findKey.step())
            id = m_findKey.int64(0);
        else if (!m_findKey.ok())
            return -1;
    }
    m_keyCache.insert(key, id);
    return id;
}

bool ImportWriter::resolve(RowEntity &e, qint64 recordId)
{
    qint64 id = 0;
    qsizetype looked = 0; // keys looked up; all but the last of them unknown
    for (const QByteArray &key : std::as_const(e.keys)) {
        id = findKey(key);
        ++looked;
        if (id < 0)
            return false;
        if (id > 0)
            break;
    }
    const bool created = id == 0;
    // Updates that change nothing (the same store on every row of its export) are not sent.
    const size_t values = qHashMulti(0, e.occurredAt, e.hasValue, e.valueGbp, e.offence, e.area, e.label);
    if (created) {
        m_insertEntity.bind(1, int(e.mapping->type))
            .bind(2, orNull(e.mapping->subtype))
            .bind(3, e.label.isNull() ? QStringLiteral("") : e.label)
            .bind(4, orNull(e.occurredAt));
        if (e.hasValue)
            m_insertEntity.bind(5, e.valueGbp);
        else
            m_insertEntity.bindNull(5);
        m_insertEntity.bind(6, orNull(e.offence)).bind(7, orNull(e.area)).bind(8, m_importId);
        if (!m_insertEntity.exec())
            return false;
        id = m_db.lastInsertRowId();
        ++m_report.entitiesCreated;
        if (m_created.empty())
            m_firstCreated = id;
        if (id == m_firstCreated + qint64(m_created.size()))
            m_created.push_back(CreatedEntity{values, {}});
        else
            m_lastUpdate.insert(id, values);
    } else if ((!e.occurredAt.isEmpty() || e.hasValue || !e.offence.isEmpty() || !e.area.isEmpty() ||
                !e.label.isEmpty()) &&
               lastValues(id) != values) {
        m_updateEntity.bind(1, id).bind(2, orNull(e.occurredAt));
        if (e.hasValue)
            m_updateEntity.bind(3, e.valueGbp);
        else
            m_updateEntity.bindNull(3);
        m_updateEntity.bind(4, orNull(e.offence))
            .bind(5, orNull(e.area))
            .bind(6, e.label.isNull() ? QStringLiteral("") : e.label);
        if (!m_updateEntity.exec())
            return false;
        if (CreatedEntity *c = createdEntity(id))
            c->values = values;
        else
            m_lastUpdate.insert(id, values);
    }
    e.id = id;
    // Keys not known yet point at this entity; a key that already names another entity keeps it.
    for (qsizetype i = 0; i < e.keys.size(); ++i) {
        const QByteArray &key = e.keys.at(i);
        const qint64 known = i < looked - 1 || (i == looked - 1 && created) ? 0 : findKey(key);
        if (known < 0)
            return false;
        if (known == 0) {
            m_keyCache.insert(key, id);
            m_newKeys.append({key, id});
        }
    }
    m_insertMention.bind(1, id).bind(2, recordId).bind(3, e.mapping->role).bindUtf8(4, e.facts);
    if (!m_insertMention.exec())
        return false;
    if (!e.unparsed.isEmpty()) {
        const qint64 mentionId = m_db.lastInsertRowId();
        for (const UnparsedValue &u : std::as_const(e.unparsed)) {
            m_insertUnparsed.bind(1, mentionId)
                .bind(2, recordId)
                .bind(3, u.field)
                .bind(4, u.column)
                .bind(5, u.text)
                .bind(6, u.reason);
            if (!m_insertUnparsed.exec())
                return false;
            ++m_report.valuesUnparsed;
            m_report.unparsed << UnparsedInfo{m_rowNumber, id, e.mapping->role, u.field, u.column, u.text, u.reason};
        }
    }

    return indexForSearch(e, created);
}

// The search entry as Workspace::refreshSearch builds it (the label, and every searchable value
// once), kept up to date row by row for the entities this import creates.
bool ImportWriter::indexForSearch(const RowEntity &e, bool created)
{
    const size_t facts = qHashMulti(0, e.label, e.facts);
    if (created) {
        CreatedEntity *c = createdEntity(e.id);
        SearchEntry &entry = c ? c->search : m_otherSearch[e.id];
        entry.label = e.label.isNull() ? QStringLiteral("") : e.label;
        entry.body = e.searchBody; // the validator's bytes, shared
        entry.facts = facts;
        return true;
    }
    SearchEntry *entry = searchEntry(e.id);
    if (!entry) {
        m_searchStale.insert(e.id);
        return true;
    }
    if (entry->facts == facts) // the same facts as the last mention (a store on every row)
        return true;
    entry->facts = facts;
    if (entry->label.isEmpty() && !e.label.isEmpty())
        entry->label = e.label;
    bool changed = false;
    const QChar separator(Workspace::searchSeparator);
    QStringList values = QString::fromUtf8(entry->body).split(separator, Qt::SkipEmptyParts);
    for (const auto &a : std::as_const(e.attributes)) {
        if (Workspace::isSearchable(a.first) && !values.contains(a.second)) {
            values << a.second;
            changed = true;
        }
    }
    if (changed)
        entry->body = values.join(separator).toUtf8();
    return true;
}

// An updated export: records with the same key from earlier imports of this organisation are
// replaced by this one. Their facts are withdrawn; the records themselves stay, marked superseded.
bool ImportWriter::supersede(const QString &recordKey)
{
    m_findOldRecords.reset();
    m_findOldRecords.bind(1, recordKey).bind(2, m_importId);
    QList<qint64> old;
    while (m_findOldRecords.step())
        old << m_findOldRecords.int64(0);
    if (!m_findOldRecords.ok())
        return false;
    if (old.isEmpty())
        return true;
    for (qint64 id : std::as_const(old)) {
        Statement mentioned =
            m_db.prepare(QStringLiteral("SELECT entity_id FROM mentions WHERE source_record_id = ?"));
        mentioned.bind(1, id);
        while (mentioned.step())
            m_searchStale.insert(mentioned.int64(0));
        for (const char *sql : {"DELETE FROM unparsed_values WHERE source_record_id = ?",
                                "DELETE FROM mentions WHERE source_record_id = ?",
                                "DELETE FROM links WHERE source_record_id = ?"}) {
            Statement st = m_db.prepare(QString::fromLatin1(sql));
            st.bind(1, id);
            if (!st.exec())
                return false;
        }
        Statement mark =
            m_db.prepare(QStringLiteral("UPDATE source_records SET superseded_by = ? WHERE id = ?"));
        mark.bind(1, m_importId).bind(2, id);
        if (!mark.exec())
            return false;
    }
    ++m_report.recordsUpdated;
    m_superseded = true;
    return true;
}

bool ImportWriter::write(ValidatedRow &v)
{
    const SourceRow &row = v.row;
    if (!v.accepted) {
        m_insertReject.bind(1, m_importId)
            .bind(2, row.rowNumber)
            .bind(3, row.lineNumber)
            .bind(4, orNull(v.rejectColumn))
            .bind(5, v.rejectReason)
            .bind(6, row.raw);
        if (!m_insertReject.exec())
            return fail(m_db.lastError());
        ++m_report.rowsRejected;
        m_report.rejects << RejectInfo{row.rowNumber, row.lineNumber, v.rejectColumn, v.rejectReason,
                                       row.raw};
        return true;
    }
    // A first load has no earlier records to supersede.
    if (!m_bulk && !v.recordKey.isEmpty() && !m_seenRecordKeys.contains(v.recordKey)) {
        m_seenRecordKeys.insert(v.recordKey);
        if (!supersede(v.recordKey))
            return fail(m_db.lastError());
    }
    m_rowNumber = row.rowNumber;
    const Grading &g = v.grading;
    m_insertRecord.bind(1, m_importId)
        .bind(2, row.rowNumber)
        .bind(3, orNull(v.recordKey))
        .bindUtf8(4, v.rawUtf8)
        .bind(5, g.source.isNull() ? QString() : QString(g.source))
        .bind(6, g.intelligence.isNull() ? QString() : QString(g.intelligence))
        .bind(7, g.handling.isNull() ? QString() : QString(g.handling))
        .bind(8, orNull(g.conditions))
        .bind(9, orNull(g.legacySource))
        .bind(10, orNull(g.legacyIntelligence))
        .bind(11, orNull(g.legacyHandling))
        .bind(12, v.reviewDate);
    if (!m_insertRecord.exec())
        return fail(m_db.lastError());
    const qint64 recordId = m_db.lastInsertRowId();

    // An incident takes the area of the place it occurred at, in the same write.
    for (int i = 0; i < m_spec.links.size(); ++i) {
        if (!m_linkSetsArea.at(i))
            continue;
        RowEntity &incident = v.entities[m_linkFrom.at(i)];
        const RowEntity &place = v.entities.at(m_linkTo.at(i));
        if (incident.present && place.present && !place.area.isEmpty())
            incident.area = place.area;
    }
    for (RowEntity &e : v.entities) {
        if (e.present && !resolve(e, recordId))
            return fail(m_db.lastError());
    }

    for (int i = 0; i < m_spec.links.size(); ++i) {
        const LinkMapping &l = m_spec.links.at(i);
        if (m_linkFrom.at(i) < 0 || m_linkTo.at(i) < 0)
            continue;
        const RowEntity &from = v.entities.at(m_linkFrom.at(i));
        const RowEntity &to = v.entities.at(m_linkTo.at(i));
        if (!from.present || !to.present || from.id == to.id)
            continue;
        QString date = v.linkDates.at(i);
        if (date.isEmpty())
            date = from.mapping->type == EntityType::Incident ? from.occurredAt
                   : to.mapping->type == EntityType::Incident ? to.occurredAt
                                                              : QString();
        // The same fact repeated on several rows of one export (one row per offender) is one link;
        // a weighted link (a call count, say) is written for each row that states it.
        if (l.weightColumn.isEmpty() && linkSeenBefore(i, from.id, to.id, date))
            continue;
        m_insertLink.bind(1, l.type)
            .bind(2, from.id)
            .bind(3, to.id)
            .bind(4, orNull(date))
            .bind(5, v.linkWeights.at(i))
            .bind(6, recordId);
        if (!m_insertLink.exec())
            return fail(m_db.lastError());
        ++m_report.linksCreated;
    }
    ++m_report.rowsAccepted;
    return true;
}

qint64 ImportWriter::packedDate(QStringView date)
{
    if (date.isEmpty())
        return 0;
    static constexpr char16_t kShape[] = u"0000-00-00T00:00:00"; // '0': a digit
    if (date.size() != 10 && date.size() != 19)
        return -1;
    qint64 digits = 0;
    for (qsizetype i = 0; i < date.size(); ++i) {
        const char16_t c = date[i].unicode();
        if (kShape[i] == u'0') {
            if (c < u'0' || c > u'9')
                return -1;
            digits = digits * 10 + (c - u'0');
        } else if (c != kShape[i]) {
            return -1;
        }
    }
    // The digits and the form tell the text apart; +1 keeps 0 for "no date".
    return ((digits << 1) | (date.size() == 19 ? 1 : 0)) + 1;
}

bool ImportWriter::linkSeenBefore(int type, qint64 from, qint64 to, const QString &date)
{
    const qint64 packed = packedDate(date);
    const LinkSeen link{from, to, packed, type};
    if (packed >= 0) {
        if (m_linkSeen.contains(link))
            return true;
        m_linkSeen.insert(link);
        return false;
    }
    const OddLinkSeen odd{link, date};
    if (m_oddLinkSeen.contains(odd))
        return true;
    m_oddLinkSeen.insert(odd);
    return false;
}

bool ImportWriter::finish(const QString &userName)
{
    QElapsedTimer timer;
    timer.start();

    // New keys in key order: appended to the end of the key index instead of scattered through it.
    // They are sorted on a second thread while this one indexes the new search entries.
    std::jthread sorter([this] { std::sort(m_newKeys.begin(), m_newKeys.end()); });
    {
        Statement insert =
            m_db.prepare(QStringLiteral("INSERT INTO search(rowid, label, body) VALUES (?,?,?)"));
        auto index = [&insert](qint64 id, SearchEntry &entry) {
            insert.bind(1, id).bind(2, entry.label).bindUtf8(3, entry.body);
            entry = SearchEntry(); // its memory back as it goes
            return insert.exec();
        };
        for (size_t i = 0; i < m_created.size(); ++i)
            if (!index(m_firstCreated + qint64(i), m_created[i].search))
                return fail(m_db.lastError());
        QList<qint64> others = m_otherSearch.keys();
        std::sort(others.begin(), others.end());
        for (qint64 id : std::as_const(others))
            if (!index(id, m_otherSearch[id]))
                return fail(m_db.lastError());
        m_otherSearch.clear();
    }
    m_report.timings.search = timer.nsecsElapsed() / 1e9;
    timer.restart();
    sorter.join();
    {
        Statement insertKey =
            m_db.prepare(QStringLiteral("INSERT INTO entity_keys(key, entity_id) VALUES (?,?)"));
        for (const auto &k : std::as_const(m_newKeys)) {
            insertKey.bindUtf8(1, k.first).bind(2, k.second);
            if (!insertKey.exec())
                return fail(m_db.lastError());
        }
    }
    m_report.timings.keys = timer.nsecsElapsed() / 1e9;
    timer.restart();
    if (m_bulk) {
        // Sorting an index larger than the cache is shared with a helper thread (a tenth faster
        // for the mentions of a million rows).
        m_db.exec(QStringLiteral("PRAGMA threads = 2"));
        for (const auto &index : kDeferredIndexes)
            if (!m_db.exec(QString::fromLatin1(index[1])))
                return fail(m_db.lastError());
        m_db.exec(QStringLiteral("PRAGMA threads = 0"));
    }
    if (!m_db.exec(QString::fromLatin1(kFillIncidentPlaces)) || !m_db.exec(QString::fromLatin1(kIncidentPlaceIndex)))
        return fail(m_db.lastError());
    m_report.timings.indexes = timer.nsecsElapsed() / 1e9;
    timer.restart();
    // Entities whose every mention was withdrawn by an update are removed.
    if (m_superseded) {
        if (!m_db.exec(QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT id FROM entities e WHERE "
                                      "merged_into IS NULL AND NOT "
                                      "EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id))")) ||
            !m_db.exec(QStringLiteral(
                "DELETE FROM entities WHERE merged_into IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM mentions m WHERE m.entity_id = entities.id) "
                "AND NOT EXISTS (SELECT 1 FROM entities x WHERE x.merged_into = entities.id)")))
            return fail(m_db.lastError());
    }
    QList<qint64> stale(m_searchStale.cbegin(), m_searchStale.cend());
    std::sort(stale.begin(), stale.end());
    if (!m_ws.refreshSearch(stale))
        return fail(m_db.lastError());
    m_report.timings.search += timer.nsecsElapsed() / 1e9;

    Statement st = m_db.prepare(QStringLiteral(
        "UPDATE imports SET finished_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, "
        "records_updated = ?, values_unparsed = ? WHERE id = ?"));
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(2, m_report.rowsRead)
        .bind(3, m_report.rowsAccepted)
        .bind(4, m_report.rowsRejected)
        .bind(5, m_report.recordsUpdated)
        .bind(6, m_report.valuesUnparsed)
        .bind(7, m_importId);
    if (!st.exec())
        return fail(m_db.lastError());
    // Collection (and, for updated records, alteration) is logged in the import's own transaction.
    if (!m_ws.auditLog().append(
            AuditLog::Action::Collection, userName, QStringLiteral("import"), QString::number(m_importId),
            QStringLiteral("%1 (SHA-256 %2) from %3 under spec \"%4\": %5 rows accepted, %6 rejected, "
                           "%7 records updated%8")
                .arg(m_report.fileName, m_report.sha256, m_spec.organisation, m_spec.name,
                     QString::number(m_report.rowsAccepted), QString::number(m_report.rowsRejected),
                     QString::number(m_report.recordsUpdated),
                     m_report.valuesUnparsed > 0
                         ? QStringLiteral(", %1 values kept unread").arg(m_report.valuesUnparsed)
                         : QString())))
        return fail(m_db.lastError());
    return true;
}

} // namespace fc
