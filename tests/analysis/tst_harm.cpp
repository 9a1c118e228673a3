// Harm tables, harm by place/area/retailer/offender, and concentration. Every expected figure is
// worked out by hand from data/small_incidents.csv and the Cambridge index's weights (comments).
#include "analysis/concentration.h"
#include "analysis/harmanalysis.h"
#include "analysis/harmstore.h"
#include "analysis/placeharm.h"
#include "analysis/postcodetable.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "trends/trendseries.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

class TestHarm : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sharedOutcodeTableLoads();
    void defaultTables();
    void editsReturnWhatTheyReplaced();
    void placesRankedByHand_data();
    void placesRankedByHand();
    void dateRange_data();
    void dateRange();
    void retailersAndOffenders_data();
    void retailersAndOffenders();
    void areasFromBoundaries_data();
    void areasFromBoundaries();
    void schema8Backfill();
    void placeNamesKeepTheirPossessive();
    void hotspotInputByMonthGrouped();
    void networks();
    void unweightedOffencesListed();
    void concentrationByHand_data();
    void concentrationByHand();
    void placeIndexIsAnRtree();
    void postcodeTableErrors();
    void trendsGroupedMatchPerIncident_data();
    void trendsGroupedMatchPerIncident();
    void incidentMonthsKeptByTriggers();

private:
    const HarmRow *row(const PlaceHarmResult &r, const QString &label);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    /** The reading of a data-driven test: per incident, or grouped (place, organisation, offence). */
    void addReadings();
    const HarmData &data() const;
    HarmData m_data;
    HarmData m_grouped;
    HarmTable m_table;
};

void TestHarm::initTestCase()
{
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("harm.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    const auto spec = ImportSpec::load(QStringLiteral(FC_TEST_DATA_DIR "/small_spec.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    const ImportReport r = Importer(*m_ws, *spec).importFile(QStringLiteral(FC_TEST_DATA_DIR "/small_incidents.csv"));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 11);
    // A two-district table in the layout of the shared outcode table, written for this test (so that
    // the suite needs nothing beside the repository): it locates Beta (LS1 4AP) by its district LS1.
    PostcodeLoadResult loaded;
    QVERIFY2(PostcodeTable::load(m_ws->database(), QStringLiteral(FC_TEST_DATA_DIR "/outcodes_small.csv"), false,
                                 &loaded, &error), qPrintable(error));
    QCOMPARE(loaded.loaded, 2);
    QVERIFY2(HarmAnalysis::load(m_ws->database(), QDate(), QDate(), &m_data, &m_table, &error), qPrintable(error));
    QVERIFY2(HarmAnalysis::load(m_ws->database(), QDate(), QDate(), &m_grouped, &m_table, &error,
                                HarmData::Reading::Grouped), qPrintable(error));
    // Grouped: Alpha's four incidents are four groups (four offences); the reading is smaller than
    // the incidents only where a place has several of one offence (none here but the check is that
    // groups carry their counts).
    qint64 counted = 0;
    for (const HarmIncident &i : std::as_const(m_grouped.incidents))
        counted += i.count;
    QCOMPARE(counted, 11);
}

void TestHarm::addReadings()
{
    QTest::addColumn<bool>("grouped");
    QTest::newRow("per incident") << false;
    QTest::newRow("grouped") << true;
}

const HarmData &TestHarm::data() const
{
    QFETCH(bool, grouped);
    return grouped ? m_grouped : m_data;
}

const HarmRow *TestHarm::row(const PlaceHarmResult &r, const QString &label)
{
    for (const HarmRow &h : r.rows)
        if (h.label == label)
            return &h;
    return nullptr;
}

// The shared outcode table (tests only, not shipped) loads whole into a workspace of its own.
void TestHarm::sharedOutcodeTableLoads()
{
    const QString path = QStringLiteral(FC_SHARED_DIR "/data/geo/uk_outcodes.csv");
    if (!QFile::exists(path))
        QSKIP("the shared outcode table is not beside the repository");
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("outcodes.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    PostcodeLoadResult loaded;
    QVERIFY2(PostcodeTable::load(ws->database(), path, false, &loaded, &error), qPrintable(error));
    QVERIFY(loaded.loaded > 2000);
}

void TestHarm::defaultTables()
{
    HarmStore store(m_ws->database());
    QCOMPARE(store.tableNames(), (QStringList{QStringLiteral("cchi"), QStringLiteral("ons-css")}));
    QCOMPARE(store.activeName(), QStringLiteral("cchi"));
    const auto cchi = store.table(QStringLiteral("cchi"));
    QVERIFY(cchi);
    QVERIFY(cchi->source.contains(QStringLiteral("Sherman, Neyroud & Neyroud (2016)")));
    QVERIFY(!cchi->edition.isEmpty());
    QCOMPARE(cchi->weight(QStringLiteral("shop_theft")), std::optional<double>(1));
    QCOMPARE(cchi->weight(QStringLiteral("ROBBERY")), std::optional<double>(365)); // case does not matter
    QVERIFY(!cchi->weight(QStringLiteral("fraud")));        // listed, no published value
    QVERIFY(cchi->find(QStringLiteral("fraud")));
    QVERIFY(!cchi->weight(QStringLiteral("violence_sexual")));
    const auto ons = store.table(QStringLiteral("ons-css"));
    QVERIFY(ons);
    QCOMPARE(ons->weight(QStringLiteral("homicide")), std::optional<double>(7979));
    // Published figures (ONS, reported by inews.co.uk and worldjusticenews.com, November 2016).
    QCOMPARE(ons->weight(QStringLiteral("cannabis_possession")), std::optional<double>(3));
    QVERIFY(!ons->weight(QStringLiteral("shop_theft"))); // not checked: listed without a weight, never 0
    QVERIFY(!ons->weight(QStringLiteral("shop_theft")));
    QString error;
    QVERIFY(store.ensureDefaults(&error)); // again: nothing changes
    QCOMPARE(store.tableNames().size(), 2);
}

void TestHarm::editsReturnWhatTheyReplaced()
{
    HarmStore store(m_ws->database());
    QString error;
    std::optional<HarmWeight> previous;
    QVERIFY2(store.setWeight(QStringLiteral("ons-css"), HarmWeight{QStringLiteral("fraud"), QString(), 12.5, QString()},
                             &previous, &error), qPrintable(error));
    QVERIFY(previous);
    QVERIFY(!previous->weight);
    QCOMPARE(store.table(QStringLiteral("ons-css"))->weight(QStringLiteral("fraud")), std::optional<double>(12.5));
    QCOMPARE(store.table(QStringLiteral("ons-css"))->find(QStringLiteral("fraud"))->category, previous->category);
    // Undo: the previous entry written back.
    QVERIFY(store.setWeight(QStringLiteral("ons-css"), *previous, nullptr, &error));
    QVERIFY(!store.table(QStringLiteral("ons-css"))->weight(QStringLiteral("fraud")));
    // A new offence: nothing replaced, removed again by undo.
    QVERIFY(store.setWeight(QStringLiteral("ons-css"), HarmWeight{QStringLiteral("new_one"), QStringLiteral("X"), 3, {}},
                            &previous, &error));
    QVERIFY(!previous);
    QVERIFY(store.removeWeight(QStringLiteral("ons-css"), QStringLiteral("new_one"), &error));
    QVERIFY(!store.table(QStringLiteral("ons-css"))->find(QStringLiteral("new_one")));
    // A negative weight and an unknown table are refused.
    QVERIFY(!store.setWeight(QStringLiteral("ons-css"), HarmWeight{QStringLiteral("fraud"), {}, -1, {}}, nullptr, &error));
    QVERIFY(!store.setActive(QStringLiteral("nope"), &error));
    QVERIFY(store.setActive(QStringLiteral("ons-css"), &error));
    QCOMPARE(store.activeName(), QStringLiteral("ons-css"));
    QVERIFY(store.setActive(QStringLiteral("cchi"), &error));
}

void TestHarm::placesRankedByHand_data()
{
    addReadings();
}

void TestHarm::placesRankedByHand()
{
    // Cambridge weights: shop_theft 1, robbery 365, assault 10, burglary 183.5, criminal_damage 2;
    // fraud and other unweighted.
    // Alpha (S1): I1 1 + I2 365 + I3 10 + I11 1 = 377, 4 incidents, £10+100+0+15 = £125.
    // Delta (S4): I8 365. Beta (S2): I4 183.5 + I5 1 = 184.5, £520. Epsilon (S5): I9 2.
    // Gamma (S3): I7 1 (+ I6 fraud, unweighted), 2 incidents, £55. No place: I10 other, 0.
    // Total 377 + 365 + 184.5 + 2 + 1 = 929.5 over 11 incidents, £730.
    const PlaceHarmResult r = PlaceHarm::rank(data(), m_table, PlaceHarm::GroupBy::Place);
    QCOMPARE(r.totalHarm, 929.5);
    QCOMPARE(r.totalIncidents, 11);
    QCOMPARE(r.totalValueGbp, 730.0);
    QCOMPARE(r.rows.size(), 6);
    const QStringList order = {QStringLiteral("Alpha"), QStringLiteral("Delta"), QStringLiteral("Beta"),
                               QStringLiteral("Epsilon"), QStringLiteral("Gamma"), QStringLiteral("(no place)")};
    for (int k = 0; k < order.size(); ++k) {
        QCOMPARE(r.rows.at(k).label, order.at(k));
        QCOMPARE(r.rows.at(k).rank, k + 1);
    }
    const HarmRow *alpha = row(r, QStringLiteral("Alpha"));
    QCOMPARE(alpha->harm, 377.0);
    QCOMPARE(alpha->incidents, 4);
    QCOMPARE(alpha->valueGbp, 125.0);
    QVERIFY(qFuzzyCompare(alpha->share, 377.0 / 929.5));
    QVERIFY(alpha->located); // by its coordinates, somewhere in Sheffield
    QVERIFY(alpha->bng.x() > 430000 && alpha->bng.x() < 440000 && alpha->bng.y() > 380000 && alpha->bng.y() < 395000);
    const HarmRow *beta = row(r, QStringLiteral("Beta"));
    QCOMPARE(beta->harm, 184.5);
    QVERIFY(beta->located); // by the district LS1 of the outcode table: E 429800 N 433500
    QCOMPARE(beta->bng, QPointF(429800, 433500));
    const HarmRow *gamma = row(r, QStringLiteral("Gamma"));
    QCOMPARE(gamma->incidents, 2);
    QCOMPARE(gamma->unweightedIncidents, 1);
    QCOMPARE(gamma->harm, 1.0);
    // Unlocated places are listed with the reason, and counted in every total.
    QVERIFY(!gamma->located);
    QCOMPARE(gamma->unlocatedReason, QStringLiteral("postcode ZZ9 9ZZ not in the postcode table"));
    QVERIFY(!row(r, QStringLiteral("Delta"))->located);
    QCOMPARE(row(r, QStringLiteral("Delta"))->unlocatedReason, QStringLiteral("no coordinates and no postcode"));
    QVERIFY(!row(r, QStringLiteral("Epsilon"))->located);
    QCOMPARE(row(r, QStringLiteral("Epsilon"))->unlocatedReason, QStringLiteral("coordinates outside the UK grid"));
    QCOMPARE(row(r, QStringLiteral("(no place)"))->incidents, 1);
    double shares = 0;
    for (const HarmRow &h : r.rows)
        shares += h.share;
    QVERIFY(qFuzzyCompare(shares, 1.0));
}

void TestHarm::dateRange_data()
{
    addReadings();
}

void TestHarm::dateRange()
{
    QFETCH(bool, grouped);
    const auto reading = grouped ? HarmData::Reading::Grouped : HarmData::Reading::PerIncident;
    // Up to 31 March: I11 (10 April, Alpha, 1) is out: Alpha 376, total 928.5 over 10 incidents.
    HarmData data;
    HarmTable table;
    QString error;
    QVERIFY(HarmAnalysis::load(m_ws->database(), QDate(2026, 3, 1), QDate(2026, 3, 31), &data, &table, &error, reading));
    const PlaceHarmResult r = PlaceHarm::rank(data, table, PlaceHarm::GroupBy::Place);
    QCOMPARE(r.totalIncidents, 10);
    QCOMPARE(r.totalHarm, 928.5);
    QCOMPARE(row(r, QStringLiteral("Alpha"))->harm, 376.0);
    // From 10 March: I10 (the 10th, 19:00) and I11.
    QVERIFY(HarmAnalysis::load(m_ws->database(), QDate(2026, 3, 10), QDate(), &data, &table, &error, reading));
    QCOMPARE(PlaceHarm::rank(data, table, PlaceHarm::GroupBy::Place).totalIncidents, 2);
}

void TestHarm::retailersAndOffenders_data()
{
    addReadings();
}

void TestHarm::retailersAndOffenders()
{
    const PlaceHarmResult retailers = PlaceHarm::rank(data(), m_table, PlaceHarm::GroupBy::Retailer);
    QCOMPARE(retailers.rows.size(), 1);
    QCOMPARE(retailers.rows.at(0).label, QStringLiteral("Testco"));
    QCOMPARE(retailers.rows.at(0).harm, 929.5);
    QCOMPARE(retailers.rows.at(0).share, 1.0);
    QFETCH(bool, grouped);
    if (grouped)
        return; // offenders need each incident: the grouped reading has none
    // Amy Khan: I1 1 + I2 365 = 366; Bob Ray: I2 365; no known offender: 929.5 - 366 = 563.5.
    const PlaceHarmResult offenders = PlaceHarm::rank(m_data, m_table, PlaceHarm::GroupBy::Offender);
    QCOMPARE(offenders.rows.size(), 3);
    QCOMPARE(offenders.rows.at(0).label, QStringLiteral("(no known offender)"));
    QCOMPARE(offenders.rows.at(0).harm, 563.5);
    QCOMPARE(offenders.rows.at(1).label, QStringLiteral("Amy KHAN")); // the importer's display form
    QCOMPARE(offenders.rows.at(1).harm, 366.0);
    QCOMPARE(offenders.rows.at(2).label, QStringLiteral("Bob RAY"));
    QCOMPARE(offenders.rows.at(2).harm, 365.0);
    QVERIFY(offenders.method.contains(QStringLiteral("more than 100%")));
}

void TestHarm::networks()
{
    // Amy and Bob offended together (I2): one network of two. Its harm: I1 1 + I2 365 = 366 (I2 once,
    // though both are in it); every other incident has no known offender: 929.5 - 366 = 563.5.
    HarmData data = m_data;
    HarmAnalysis::findNetworks(m_ws->entityRecords(), m_ws->linkRecords(), &data);
    const PlaceHarmResult r = PlaceHarm::rank(data, m_table, PlaceHarm::GroupBy::Network);
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).label, QStringLiteral("(no network)"));
    QCOMPARE(r.rows.at(0).harm, 563.5);
    QCOMPARE(r.rows.at(1).key, QStringLiteral("N1"));
    QCOMPARE(r.rows.at(1).harm, 366.0);
    QCOMPARE(r.rows.at(1).incidents, 2);
}

void TestHarm::areasFromBoundaries_data()
{
    addReadings();
}

void TestHarm::areasFromBoundaries()
{
    QString error;
    const auto boundaries = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &error);
    QVERIFY2(boundaries, qPrintable(error));
    const PlaceHarmResult r = PlaceHarm::rank(data(), m_table, PlaceHarm::GroupBy::Area,
                                              HarmAnalysis::areaLookup(*boundaries));
    // Sheffield: Alpha 377. Leeds: Beta 184.5. Unlocated (Delta, Epsilon, Gamma, no place): 365 + 2 + 1 + 0.
    const HarmRow *sheffield = row(r, QStringLiteral("Sheffield"));
    QVERIFY(sheffield);
    QCOMPARE(sheffield->key, QStringLiteral("E08000019"));
    QCOMPARE(sheffield->harm, 377.0);
    const HarmRow *leeds = row(r, QStringLiteral("Leeds"));
    QVERIFY(leeds);
    QCOMPARE(leeds->harm, 184.5);
    const HarmRow *unlocated = row(r, QStringLiteral("(unlocated)"));
    QVERIFY(unlocated);
    QCOMPARE(unlocated->harm, 368.0);
    QCOMPARE(unlocated->incidents, 5);
    QCOMPARE(r.totalHarm, 929.5);
}

void TestHarm::schema8Backfill()
{
    // A schema-7 workspace written by hand: location 1 merged into location 2; incident 3 occurred at
    // 1, incident 4 at 2 (and, later, at 1: the first link counts), incident 7 nowhere; person 6 a
    // suspect in 3 (not a place). Entities 1-4 first named by import 2, 6-7 by import 1.
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("v7.fcdb"))));
    QString error;
    QVERIFY2(Schema::migrate(db, &error, 7), qPrintable(error));
    QVERIFY2(db.exec(QStringLiteral(
        "INSERT INTO imports(id, file_name, file_size, sha256, spec_name, spec_json, organisation, started_at) "
        "VALUES (1,'a',0,'x','s','{}','Acme','2026-01-01'), (2,'b',0,'y','s','{}','Bexco','2026-01-02');"
        "INSERT INTO source_records(id, import_id, row_number, raw) VALUES (1,1,1,''), (2,2,1,''), (3,2,2,'');"
        "INSERT INTO entities(id, type, label, occurred_at, offence, merged_into) VALUES "
        "(2,3,'Kept',NULL,NULL,NULL), (1,3,'Old',NULL,NULL,2), (3,4,'I3','2026-03-01','robbery',NULL), "
        "(4,4,'I4','2026-03-02','robbery',NULL), (6,1,'P',NULL,NULL,NULL), (7,4,'I7','2026-03-03','robbery',NULL);"
        "INSERT INTO mentions(entity_id, source_record_id, role, facts) VALUES (6,1,'p','[]'), (7,1,'i','[]'), "
        "(1,2,'s','[]'), (2,2,'s','[]'), (3,2,'i','[]'), (4,3,'i','[[\"lat\",\"53.38\"],[\"lon\",\"-1.47\"]]'), (4,1,'i','[]');"
        "INSERT INTO links(id, type, from_id, to_id, source_record_id) VALUES (1,'occurred_at',3,1,2), "
        "(2,'occurred_at',4,2,3), (3,'occurred_at',4,1,1), (4,'suspect_in',6,3,1);")), qPrintable(db.lastError()));
    QVERIFY2(Schema::migrate(db, &error, 8), qPrintable(error)); // version 8 itself, not what came after
    QCOMPARE(db.userVersion(), 8);
    auto column = [&](const char *name, int id) {
        return db.scalarInt(QStringLiteral("SELECT coalesce(%1, 0) FROM entities WHERE id = %2")
                                .arg(QLatin1String(name)).arg(id));
    };
    QCOMPARE(column("place_id", 3), 1); // as linked; readers follow merged_into
    QCOMPARE(column("place_id", 4), 2);
    QCOMPARE(column("place_id", 7), 0);
    QCOMPARE(column("place_id", 6), 0);
    QCOMPARE(column("import_id", 4), 2); // its first mention's import, not the later one
    QCOMPARE(column("import_id", 6), 1);
    QCOMPARE(column("import_id", 1), 2);
    // The grouped reading puts 3 (at the merged place) and 4 under Kept; 7 has no place.
    HarmData data;
    QVERIFY2(data.load(db, QDate(), QDate(), &error, HarmData::Reading::Grouped), qPrintable(error));
    qint64 atKept = 0, nowhere = 0;
    for (const HarmIncident &i : std::as_const(data.incidents)) {
        if (i.placeId == 2)
            atKept += i.count;
        else if (i.placeId == 0)
            nowhere += i.count;
        QCOMPARE(i.organisation, i.placeId == 2 ? QStringLiteral("Bexco") : QStringLiteral("Acme"));
    }
    QCOMPARE(atKept, 2);
    QCOMPARE(nowhere, 1);
    // Read one by one: Kept cannot be located (no coordinates, no postcode), so incident 4 falls back
    // on its own coordinates (Sheffield); incident 3 has none, nor has 7.
    HarmData each;
    HarmTable table;
    QVERIFY2(HarmAnalysis::load(db, QDate(), QDate(), &each, &table, &error), qPrintable(error));
    QCOMPARE(each.incidents.size(), 3);
    for (qsizetype n = 0; n < each.incidents.size(); ++n) {
        const std::optional<QPointF> at = each.incidentBng.at(n);
        QCOMPARE(at.has_value(), each.incidents.at(n).id == 4);
        if (at)
            QVERIFY(at->x() > 430000 && at->x() < 440000 && at->y() > 380000 && at->y() < 395000);
    }
    // The ranking is one read of the covering index (no table lookups, no sort).
    Statement plan = db.prepare(QStringLiteral(
        "EXPLAIN QUERY PLAN SELECT e.place_id, e.import_id, e.offence, count(*), total(e.value_gbp) FROM entities e "
        "WHERE e.type = 4 AND e.merged_into IS NULL AND e.place_id IS NOT NULL GROUP BY e.place_id, e.import_id, e.offence"));
    QString planText;
    while (plan.step())
        planText += plan.text(3) + QLatin1Char('\n');
    QVERIFY2(planText.contains(QStringLiteral("COVERING INDEX entities_incident_place")), qPrintable(planText));
    QVERIFY2(!planText.contains(QStringLiteral("TEMP B-TREE")), qPrintable(planText));
}

void TestHarm::hotspotInputByMonthGrouped()
{
    // The hot spots' points read grouped by place and month carry the same harm per month as the
    // incidents one by one: located are Alpha (S1: I1 1, I2 365, I3 10 in March, I11 1 in April)
    // and Beta (S2: I4 183.5, I5 1 in March); Epsilon's coordinates are off the grid.
    HarmData grouped;
    HarmTable table;
    QString error;
    QVERIFY2(HarmAnalysis::load(m_ws->database(), QDate(), QDate(), &grouped, &table, &error,
                                HarmData::Reading::GroupedByMonth), qPrintable(error));
    for (const HarmData *data : {&m_data, &grouped}) {
        const HotspotInput in = HarmAnalysis::hotspotInput(*data, table, true);
        QCOMPARE(in.months, (QStringList{QStringLiteral("2026-03"), QStringLiteral("2026-04")}));
        double march = 0, april = 0;
        for (const HotspotPoint &p : in.points)
            (p.month == 0 ? march : april) += p.weight;
        QCOMPARE(march, 1 + 365 + 10 + 183.5 + 1);
        QCOMPARE(april, 1.0);
        QCOMPARE(in.unlocatedIncidents, 5); // Gamma's two, Delta's, Epsilon's, and the incident with no place
        QCOMPARE(in.incidents, 6); // Alpha's four and Beta's two, however many points they make
    }
    // Alpha's March: three offences, one group each; April a fourth.
    qint64 alphaGroups = 0;
    for (const HarmIncident &i : std::as_const(grouped.incidents))
        if (grouped.places.value(i.placeId).label == QLatin1String("Alpha"))
            ++alphaGroups;
    QCOMPARE(alphaGroups, 4);
}

void TestHarm::placeNamesKeepTheirPossessive()
{
    // data.police.uk publishes "On or near Alderman'S Walk" (979 rows of the shared City of London
    // sample): the place's label reads "Alderman's Walk"; O'Connell and 'N' are left as they are.
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("p.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QFile f(dir.filePath(QStringLiteral("2018-01-city-of-london-street.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,"
            "Last outcome category,Context\n"
            "a1,2018-01,City of London Police,City of London Police,-0.09,51.51,On or near Alderman'S Walk,E01000001,"
            "City of London 001A,Shoplifting,,\n"
            "a2,2018-01,City of London Police,City of London Police,-0.08,51.52,On or near O'Connell Street,E01000001,"
            "City of London 001A,Shoplifting,,\n"
            "a3,2018-01,City of London Police,City of London Police,-0.07,51.53,On or near Rock 'N' Roll Yard,E01000001,"
            "City of London 001A,Shoplifting,,\n");
    f.close();
    const auto spec = ImportSpec::load(QStringLiteral(FC_SOURCE_DIR "/resources/specs/police-uk-street.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    const ImportReport r = Importer(*ws, *spec).importFile(f.fileName());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QStringList labels;
    Statement q = ws->database().prepare(QStringLiteral("SELECT label FROM entities WHERE type = 3 ORDER BY id"));
    while (q.step())
        labels << q.text(0);
    QCOMPARE(labels, (QStringList{QStringLiteral("On or near Alderman's Walk"), QStringLiteral("On or near O'Connell Street"),
                                  QStringLiteral("On or near Rock 'N' Roll Yard")}));
    // And each incident's place column (schema 8) is filled by the import.
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE type = 4 AND place_id IS NOT NULL "
                                                     "AND import_id IS NOT NULL")), 3);
}

void TestHarm::unweightedOffencesListed()
{
    const PlaceHarmResult r = PlaceHarm::rank(m_data, m_table, PlaceHarm::GroupBy::Place);
    QCOMPARE(r.unweighted.size(), 2);
    QCOMPARE(r.unweighted.at(0).offence, QStringLiteral("fraud"));
    QCOMPARE(r.unweighted.at(0).incidents, 1);
    QCOMPARE(r.unweighted.at(1).offence, QStringLiteral("other"));
    // Under the ONS table as shipped, none of the retail offences has a weight: all 11 are listed.
    HarmStore store(m_ws->database());
    const PlaceHarmResult ons = PlaceHarm::rank(m_data, *store.table(QStringLiteral("ons-css")), PlaceHarm::GroupBy::Place);
    qint64 listed = 0;
    for (const UnweightedOffence &u : ons.unweighted)
        listed += u.incidents;
    QCOMPARE(listed, 11);
    QCOMPARE(ons.totalHarm, 0.0);
    QCOMPARE(ons.totalIncidents, 11);
}

void TestHarm::concentrationByHand_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<double>("top1");
    QTest::addColumn<double>("top5");
    QTest::addColumn<double>("top10");
    QTest::addColumn<double>("gini");
    // 1,2,3,4 (total 10): top 1/5/10% = ceil(0.04/0.2/0.4) = 1 place = 4/10. Lorenz (0,0) (.25,.1)
    // (.5,.3) (.75,.6) (1,1): area = .25 * (.1 + .4 + .9 + 1.6) / 2 = .375, Gini = 1 - 2 * .375 = .25
    // (= sum |xi - xj| over ordered pairs / (2 n^2 mean) = 20 / 80).
    QTest::newRow("1..4") << QList<double>{3, 1, 4, 2} << 0.4 << 0.4 << 0.4 << 0.25;
    // One place holds all: Gini = (n - 1) / n = 0.8.
    QTest::newRow("one of five") << QList<double>{0, 0, 10, 0, 0} << 1.0 << 1.0 << 1.0 << 0.8;
    // Equal: Gini 0; the top place of 4 holds a quarter.
    QTest::newRow("equal") << QList<double>{5, 5, 5, 5} << 0.25 << 0.25 << 0.25 << 0.0;
    // 1..100 (total 5050): top 1% = 100, top 5% = 96..100 = 490, top 10% = 91..100 = 955;
    // Gini = 2 sum(i x_i) / (n sum x) - (n + 1) / n (values ascending), for 1..n = (n - 1) / (3n) = 99/300 = 0.33.
    QList<double> hundred;
    for (int i = 1; i <= 100; ++i)
        hundred << i;
    QTest::newRow("1..100") << hundred << 100.0 / 5050 << 490.0 / 5050 << 955.0 / 5050 << 0.33;
}

void TestHarm::concentrationByHand()
{
    QFETCH(QList<double>, values);
    QFETCH(double, top1);
    QFETCH(double, top5);
    QFETCH(double, top10);
    QFETCH(double, gini);
    const ConcentrationResult r = Concentration::of(values);
    QVERIFY(qFuzzyCompare(1 + r.top1, 1 + top1));
    QVERIFY(qFuzzyCompare(1 + r.top5, 1 + top5));
    QVERIFY(qFuzzyCompare(1 + r.top10, 1 + top10));
    QVERIFY2(std::fabs(r.gini - gini) < 1e-9, qPrintable(QString::number(r.gini, 'g', 12)));
    QCOMPARE(r.lorenz.size(), values.size() + 1);
    QCOMPARE(r.lorenz.last(), QPointF(1, 1));
}

void TestHarm::placeIndexIsAnRtree()
{
    // Located places are in the R*Tree: Alpha and Beta (the other three are not located). The
    // analyses only read; the index is written on its own write path.
    Database &db = m_ws->database();
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM place_index")), 0);
    QString error;
    QVERIFY2(HarmAnalysis::indexPlaces(db, &error), qPrintable(error));
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM place_index")), 2);
    QVERIFY(db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'place_index' AND "
                                        "sql LIKE '%rtree%'")) == 1);
    // A window around Leeds finds Beta alone.
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM place_index WHERE min_x >= 429000 AND max_x <= 430000 "
                                         "AND min_y >= 433000 AND max_y <= 434000")), 1);
}

void TestHarm::postcodeTableErrors()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("p.fcdb")), &error);
    QVERIFY(ws);
    QFile f(dir.filePath(QStringLiteral("pc.csv")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("pcds,oseast1m,osnrth1m,lat,long\nsw1a1aa,529090,179645,51.501009,-0.141588\nLS1 4AP,abc,433500,,\n");
    f.close();
    QVERIFY(!PostcodeTable::load(ws->database(), f.fileName(), false, nullptr, &error));
    QCOMPARE(error, QStringLiteral("pc.csv row 3 column 2: \"abc\" is not a number"));
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM postcodes")), 0); // nothing kept
    QCOMPARE(PostcodeTable::normalise(QStringLiteral("sw1a1aa")), QStringLiteral("SW1A 1AA"));
    QCOMPARE(PostcodeTable::normalise(QStringLiteral("ls1")), QStringLiteral("LS1"));
}


void TestHarm::trendsGroupedMatchPerIncident_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("split");
    for (TrendPeriod p : {TrendPeriod::Month, TrendPeriod::Week})
        for (TrendSplit s : {TrendSplit::None, TrendSplit::Offence, TrendSplit::Retailer, TrendSplit::Area,
                             TrendSplit::Hour, TrendSplit::Weekday})
            QTest::newRow(qPrintable(TrendSeriesBuilder::name(p) + QLatin1Char('/') + TrendSeriesBuilder::name(s)))
                << int(p) << int(s);
}

void TestHarm::trendsGroupedMatchPerIncident()
{
    // The trends' grouped reading (per place, organisation, offence and day or hour) gives the same
    // series as the per-incident one. Beside the small file, incidents that share a place, offence and
    // day (J1-J3; J1 and J2 also their hour) so that groups hold several incidents.
    QFETCH(int, period);
    QFETCH(int, split);
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("trends.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    const auto spec = ImportSpec::load(QStringLiteral(FC_TEST_DATA_DIR "/small_spec.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    QVERIFY(Importer(*ws, *spec).importFile(QStringLiteral(FC_TEST_DATA_DIR "/small_incidents.csv")).ok());
    QFile more(dir.filePath(QStringLiteral("more.csv")));
    QVERIFY(more.open(QIODevice::WriteOnly));
    more.write("Ref,Date,Offence,Value,Store,Store Name,Postcode,Lat,Lon,Suspect,Suspect DOB,Suspect 2,Suspect 2 DOB\n"
               "J1,01/03/2026 10:05,Theft from shop,10.00,S1,Alpha,,53.3811,-1.4701,,,,\n"
               "J2,01/03/2026 10:30,Theft from shop,12.50,S1,Alpha,,53.3811,-1.4701,,,,\n"
               "J3,01/03/2026 18:00,Theft from shop,7.00,S1,Alpha,,53.3811,-1.4701,,,,\n"
               "J4,02/03/2026 09:00,Robbery,40.00,S2,Beta,LS1 4AP,,,,,,\n"
               "J5,15/04/2026 08:00,Robbery,3.00,S2,Beta,LS1 4AP,,,,,,\n"
               "J6,15/04/2026 08:00,Unlisted offence,0,,,,,,,,,\n");
    more.close();
    const ImportReport r = Importer(*ws, *spec).importFile(more.fileName());
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY2(PostcodeTable::load(ws->database(), QStringLiteral(FC_TEST_DATA_DIR "/outcodes_small.csv"), false,
                                 nullptr, &error), qPrintable(error));
    const auto boundaries = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &error);
    QVERIFY2(boundaries, qPrintable(error));
    const PlaceHarm::AreaLookup areaOf = HarmAnalysis::areaLookup(*boundaries);
    const auto p = TrendPeriod(period);
    const auto s = TrendSplit(split);
    HarmData one, grouped;
    HarmTable table;
    QVERIFY2(HarmAnalysis::load(ws->database(), QDate(), QDate(), &one, &table, &error), qPrintable(error));
    QCOMPARE(one.incidents.size(), 17);
    // Whole history (by month for months), and a range inside months (by day).
    for (const auto &[from, to] : {std::pair<QDate, QDate>(), {QDate(2026, 3, 2), QDate(2026, 4, 12)}}) {
        const HarmData::Reading reading = TrendSeriesBuilder::reading(p, s, from);
        QVERIFY(reading != HarmData::Reading::PerIncident);
        QVERIFY2(HarmAnalysis::load(ws->database(), QDate(), QDate(), &grouped, &table, &error, reading),
                 qPrintable(error));
        QVERIFY(grouped.incidents.size() < one.incidents.size()); // J1-J3 (J1-J2 by hour) are one group
        const TrendSeriesSet a = TrendSeriesBuilder::build(one, table, p, s, from, to, areaOf);
        const TrendSeriesSet b = TrendSeriesBuilder::build(grouped, table, p, s, from, to, areaOf);
        QCOMPARE(b.starts, a.starts);
        QCOMPARE(b.complete, a.complete);
        QCOMPARE(b.undated, a.undated);
        QCOMPARE(b.series.size(), a.series.size());
        QVERIFY(a.total.total() > 0);
        QList<TrendSeries> sa = a.series, sb = b.series;
        sa.prepend(a.total);
        sb.prepend(b.total);
        for (qsizetype k = 0; k < sa.size(); ++k) {
            QCOMPARE(sb.at(k).key, sa.at(k).key);
            QCOMPARE(sb.at(k).label, sa.at(k).label);
            QCOMPARE(sb.at(k).counts, sa.at(k).counts);
            QCOMPARE(sb.at(k).harms, sa.at(k).harms);
            QCOMPARE(sb.at(k).unweightedCounts, sa.at(k).unweightedCounts);
            QCOMPARE(sb.at(k).stores, sa.at(k).stores);
            QCOMPARE(sb.at(k).values.size(), sa.at(k).values.size());
            for (qsizetype v = 0; v < sa.at(k).values.size(); ++v)
                QVERIFY(std::abs(sb.at(k).values.at(v) - sa.at(k).values.at(v)) < 1e-9);
        }
    }
}

void TestHarm::incidentMonthsKeptByTriggers()
{
    // Schema 11's monthly totals (incident_months), kept by triggers, against counts by hand after an
    // import, a rolled-back write, a failed import, deleted incidents, a merge and a harm-weight edit;
    // and at each step the monthly trends read from them equal the trends read incident by incident.
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("months.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    Database &db = ws->database();
    const auto spec = ImportSpec::load(QStringLiteral(FC_TEST_DATA_DIR "/small_spec.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    QFile csv(dir.filePath(QStringLiteral("months.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Ref,Date,Offence,Value,Store,Store Name,Postcode,Lat,Lon,Suspect,Suspect DOB,Suspect 2,Suspect 2 DOB\n"
              "J1,01/03/2026 10:05,Theft from shop,10.00,S1,Alpha,,53.3811,-1.4701,,,,\n"
              "J2,01/03/2026 10:30,Theft from shop,12.50,S1,Alpha,,53.3811,-1.4701,,,,\n"
              "J3,01/03/2026 18:00,Theft from shop,7.00,S1,Alpha,,53.3811,-1.4701,,,,\n"
              "J4,02/03/2026 09:00,Robbery,40.00,S2,Beta,,53.80,-1.55,,,,\n"
              "J5,15/04/2026 08:00,Robbery,3.00,S2,Beta,,53.80,-1.55,,,,\n"
              "J6,15/04/2026 08:00,Unlisted offence,0,,,,,,,,,\n");
    csv.close();
    const ImportReport r = Importer(*ws, *spec).importFile(csv.fileName());
    QVERIFY2(r.ok(), qPrintable(r.message));
    // "label month" -> "count value latest" of the table (J6 has no place: not in it).
    auto table = [&]() {
        QStringList rows;
        Statement q = db.prepare(QStringLiteral(
            "SELECT p.label, m.month, m.incidents, m.value_gbp, m.latest FROM incident_months m "
            "JOIN entities p ON p.id = m.place_id ORDER BY p.label, m.month"));
        while (q.step())
            rows << QStringLiteral("%1 %2: %3 %4 %5").arg(q.text(0), q.text(1)).arg(q.int64(2))
                        .arg(q.real(3), 0, 'f', 2).arg(q.text(4));
        return rows;
    };
    // The trends by month from the totals equal the trends from the incidents one by one.
    auto sameTrends = [&](double expectedHarm) {
        HarmData one, months;
        HarmTable harm;
        QString e;
        QVERIFY2(HarmAnalysis::load(db, QDate(), QDate(), &one, &harm, &e), qPrintable(e));
        QVERIFY2(HarmAnalysis::load(db, QDate(), QDate(), &months, &harm, &e,
                                    HarmData::Reading::GroupedByMonthLatest), qPrintable(e));
        for (TrendSplit split : {TrendSplit::None, TrendSplit::Offence, TrendSplit::Retailer}) {
            const TrendSeriesSet a = TrendSeriesBuilder::build(one, harm, TrendPeriod::Month, split, {}, {}, {});
            const TrendSeriesSet b = TrendSeriesBuilder::build(months, harm, TrendPeriod::Month, split, {}, {}, {});
            QCOMPARE(b.starts, a.starts);
            QCOMPARE(b.complete, a.complete);
            QCOMPARE(b.series.size(), a.series.size());
            QCOMPARE(b.total.counts, a.total.counts);
            QCOMPARE(b.total.harms, a.total.harms);
            QCOMPARE(b.total.stores, a.total.stores);
            for (qsizetype k = 0; k < a.series.size(); ++k) {
                QCOMPARE(b.series.at(k).key, a.series.at(k).key);
                QCOMPARE(b.series.at(k).counts, a.series.at(k).counts);
                QCOMPARE(b.series.at(k).harms, a.series.at(k).harms);
            }
            double total = 0;
            for (double h : b.total.harms)
                total += h;
            QCOMPARE(total, expectedHarm);
        }
    };
    // By hand: Alpha in March J1-J3 (29.50, latest 18:00); Beta J4 in March, J5 in April. Harm
    // (Cambridge index): shop theft 1 each, robbery 365 each: 3 + 730.
    const QStringList imported{QStringLiteral("Alpha 2026-03: 3 29.50 2026-03-01T18:00:00"),
                               QStringLiteral("Beta 2026-03: 1 40.00 2026-03-02T09:00:00"),
                               QStringLiteral("Beta 2026-04: 1 3.00 2026-04-15T08:00:00")};
    QCOMPARE(table(), imported);
    sameTrends(733);
    // A write rolled back leaves the totals as they were.
    {
        Transaction tx(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO entities(type, label, occurred_at, value_gbp, offence, place_id) "
                                       "SELECT 4, 'X', '2026-03-05T00:00:00', 1, 'robbery', place_id FROM entities "
                                       "WHERE label = 'J1'")));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM entities WHERE label = 'J5'")));
        QCOMPARE(table().size(), 3); // Alpha gains a robbery row, Beta loses April
    }
    QCOMPARE(table(), imported);
    // A failed import (a required column missing) changes nothing.
    QFile bad(dir.filePath(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("Ref,Offence\nK1,Robbery\n");
    bad.close();
    QVERIFY(!Importer(*ws, *spec).importFile(bad.fileName()).ok());
    QCOMPARE(table(), imported);
    // Deleting J2 takes 1 and 12.50 off Alpha (29.50 - 12.50 = 17.00)'s March; deleting J3 (the latest) brings the latest back
    // to J1's 10:05; deleting J1 removes the row.
    QVERIFY(db.exec(QStringLiteral("DELETE FROM entities WHERE label = 'J2'")));
    QCOMPARE(table().first(), QStringLiteral("Alpha 2026-03: 2 17.00 2026-03-01T18:00:00"));
    QVERIFY(db.exec(QStringLiteral("DELETE FROM entities WHERE label = 'J3'")));
    QCOMPARE(table().first(), QStringLiteral("Alpha 2026-03: 1 10.00 2026-03-01T10:05:00"));
    sameTrends(731);
    QVERIFY(db.exec(QStringLiteral("DELETE FROM entities WHERE label = 'J1'")));
    QCOMPARE(table(), imported.mid(1));
    // J4 merged into J5 (an incident resolved as a duplicate) leaves Beta's March.
    QVERIFY(db.exec(QStringLiteral("UPDATE entities SET merged_into = (SELECT id FROM entities WHERE label = 'J5') "
                                   "WHERE label = 'J4'")));
    QCOMPARE(table(), imported.mid(2));
    sameTrends(365);
    // Undone: back as before. A harm-weight edit needs no rebuild: robbery at 2 gives J4 + J5 = 4.
    QVERIFY(db.exec(QStringLiteral("UPDATE entities SET merged_into = NULL WHERE label = 'J4'")));
    QCOMPARE(table(), imported.mid(1));
    HarmStore store(db);
    QVERIFY2(store.setWeight(store.activeName(), HarmWeight{QStringLiteral("robbery"), QString(), 2, QString()},
                             nullptr, &error), qPrintable(error));
    sameTrends(4);
    // The totals equal a GROUP BY over the incidents (the migration's backfill) at the end.
    QCOMPARE(db.scalarInt(QStringLiteral(
                 "SELECT count(*) FROM (SELECT place_id, coalesce(import_id, 0) i, coalesce(offence, '') o, "
                 "coalesce(substr(occurred_at, 1, 7), '') m, count(*) n, max(occurred_at) l FROM entities "
                 "WHERE type = 4 AND merged_into IS NULL AND place_id IS NOT NULL GROUP BY 1, 2, 3, 4 "
                 "EXCEPT SELECT place_id, import_id, offence, month, incidents, latest FROM incident_months)")), 0);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM incident_months")), 2);

    // The migration fills the totals of a schema-10 workspace: place 1 has two robberies in March
    // (5 + 2.5, latest the 9th) and one undated; incident 5 is merged away, 6 has no place.
    Database old;
    QVERIFY(old.open(dir.filePath(QStringLiteral("v10.fcdb"))));
    QVERIFY2(Schema::migrate(old, &error, 10), qPrintable(error));
    QVERIFY2(old.exec(QStringLiteral(
        "INSERT INTO entities(id, type, label, occurred_at, value_gbp, offence, place_id, import_id, merged_into) VALUES "
        "(1,3,'P',NULL,NULL,NULL,NULL,NULL,NULL), (2,4,'a','2026-03-01T10:00:00',5,'robbery',1,NULL,NULL), "
        "(3,4,'b','2026-03-09T10:00:00',2.5,'robbery',1,NULL,NULL), (4,4,'c',NULL,NULL,'robbery',1,NULL,NULL), "
        "(5,4,'d','2026-03-20T10:00:00',9,'robbery',1,NULL,3), (6,4,'e','2026-03-20T10:00:00',9,'robbery',NULL,NULL,NULL)")),
             qPrintable(old.lastError()));
    QVERIFY2(Schema::migrate(old, &error, 11), qPrintable(error));
    QStringList filled;
    Statement q = old.prepare(QStringLiteral(
        "SELECT place_id, import_id, offence, month, incidents, value_gbp, coalesce(latest, '-') FROM incident_months"));
    while (q.step())
        filled << QStringLiteral("%1 %2 %3 %4: %5 %6 %7").arg(q.int64(0)).arg(q.int64(1)).arg(q.text(2), q.text(3))
                      .arg(q.int64(4)).arg(q.real(5)).arg(q.text(6));
    QCOMPARE(filled, (QStringList{QStringLiteral("1 0 robbery : 1 0 -"),
                                  QStringLiteral("1 0 robbery 2026-03: 2 7.5 2026-03-09T10:00:00")}));
}

QTEST_GUILESS_MAIN(TestHarm)
#include "tst_harm.moc"
