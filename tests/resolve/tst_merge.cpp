#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"
#include "model/personname.h"
#include "resolve/matchmodel.h"
#include "resolve/mergeledger.h"
#include "resolve/recordloader.h"
#include "resolve/stringmetrics.h"
#include "resolve/reviewqueue.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * Resolution in a workspace: a small retailer export written by hand (so the right answer is
 * known row by row) is imported, resolved, reviewed, unmerged and re-imported. Checks that merges
 * keep every source record and show why they were made, that links and search follow merges at
 * once, that unmerge restores the exact prior state (every table compared before and after),
 * and that analysts' decisions are remembered across re-imports.
 */
class TestMerge : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void resolvesTheExport();
    void mergeKeepsProvenanceAndExplains();
    void linksAndSearchFollowMerges();
    void unmergeRestoresExactPriorState();
    void unmergeRefusedUnderLaterMerge();
    void failedMergeChangesNothing();
    void cancelledRunChangesNothing();
    void reviewDecisionsAreRemembered();
    void updateWithdrawingSurvivor();
    void matchModelIsSavedAndAudited();
    void rerunSaysWhatItSettled();
    void laterPassMergeIsExplainedByItsClusters();
    void loaderReadsWhatTheViewsSay();

private:
    qint64 entityOf(int row, const QString &role);
    qint64 root(qint64 id) { return MergeLedger(*m_ws).rootOf(id); }
    QString dump();
    bool importRows(const QString &fileName, const QStringList &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

// The merges and queue expected here are those of the hand-set rules' scores (the match model's
// own are tested in tst_matchmodel and tst_resolvedemo), whichever engine is the default.
ResolveSettings rules()
{
    ResolveSettings settings;
    settings.model = ResolveModel::Rules;
    return settings;
}

const char *const kSpec = R"({
  "name": "Test retailer", "record_key": "Ref",
  "source": {"organisation": "Test Stores", "kind": "retailer"},
  "format": {"format": "csv", "delimiter": ",", "encoding": "utf-8", "header_row": 1},
  "grading": {"source": "2", "intelligence": "B", "handling": "P", "conditions": ""},
  "entities": {
    "incident": {"type": "incident", "key": "Ref", "fields": {"offence": "Offence"}},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}},
    "suspect2": {"type": "person", "fields": {"full_name": "Suspect 2", "dob": "Suspect 2 DOB"}},
    "vehicle": {"type": "vehicle", "fields": {"vrm": "Vehicle Reg"}}
  },
  "links": [
    {"from": "suspect1", "to": "incident", "type": "suspect_in"},
    {"from": "suspect2", "to": "incident", "type": "suspect_in"},
    {"from": "suspect1", "to": "suspect2", "type": "co_offender"},
    {"from": "incident", "to": "vehicle", "type": "used_vehicle"}
  ]
})";

const char *const kHeader = "Ref,Offence,Suspect 1,Suspect 1 DOB,Suspect 2,Suspect 2 DOB,Vehicle Reg";

// Data row by data row, what resolution must make of it.
const QStringList kRows{
    QStringLiteral("R1,theft,Amy Khan,1990-03-14,Joe Bloggs,1985-07-02,AB12 CDE"), // 1
    QStringLiteral("R2,theft,\"KHAN, Amy\",1990-03-14,,,ab12cde"),                 // 2: same as 1 at import
    QStringLiteral("R3,theft,Amy Kahn,1990-03-14,Joe Bloggs,1985-07-02,A812CDE"),  // 3: typo; VRM misread
    QStringLiteral("R4,theft,A. Khan,1990-03-14,,,"),                              // 4: initial
    QStringLiteral("R5,theft,Amy Khan,2001-11-30,,,"),   // 5: namesake, never merged
    QStringLiteral("R6,theft,Amy Khan,,,,"),             // 6: which one? review
    QStringLiteral("R7,theft,Joe Bloggs,1985-02-07,,,"), // 7: day/month swapped
};

} // namespace

bool TestMerge::importRows(const QString &fileName, const QStringList &rows)
{
    QFile csv(m_dir->filePath(fileName));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write(QByteArray(kHeader) + '\n' + rows.join(QLatin1Char('\n')).toUtf8() + '\n');
    csv.close();
    QString error;
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    if (!spec) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const ImportReport r = Importer(*m_ws, *spec).importFile(csv.fileName());
    if (!r.ok())
        qWarning("%s", qPrintable(r.message));
    return r.ok();
}

void TestMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("t.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_ws->setUserName(QStringLiteral("analyst1"));
    QVERIFY(importRows(QStringLiteral("export1.csv"), kRows));
}

void TestMerge::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 TestMerge::entityOf(int row, const QString &role)
{
    // By the record's key (organisation, unit separator, "R<n>"), so that an updated record is
    // found in its new version.
    Statement st = m_ws->database().prepare(QStringLiteral(
        "SELECT es.entity_id FROM entity_sources es JOIN source_records sr ON sr.id = es.source_record_id "
        "WHERE sr.record_key = ? AND es.role = ? AND sr.superseded_by IS NULL"));
    st.bind(1, QStringLiteral("TEST STORES\x1fR%1").arg(row)).bind(2, role);
    return st.step() ? st.int64(0) : 0;
}

QString TestMerge::dump()
{
    // Everything resolution may touch, in a fixed order; the ledger, queue, decisions and audit
    // trail are records of what was done and are deliberately left out.
    QStringList out;
    for (const char *sql :
         {"SELECT id, type, subtype, label, occurred_at, value_gbp, offence, area, merged_into FROM entities "
          "ORDER BY id",
          "SELECT key, entity_id FROM entity_keys ORDER BY key",
          "SELECT entity_id, source_record_id, role FROM entity_sources ORDER BY 1, 2, 3",
          "SELECT id, entity_id, role, facts, source_record_id FROM mentions ORDER BY id",
          "SELECT id, type, from_id, to_id, occurred_at, weight, source_record_id FROM links ORDER BY id",
          "SELECT id, import_id, row_number, raw, superseded_by FROM source_records ORDER BY id",
          "SELECT rowid, label, body FROM search ORDER BY rowid"}) {
        Statement st = m_ws->database().prepare(QString::fromLatin1(sql));
        while (st.step()) {
            QStringList row;
            for (int c = 0; c < st.columnCount(); ++c)
                row << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
            out << row.join(QLatin1Char('|'));
        }
        out << QStringLiteral("--");
    }
    return out.join(QLatin1Char('\n'));
}

void TestMerge::resolvesTheExport()
{
    const qint64 amy = entityOf(1, QStringLiteral("suspect1"));
    QCOMPARE(entityOf(2, QStringLiteral("suspect1")), amy); // deterministic at import
    const ResolveReport report = EntityResolver(*m_ws).run(rules());
    QVERIFY2(report.ok, qPrintable(report.message));

    QCOMPARE(root(entityOf(3, QStringLiteral("suspect1"))), root(amy));
    QCOMPARE(root(entityOf(4, QStringLiteral("suspect1"))), root(amy));
    QVERIFY(root(entityOf(5, QStringLiteral("suspect1"))) != root(amy));
    QVERIFY(root(entityOf(6, QStringLiteral("suspect1"))) != root(amy));
    QVERIFY(root(entityOf(6, QStringLiteral("suspect1"))) != root(entityOf(5, QStringLiteral("suspect1"))));
    QCOMPARE(root(entityOf(7, QStringLiteral("suspect1"))), root(entityOf(1, QStringLiteral("suspect2"))));
    QCOMPARE(root(entityOf(3, QStringLiteral("vehicle"))), root(entityOf(1, QStringLiteral("vehicle"))));

    // The record without a date of birth waits for an analyst, once against each namesake.
    ReviewQueue queue(*m_ws);
    const QList<ReviewItem> pending = queue.pending(EntityType::Person);
    QCOMPARE(pending.size(), 2);
    const qint64 noDob = entityOf(6, QStringLiteral("suspect1"));
    for (const ReviewItem &item : pending) {
        QVERIFY(item.entityA == noDob || item.entityB == noDob);
        QVERIFY(item.score >= 0.6 && item.score < 0.9);
        QVERIFY(!item.explanation.isEmpty());
    }
    int persons = 0, vehicles = 0;
    for (const ResolveTypeReport &t : report.types) {
        if (t.type == EntityType::Person)
            persons = t.merged;
        else if (t.type == EntityType::Vehicle)
            vehicles = t.merged;
    }
    QCOMPARE(persons, 3); // typo, initial, swapped date of birth
    QCOMPARE(vehicles, 1);

    // A second run changes nothing and asks nothing new.
    const ResolveReport again = EntityResolver(*m_ws).run(rules());
    QCOMPARE(again.types.at(0).merged, 0);
    QCOMPARE(queue.pending().size(), 2);
}

void TestMerge::mergeKeepsProvenanceAndExplains()
{
    const qint64 amy = entityOf(1, QStringLiteral("suspect1"));
    const qint64 kahn = entityOf(3, QStringLiteral("suspect1"));
    QCOMPARE(m_ws->sourcesOf(amy).size(), 2);
    QVERIFY(EntityResolver(*m_ws).run(rules()).ok);
    const qint64 survivor = root(amy);
    QCOMPARE(survivor, std::min(amy, kahn)); // the older entity survives
    QList<qint64> rows;
    for (const Provenance &p : m_ws->sourcesOf(survivor))
        rows << p.rowNumber;
    std::sort(rows.begin(), rows.end());
    QCOMPARE(rows, QList<qint64>({2, 3, 4, 5})); // data rows 1-4 are lines 2-5
    // The absorbed entity still exists with its own sources, pointing at the survivor.
    const auto absorbed = m_ws->entity(kahn);
    QVERIFY(absorbed);
    QCOMPARE(m_ws->database().scalarInt(
                 QStringLiteral("SELECT merged_into FROM entities WHERE id = %1").arg(kahn)),
             survivor);
    // What it was merged from and why.
    const QList<MergeRecord> merges = MergeLedger(*m_ws).mergesInto(survivor);
    QCOMPARE(merges.size(), 2);
    QStringList why;
    for (const MergeRecord &m : merges) {
        QCOMPARE(m.method, QStringLiteral("auto"));
        QCOMPARE(m.decidedBy, QStringLiteral("analyst1"));
        QVERIFY(m.score >= 0.9);
        why << m.explanation;
    }
    QVERIFY2(why.join(QLatin1Char(' ')).contains(QLatin1String("typo")),
             qPrintable(why.join(QLatin1Char('\n'))));
    QVERIFY2(why.join(QLatin1Char(' ')).contains(QLatin1String("initial")),
             qPrintable(why.join(QLatin1Char('\n'))));
    QVERIFY(why.join(QLatin1Char(' ')).contains(QLatin1String("same date of birth 1990-03-14")));
    // Each merge is in the audit trail as a combination.
    AuditFilter filter;
    int combinations = 0;
    for (const AuditEntry &e : m_ws->auditLog().entries(filter))
        combinations += e.action == AuditLog::actionName(AuditLog::Action::Combination);
    QCOMPARE(combinations, 4);
}

void TestMerge::linksAndSearchFollowMerges()
{
    const qint64 amy = entityOf(1, QStringLiteral("suspect1"));
    const qint64 kahn = entityOf(3, QStringLiteral("suspect1"));
    const qint64 incident3 = entityOf(3, QStringLiteral("incident"));
    QVERIFY(kahn != amy);
    QVERIFY(EntityResolver(*m_ws).run(rules()).ok);
    const qint64 survivor = root(amy);
    bool found = false;
    for (const LinkRecord &l : m_ws->linkRecords()) {
        QVERIFY(l.from != kahn && l.to != kahn);
        found = found || (l.from == survivor && l.to == incident3 && l.type == QLatin1String("suspect_in"));
    }
    QVERIFY(found);
    QVERIFY(!m_ws->entity(kahn) || m_ws->entities(EntityType::Person).size() < 7);
    // The survivor is found by the spelling only the absorbed record had.
    const QList<SearchHit> hits = m_ws->search(QStringLiteral("Kahn"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).entityId, survivor);
}

void TestMerge::unmergeRestoresExactPriorState()
{
    const QString before = dump();
    QVERIFY(EntityResolver(*m_ws).run(rules()).ok);
    QVERIFY(dump() != before);
    MergeLedger ledger(*m_ws);
    const QList<MergeRecord> merges = ledger.history(); // newest first
    QCOMPARE(merges.size(), 4);
    QString error;
    for (const MergeRecord &m : merges)
        QVERIFY2(ledger.unmerge(m.id, &error), qPrintable(error));
    QCOMPARE(dump(), before);
    // The ledger keeps what was done and undone.
    for (const MergeRecord &m : ledger.history())
        QVERIFY(!m.undoneAt.isEmpty());
    QVERIFY(!ledger.unmerge(merges.first().id, &error));
    QVERIFY(error.contains(QLatin1String("already undone")));
}

void TestMerge::unmergeRefusedUnderLaterMerge()
{
    MergeLedger ledger(*m_ws);
    const qint64 a = entityOf(1, QStringLiteral("suspect1"));
    const qint64 c = entityOf(1, QStringLiteral("suspect2"));
    const qint64 b = entityOf(3, QStringLiteral("suspect1"));
    QVERIFY(a < c && c < b); // created in that order
    const QString before = dump();
    QString error;
    // b goes into c, then c (with b) into a.
    const qint64 first = ledger.merge(c, b, 1.0, QStringLiteral("test"), QStringLiteral("manual"), &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(root(b), c);
    const QString middle = dump();
    const qint64 second = ledger.merge(a, c, 1.0, QStringLiteral("test"), QStringLiteral("manual"), &error);
    QVERIFY2(second, qPrintable(error));
    // merged_into always names a live entity: b now points at a directly.
    QCOMPARE(root(b), a);
    QCOMPARE(MergeLedger(*m_ws).mergesInto(a).size(), 2);
    QVERIFY(!ledger.unmerge(first, &error));
    QVERIFY2(error.contains(QStringLiteral("merge %1").arg(second)), qPrintable(error));
    QVERIFY(ledger.unmerge(second, &error));
    QCOMPARE(dump(), middle);
    QVERIFY(ledger.unmerge(first, &error));
    QCOMPARE(dump(), before);
}

void TestMerge::failedMergeChangesNothing()
{
    MergeLedger ledger(*m_ws);
    const QString before = dump();
    QString error;
    const qint64 person = entityOf(1, QStringLiteral("suspect1"));
    QCOMPARE(ledger.merge(person, entityOf(1, QStringLiteral("vehicle")), 1.0, QString(),
                          QStringLiteral("manual"), &error),
             0);
    QVERIFY(error.contains(QLatin1String("same entity type")));
    QCOMPARE(ledger.merge(person, person, 1.0, QString(), QStringLiteral("manual"), &error), 0);
    QCOMPARE(ledger.merge(person, 999999, 1.0, QString(), QStringLiteral("manual"), &error), 0);
    QCOMPARE(dump(), before);
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM resolve_merges")), 0);
}

void TestMerge::cancelledRunChangesNothing()
{
    const QString before = dump();
    std::atomic_bool cancel{true};
    EntityResolver resolver(*m_ws);
    resolver.setCancelFlag(&cancel);
    QList<double> progress;
    resolver.setProgressCallback([&](double p) { progress << p; });
    const ResolveReport report = resolver.run(rules());
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QCOMPARE(dump(), before);
    QCOMPARE(ReviewQueue(*m_ws).pendingCount(), 0);
    // Without the flag, progress runs from 0 to 1.
    cancel = false;
    progress.clear();
    QVERIFY(resolver.run(rules()).ok);
    QCOMPARE(progress.first(), 0.0);
    QCOMPARE(progress.last(), 1.0);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
}

void TestMerge::reviewDecisionsAreRemembered()
{
    QVERIFY(EntityResolver(*m_ws).run(rules()).ok);
    ReviewQueue queue(*m_ws);
    QList<ReviewItem> pending = queue.pending();
    QCOMPARE(pending.size(), 2);
    const qint64 noDob = entityOf(6, QStringLiteral("suspect1"));
    const qint64 amy = root(entityOf(1, QStringLiteral("suspect1")));
    const qint64 namesake = entityOf(5, QStringLiteral("suspect1"));
    const ReviewItem withAmy = root(pending.at(0).entityA) == amy || root(pending.at(0).entityB) == amy
                                   ? pending.at(0)
                                   : pending.at(1);
    const ReviewItem withNamesake = withAmy.id == pending.at(0).id ? pending.at(1) : pending.at(0);

    // Skip sends an item to the back.
    QString error;
    QVERIFY(queue.skip(pending.at(0).id, &error));
    QCOMPARE(queue.pending().last().id, pending.at(0).id);
    QVERIFY(queue.pending().last().skipped);
    // The side-by-side view has provenance.
    const ReviewSide side = queue.side(noDob);
    QCOMPARE(side.sources.size(), 1);
    QCOMPARE(side.sources.at(0).rowNumber, 7); // data row 6, line 7
    QCOMPARE(side.sources.at(0).fileName, QStringLiteral("export1.csv"));

    // The analyst rejects the namesake and accepts the other.
    QVERIFY2(queue.reject(withNamesake.id, &error), qPrintable(error));
    QVERIFY2(queue.accept(withAmy.id, &error), qPrintable(error));
    QCOMPARE(root(noDob), amy);
    QVERIFY(root(namesake) != amy);
    QCOMPARE(queue.pendingCount(), 0);
    const QList<MergeRecord> merges = MergeLedger(*m_ws).mergesInto(amy);
    QCOMPARE(merges.last().method, QStringLiteral("review"));

    // A further export mentions the namesake and Joe Bloggs again (resolved to the same entities
    // at import): the decided pair is not asked again.
    QVERIFY(importRows(QStringLiteral("export2.csv"), {QStringLiteral("R8,theft,Amy Khan,2001-11-30,,,"),
                                                       QStringLiteral("R9,theft,Joe Bloggs,1985-07-02,,,")}));
    const ResolveReport report = EntityResolver(*m_ws).run(rules());
    QVERIFY(report.ok);
    QCOMPARE(queue.pendingCount(), 0);
    QVERIFY(root(namesake) != amy);
    QCOMPARE(report.types.at(0).rememberedApart, 1);

    // An updated export of row R6 (same record key, new content) withdraws the old record; the
    // name without a date of birth has no key, so the importer makes a new entity for it. The
    // decisions still apply to it through the mention: merged with Amy, not asked again.
    QVERIFY(importRows(QStringLiteral("export3.csv"), {QStringLiteral("R6,robbery,Amy Khan,,,,")}));
    const qint64 recreated = entityOf(6, QStringLiteral("suspect1"));
    QVERIFY(recreated != noDob);
    QVERIFY(root(recreated) != amy);
    QVERIFY(EntityResolver(*m_ws).run(rules()).ok);
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(root(recreated), amy);
    QVERIFY(root(namesake) != amy);
}

void TestMerge::updateWithdrawingSurvivor()
{
    // The namesake (row 5, only source) absorbs the record without a date of birth (row 6); then
    // an updated export says row 5 was somebody else. The survivor has no mention left, but an
    // entity is merged into it: the import must still succeed and keep the merged record findable.
    const qint64 survivor = entityOf(5, QStringLiteral("suspect1"));
    const qint64 absorbed = entityOf(6, QStringLiteral("suspect1"));
    QString error;
    QVERIFY2(MergeLedger(*m_ws).merge(survivor, absorbed, 1.0, QStringLiteral("test"),
                                      QStringLiteral("manual"), &error),
             qPrintable(error));
    QCOMPARE(root(absorbed), survivor);
    QVERIFY(importRows(QStringLiteral("export4.csv"), {QStringLiteral("R5,theft,Joe Bloggs,1985-07-02,,,")}));
    // Every merged_into must name an existing entity, or the absorbed record disappears from
    // every query (entities() lists only entities merged into nothing).
    QCOMPARE(m_ws->database().scalarInt(
                 QStringLiteral("SELECT count(*) FROM entities e WHERE e.merged_into IS NOT NULL "
                                "AND NOT EXISTS (SELECT 1 FROM entities s WHERE s.id = e.merged_into)")),
             0);
}

namespace {

// The records as the attributes view and SQL joins give them (how RecordLoader read them before
// it read the mentions' JSON and the links itself): SQLite's JSON functions and joins are the
// oracle of what the loader must make of the same workspace.
QList<ResolveRecord> loadThroughViews(Database &db)
{
    auto form = [](const QString &forenames, const QString &surname, bool alias) {
        NameForm n;
        n.forename = StringMetrics::matchForm(forenames.simplified().section(QLatin1Char(' '), 0, 0));
        n.surname = StringMetrics::matchForm(surname);
        n.alias = alias;
        return n;
    };
    QList<ResolveRecord> records;
    QHash<qint64, int> index;
    Statement live = db.prepare(QStringLiteral(
        "SELECT id, label FROM entities WHERE type = 1 AND merged_into IS NULL ORDER BY id"));
    while (live.step()) {
        ResolveRecord r;
        r.entityId = live.int64(0);
        r.label = live.text(1);
        index.insert(r.entityId, int(records.size()));
        records << r;
    }
    Statement attrs = db.prepare(QStringLiteral(
        "SELECT coalesce(e.merged_into, e.id), a.source_record_id, a.name, a.value FROM attributes a "
        "JOIN entities e ON e.id = a.entity_id WHERE e.type = 1 "
        "AND a.name IN ('forenames', 'surname', 'dob', 'alias', 'aliases', 'vrm') "
        "ORDER BY 1, 2, a.mention_id, a.position"));
    qint64 lastEntity = -1, lastRecord = -1;
    QString forenames, surname;
    auto flush = [&] {
        if (lastEntity >= 0 && (!forenames.isEmpty() || !surname.isEmpty()) && index.contains(lastEntity))
            records[index.value(lastEntity)].names << form(forenames, surname, false);
        forenames.clear();
        surname.clear();
    };
    while (attrs.step()) {
        if (attrs.int64(0) != lastEntity || attrs.int64(1) != lastRecord) {
            flush();
            lastEntity = attrs.int64(0);
            lastRecord = attrs.int64(1);
        }
        const int i = index.value(lastEntity, -1);
        if (i < 0)
            continue;
        const QString name = attrs.text(2), value = attrs.text(3);
        if (name == QLatin1String("forenames"))
            forenames = value;
        else if (name == QLatin1String("surname"))
            surname = value;
        else if (name == QLatin1String("dob")) {
            if (QDate::fromString(value, Qt::ISODate).isValid())
                records[i].dobs << QDate::fromString(value, Qt::ISODate);
        } else if (name == QLatin1String("vrm"))
            records[i].vrms << value;
        else
            for (const QString &alias : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const PersonName pn = PersonName::parse(alias);
                if (!pn.isEmpty())
                    records[i].names << form(pn.forenames, pn.surname, true);
            }
    }
    flush();
    Statement direct = db.prepare(QStringLiteral(
        "SELECT coalesce(a.merged_into, a.id), coalesce(b.merged_into, b.id), b.type, b.area FROM links l "
        "JOIN entities a ON a.id = l.from_id JOIN entities b ON b.id = l.to_id WHERE a.type = 1 UNION ALL "
        "SELECT coalesce(b.merged_into, b.id), coalesce(a.merged_into, a.id), a.type, a.area FROM links l "
        "JOIN entities a ON a.id = l.from_id JOIN entities b ON b.id = l.to_id WHERE b.type = 1"));
    while (direct.step()) {
        const int i = index.value(direct.int64(0), -1);
        if (i < 0)
            continue;
        const EntityType type = EntityType(direct.int64(2));
        if (type == EntityType::Person && direct.int64(1) != records[i].entityId)
            records[i].associates << direct.int64(1);
        else if (type == EntityType::Vehicle)
            records[i].vehicles << direct.int64(1);
        else if ((type == EntityType::Incident || type == EntityType::Location) && !direct.isNull(3))
            records[i].areas << direct.text(3).toUpper();
    }
    Statement used = db.prepare(QStringLiteral(
        "SELECT coalesce(p.merged_into, p.id), coalesce(v.merged_into, v.id) FROM links lp "
        "JOIN entities p ON p.id = lp.from_id AND p.type = 1 JOIN entities i ON i.id = lp.to_id AND i.type = 4 "
        "JOIN links lv ON lv.from_id = i.id JOIN entities v ON v.id = lv.to_id AND v.type = 2"));
    while (used.step())
        if (index.contains(used.int64(0)))
            records[index.value(used.int64(0))].vehicles << used.int64(1);
    for (ResolveRecord &r : records) {
        QList<NameForm> names;
        for (const NameForm &n : std::as_const(r.names))
            if (std::none_of(names.cbegin(), names.cend(), [&](const NameForm &m) {
                    return m.forename == n.forename && m.surname == n.surname;
                }))
                names << n;
        r.names = names;
        std::sort(r.dobs.begin(), r.dobs.end());
        r.dobs.erase(std::unique(r.dobs.begin(), r.dobs.end()), r.dobs.end());
        r.vrms.sort();
        r.vrms.removeDuplicates();
        for (QList<qint64> *ids : {&r.vehicles, &r.associates}) {
            std::sort(ids->begin(), ids->end());
            ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
        }
        r.areas.sort();
        r.areas.removeDuplicates();
    }
    return records;
}

QString describe(const ResolveRecord &r)
{
    QStringList names, dobs, vehicles, associates;
    for (const NameForm &n : r.names)
        names << n.forename + QLatin1Char(' ') + n.surname + (n.alias ? QStringLiteral(" (alias)") : QString());
    for (const QDate &d : r.dobs)
        dobs << d.toString(Qt::ISODate);
    for (qint64 v : r.vehicles)
        vehicles << QString::number(v);
    for (qint64 a : r.associates)
        associates << QString::number(a);
    return QStringLiteral("%1 [%2] names %3; dobs %4; vrms %5; vehicles %6; associates %7; areas %8; visits %9")
        .arg(r.entityId)
        .arg(r.label, names.join(QLatin1Char(',')), dobs.join(QLatin1Char(',')), r.vrms.join(QLatin1Char(',')),
             vehicles.join(QLatin1Char(',')), associates.join(QLatin1Char(',')), r.areas.join(QLatin1Char(',')))
        .arg(r.visits.size());
}

} // namespace

// RecordLoader reads the mentions' facts (JSON) and the links itself: on facts written with JSON
// escapes (quotes, \u escapes, a surrogate pair), spacing, aliases, a null and a number (which
// only SQLite's reading renders), and after merges (the facts of absorbed entities go to their
// survivor), it gives what the attributes view and the link joins give, record by record.
void TestMerge::loaderReadsWhatTheViewsSay()
{
    ResolveSettings settings;
    settings.types = {EntityType::Person};
    QVERIFY(EntityResolver(*m_ws).run(settings).ok);
    Database &db = m_ws->database();
    auto setFacts = [&](int row, const char *facts) {
        Statement st = db.prepare(QStringLiteral(
            "UPDATE mentions SET facts = ? WHERE entity_id = ? AND facts <> '[]'"));
        st.bind(1, QString::fromUtf8(facts)).bind(2, entityOf(row, QStringLiteral("suspect1")));
        QVERIFY(st.exec());
        QCOMPARE(db.changes(), 1);
    };
    setFacts(5, R"([["name","x"],["forenames","Zo\u00eb \"Jo\" Ann"],["surname","O\u2019Brien\ud83d\ude00\\"],)"
                R"(["dob","2001-11-30"],["aliases","KHAN, Amy;Jo ANNE; ;Z\/Q"]])");
    setFacts(6, " [ [ \"forenames\" , \"Amy\" ] ,[\"surname\",\"Kh\\u0061n\"],[\"dob\",null] ] ");
    setFacts(7, R"([["forenames","Joe"],["surname",12],["dob","1985-02-07"],["vrm","AB12CDE"]])");
    const QList<ResolveRecord> expected = loadThroughViews(db);
    QString error;
    const QList<ResolveRecord> records = RecordLoader::load(*m_ws, EntityType::Person, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), expected.size());
    int merged = 0;
    for (int i = 0; i < records.size(); ++i) {
        QCOMPARE(describe(records.at(i)), describe(expected.at(i)));
        merged += records.at(i).names.size() > 1;
    }
    // The edited rows say what was written: the escapes undone, the alias list, the number.
    QString all;
    for (const ResolveRecord &r : records)
        all += describe(r) + QLatin1Char('\n');
    QVERIFY2(all.contains(QStringLiteral("ZOE OBRIEN")) && all.contains(QStringLiteral("AMY KHAN (alias)")) &&
                 all.contains(QStringLiteral("JO ANNE (alias)")) && all.contains(QStringLiteral("JOE 12")),
             qPrintable(all));
    QVERIFY(merged > 0);
}

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"

// The Fellegi-Sunter model trained by a run is saved with its training data's digest and written to
// the audit trail; the next run uses it (reproducible) unless asked to retrain; a dry run saves nothing.
void TestMerge::matchModelIsSavedAndAudited()
{
    auto countModels = [&] {
        Statement st = m_ws->database().prepare(QStringLiteral("SELECT count(*) FROM match_models"));
        return st.step() ? st.int64(0) : -1;
    };
    ResolveSettings settings;
    settings.model = ResolveModel::Probabilistic;
    settings.types = {EntityType::Person};
    settings.dryRun = true;
    QVERIFY(EntityResolver(*m_ws).run(settings).ok);
    QCOMPARE(countModels(), 0);
    settings.dryRun = false;
    ResolveReport report = EntityResolver(*m_ws).run(settings);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.types.first().model, QStringLiteral("Fellegi-Sunter (trained)"));
    QCOMPARE(countModels(), 1);
    AuditFilter filter;
    bool audited = false;
    for (const AuditEntry &e : m_ws->auditLog().entries(filter))
        audited = audited || (e.objectType == QLatin1String("match_model") && e.detail.contains(QStringLiteral("digest")));
    QVERIFY(audited);
    report = EntityResolver(*m_ws).run(settings);
    QCOMPARE(report.types.first().model, QStringLiteral("Fellegi-Sunter (saved model)"));
    QCOMPARE(countModels(), 1);
    settings.retrain = true;
    report = EntityResolver(*m_ws).run(settings);
    QCOMPARE(report.types.first().model, QStringLiteral("Fellegi-Sunter (trained)"));
    QCOMPARE(countModels(), 2);
}

// A re-run says how many pairs already waiting in the review queue it settled: a first run with a
// strict merge threshold queues the typo (Amy Kahn, row 3) and the initial (A. Khan, row 4) that
// the default thresholds merge; the second run merges them and counts exactly the queued pairs
// whose two sides are now one entity (counted here from the workspace itself); a dry run says the
// same without merging; a third run has nothing left to settle.
void TestMerge::rerunSaysWhatItSettled()
{
    ResolveSettings strict = rules();
    strict.types = {EntityType::Person};
    strict.thresholds[EntityType::Person] = ResolveThresholds{0.999, 0.5};
    QVERIFY(EntityResolver(*m_ws).run(strict).ok);
    ReviewQueue queue(*m_ws);
    const QList<ReviewItem> before = queue.pending(EntityType::Person);
    QVERIFY(before.size() >= 2);
    QCOMPARE(EntityResolver(*m_ws).run(strict).types.first().settledByRun, 0);

    ResolveSettings normal = rules();
    normal.types = {EntityType::Person};
    normal.dryRun = true;
    const ResolveReport dry = EntityResolver(*m_ws).run(normal);
    QVERIFY(dry.ok);
    for (const ReviewItem &i : before)
        QVERIFY(root(i.entityA) != root(i.entityB)); // nothing merged by the dry run
    normal.dryRun = false;
    const ResolveReport report = EntityResolver(*m_ws).run(normal);
    QVERIFY(report.ok);
    int settled = 0;
    for (const ReviewItem &i : before)
        settled += root(i.entityA) == root(i.entityB);
    QVERIFY(settled >= 2);
    QCOMPARE(root(entityOf(3, QStringLiteral("suspect1"))), root(entityOf(1, QStringLiteral("suspect1"))));
    QCOMPARE(report.types.first().settledByRun, settled);
    QCOMPARE(dry.types.first().settledByRun, settled);
    QCOMPARE(EntityResolver(*m_ws).run(normal).types.first().settledByRun, 0);
}

// A merge made by a later pass, in a workspace: the match model saved in the workspace is the
// prior guesses with lambda 0.00002 (prior log2(0.00002/0.99998) = -15.61). By hand: David Moran
// 1980-01-02 (R11, vehicle XY51ABC) and David Moran 1980-02-01 (R12, day and month swapped, with
// co-offender Joe Bloggs): exact name 9.23 + swapped log2(0.03/0.00001) = 11.55: 5.17 (0.973),
// merged. David Moran without a date of birth (R13, the same vehicle and the same co-offender) has
// with R11 only the vehicle, 9.23 + 8.23: 1.85 (0.78), and with R12 only Joe, 9.23 + 7.23: 0.85
// (0.64): neither merges. Against the two as one: 9.23 + 8.23 + 7.23: 9.08 (0.998), merged by pass
// 2; the ledger's explanation names both pieces of evidence, and the queued pair gives way.
void TestMerge::laterPassMergeIsExplainedByItsClusters()
{
    QVERIFY(importRows(QStringLiteral("export2.csv"),
                       {QStringLiteral("R11,theft,David Moran,1980-01-02,,,XY51 ABC"),
                        QStringLiteral("R12,theft,David Moran,1980-02-01,Joe Bloggs,1985-07-02,"),
                        QStringLiteral("R13,theft,David Moran,,Joe Bloggs,1985-07-02,XY51 ABC")}));
    MatchModel guesses;
    guesses.setLambda(0.00002);
    Statement save = m_ws->database().prepare(QStringLiteral(
        "INSERT INTO match_models(entity_type, method, model, digest, records, trained_at, trained_by) "
        "VALUES (?, 'Fellegi-Sunter', ?, 'test', 0, '2026-12-04T00:00:00Z', 'test')"));
    save.bind(1, int(EntityType::Person))
        .bind(2, QString::fromUtf8(QJsonDocument(guesses.toJson()).toJson(QJsonDocument::Compact)));
    QVERIFY(save.exec());
    const qint64 a = entityOf(11, QStringLiteral("suspect1"));
    const qint64 b = entityOf(12, QStringLiteral("suspect1"));
    const qint64 c = entityOf(13, QStringLiteral("suspect1"));
    QVERIFY(a && b && c && a != b && b != c);

    ResolveSettings settings;
    settings.types = {EntityType::Person};
    const ResolveReport report = EntityResolver(*m_ws).run(settings);
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.types.first().model, QStringLiteral("Fellegi-Sunter (saved model)"));
    QVERIFY(report.types.first().passes >= 2);
    QCOMPARE(root(a), root(b));
    QCOMPARE(root(c), root(a));
    Statement why = m_ws->database().prepare(
        QStringLiteral("SELECT explanation FROM resolve_merges WHERE absorbed_id = ? OR survivor_id = ?"));
    why.bind(1, c).bind(2, c);
    QVERIFY(why.step());
    const QString explanation = why.text(0);
    QVERIFY2(explanation.contains(QStringLiteral("vehicle")) && explanation.contains(QStringLiteral("co-offender")),
             qPrintable(explanation));
    for (const ReviewItem &i : ReviewQueue(*m_ws).pending(EntityType::Person))
        QVERIFY(root(i.entityA) != root(i.entityB));
}
