#include "ingest/importer.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/** The import pipeline: atomicity, rejects, idempotence, updates by key, resolution and provenance. */
class TestImporter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsRowsWithProvenance();
    void rejectsBadRowsAndKeepsThem();
    void rowsWithTheSameKeyAreOneEntity();
    void laterRowsExtendTheSearchEntry();
    void reimportIsANoOp();
    void updatedExportUpdatesByKey();
    void injectedFailureLeavesWorkspaceUnchanged();
    void cancelLeavesWorkspaceUnchanged();
    void resolutionRules();
    void specThatDoesNotFitFails();
    void windows1252NamesSurvive();
    void edgeListMapsToAssociateLinks();
    void repeatedLinksAreWrittenOnce();
    void shoutingTownsAreTitleCased();
    void repeatedEntitiesOnManyRows();
    void amountsAreStoredAsWritten();
    void fileChangedWhileReadIsNotImported();
    void datesInSeveralFormatsAndColumns();
    void fieldDateFormatIsNotTheFilesFormat();
    void keepRowKeepsABadValueUnread();
    void declaredLinkTypesAreStored();
    void workbooksInBothDateSystems();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportSpec spec(const QByteArray &json = QByteArray());
    QString dump();
    QHash<QString, QString> attributesOf(qint64 entityId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

static const QByteArray kSpec = R"({
  "name": "Test retailer export",
  "source": {"organisation": "Northgate Foods", "kind": "retailer"},
  "format": {"delimiter": "auto", "encoding": "auto", "header_row": 1, "date_format": "dd/MM/yyyy HH:mm", "money_format": "uk"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {
    "incident": {"type": "incident", "key": "Incident Ref",
                 "fields": {"occurred_at": "Date/Time", "offence": "Offence", "value_gbp": "Loss Value"}},
    "store":    {"type": "location", "subtype": "store", "key": "Store No",
                 "fields": {"name": "Store Name", "postcode": "Store Postcode"}},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}},
    "vehicle":  {"type": "vehicle", "fields": {"vrm": "Vehicle Reg"}} },
  "links": [ {"type": "occurred_at", "from": "incident", "to": "store"},
             {"type": "suspect_in", "from": "suspect1", "to": "incident"},
             {"type": "used_vehicle", "from": "incident", "to": "vehicle"} ],
  "values": {"Offence": {"Theft from shop": "shop_theft", "Robbery": "robbery"}} })";

static const QByteArray kHeader = "Incident Ref,Date/Time,Offence,Loss Value,Store No,Store Name,Store "
                                  "Postcode,Suspect 1,Suspect 1 DOB,Vehicle Reg\r\n";

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
}

QString TestImporter::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(bytes);
    return path;
}

ImportSpec TestImporter::spec(const QByteArray &json)
{
    QString error;
    auto s = ImportSpec::fromJson(json.isEmpty() ? kSpec : json, &error);
    if (!s)
        qFatal("test spec invalid: %s", qPrintable(error));
    return *s;
}

// Every table's content, in a stable order: "the store as before, by query".
QString TestImporter::dump()
{
    QString out;
    for (const char *table : {"imports", "source_records", "rejects", "entities", "entity_keys",
                              "entity_sources", "attributes", "mentions", "links", "search"}) {
        Statement st = m_ws->database().prepare(
            QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                out += st.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void TestImporter::importsRowsWithProvenance()
{
    const QString file = write(
        QStringLiteral("a.csv"),
        kHeader +
            "NF-1,03/01/2025 14:05,Theft from shop,\"£1,234.50\",S12,Leeds Kirkstall,ls5 3bt,Amy "
            "Khan,01/02/1990,ab12 cde\r\n" +
            "NF-2,04/01/2025 09:00,Robbery,12.00,S12,Leeds Kirkstall,LS5 3BT,\"KHAN, Amy\",01/02/1990,\r\n");
    const ImportSpec s = spec();
    Importer importer(*m_ws, s);
    const ImportReport r = importer.importFile(file, {QStringLiteral("analyst1")});
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsRead, 2);
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 0);
    const auto counts = m_ws->countsByType();
    QCOMPARE(counts.value(EntityType::Incident), 2);
    QCOMPARE(counts.value(EntityType::Location), 1); // same store key in one organisation
    QCOMPARE(counts.value(EntityType::Person), 1);   // same name (two spellings) and same DOB
    QCOMPARE(counts.value(EntityType::Vehicle), 1);
    QCOMPARE(m_ws->linkCount(), 2 + 2 + 1);

    // Provenance from an attribute back to its file, row and grading.
    const auto incidents = m_ws->entities(EntityType::Incident);
    QCOMPARE(incidents.size(), 2);
    const EntityRecord nf1 = incidents.at(0);
    QCOMPARE(nf1.label, QStringLiteral("NF-1"));
    QCOMPARE(nf1.valueGbp, 1234.5);
    QCOMPARE(nf1.offence, QStringLiteral("shop_theft"));
    QCOMPARE(nf1.occurredAt, QStringLiteral("2025-01-03T14:05:00"));
    bool found = false;
    for (const AttributeValue &a : m_ws->attributes(nf1.id)) {
        if (a.name == QLatin1String("value_gbp")) {
            found = true;
            QCOMPARE(a.value, QStringLiteral("1234.50"));
            QCOMPARE(a.provenance.fileName, QStringLiteral("a.csv"));
            QCOMPARE(a.provenance.rowNumber, 2); // header is row 1
            QCOMPARE(a.provenance.organisation, QStringLiteral("Northgate Foods"));
            QCOMPARE(a.provenance.grading.code(), QStringLiteral("2B P"));
            QCOMPARE(a.provenance.sha256, r.sha256);
            QVERIFY(a.provenance.sheet.isEmpty()); // a CSV has no sheets
        }
    }
    QVERIFY(found);
    const auto vehicles = m_ws->entities(EntityType::Vehicle);
    QCOMPARE(vehicles.first().label, QStringLiteral("AB12CDE"));
    const auto stores = m_ws->entities(EntityType::Location);
    bool postcode = false;
    for (const AttributeValue &a : m_ws->attributes(stores.first().id))
        postcode = postcode || (a.name == QLatin1String("postcode") && a.value == QLatin1String("LS5 3BT"));
    QVERIFY(postcode);
    // The raw row is kept verbatim.
    Statement raw =
        m_ws->database().prepare(QStringLiteral("SELECT raw FROM source_records WHERE row_number = 2"));
    QVERIFY(raw.step());
    QVERIFY(raw.text(0).startsWith(QStringLiteral("NF-1,03/01/2025 14:05,Theft from shop,\"£1,234.50\"")));
    // Search finds names, VRMs and references.
    QCOMPARE(m_ws->search(QStringLiteral("khan")).size(), 1);
    QCOMPARE(m_ws->search(QStringLiteral("AB12CDE")).size(), 1);
    QCOMPARE(m_ws->search(QStringLiteral("NF-2")).first().type, EntityType::Incident);
    const auto imports = m_ws->imports();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().userName, QStringLiteral("analyst1"));
    QCOMPARE(imports.first().rowsAccepted, 2);
}

void TestImporter::rejectsBadRowsAndKeepsThem()
{
    const QString file = write(
        QStringLiteral("bad.csv"),
        kHeader + "NF-1,31/02/2025 14:05,Theft from shop,10,S1,Store,LS1 1AA,,,\r\n"     // row 2: bad date
            + "NF-2,01/03/2025 14:05,Theft from shop,ten pounds,S1,Store,LS1 1AA,,,\r\n" // row 3: bad money
            + ",01/03/2025 14:05,Theft from shop,10,S1,Store,LS1 1AA,,,\r\n"             // row 4: missing key
            + "NF-4,01/03/2025 15:00,Theft from shop,10,S1,Store,LS1 1AA,,,\r\n"         // row 5: fine
            + "NF-5,01/03/2025 15:00,Theft,10,S1,Store,LS1 1AA,,,extra,field\r\n");      // row 6: ragged
    const ImportSpec s = spec();
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsRead, 5);
    QCOMPARE(r.rowsAccepted, 1);
    QCOMPARE(r.rowsRejected, 4);
    const auto rejects = m_ws->rejects(r.importId);
    QCOMPARE(rejects.size(), 4);
    QCOMPARE(rejects.at(0).rowNumber, 2);
    QCOMPARE(rejects.at(0).column, QStringLiteral("Date/Time"));
    QVERIFY2(rejects.at(0).reason.contains(QStringLiteral("31/02/2025")), qPrintable(rejects.at(0).reason));
    QVERIFY(rejects.at(0).reason.contains(QStringLiteral("dd/MM/yyyy HH:mm")));
    QCOMPARE(rejects.at(1).column, QStringLiteral("Loss Value"));
    QVERIFY(rejects.at(1).reason.contains(QStringLiteral("ten pounds")));
    QCOMPARE(rejects.at(2).rowNumber, 4);
    QCOMPARE(rejects.at(2).column, QStringLiteral("Incident Ref"));
    QVERIFY(rejects.at(2).raw.startsWith(QStringLiteral(",01/03/2025 14:05")));
    QCOMPARE(rejects.at(3).rowNumber, 6);
    QVERIFY(rejects.at(3).reason.contains(QStringLiteral("11 fields but the header has 10")));
    QCOMPARE(m_ws->countsByType().value(EntityType::Incident), 1);
    // A rejected row writes nothing but its reject: no store was created by rows 2-4 alone.
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM source_records")), 1);
}

void TestImporter::rowsWithTheSameKeyAreOneEntity()
{
    // One row per offender of an incident: the incident's facts merge, offenders are added.
    const QString file = write(
        QStringLiteral("per-offender.csv"),
        kHeader + "NF-9,05/01/2025 10:00,Theft from shop,300,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n" +
            "NF-9,05/01/2025 10:00,Theft from shop,300,S1,Store,LS1 1AA,Ben Ode,03/04/1985,\r\n" +
            "NF-9,05/01/2025 10:00,Theft from shop,300,S1,Store,LS1 1AA,Cal Day,05/06/1999,\r\n");
    const ImportSpec s = spec();
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 3);
    QCOMPARE(m_ws->countsByType().value(EntityType::Incident), 1);
    QCOMPARE(m_ws->countsByType().value(EntityType::Person), 3);
    // occurred_at repeated on three rows is one link; three suspect_in links.
    QCOMPARE(
        m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM links WHERE type = 'occurred_at'")),
        1);
    QCOMPARE(
        m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM links WHERE type = 'suspect_in'")),
        3);
    const qint64 incident = m_ws->entities(EntityType::Incident).first().id;
    QCOMPARE(m_ws->sourcesOf(incident).size(), 3); // mentioned by three records
}

void TestImporter::laterRowsExtendTheSearchEntry()
{
    // Store S1 is named differently on its second and third rows: both names find it, and its
    // search entry, kept up to date row by row, is the one Workspace::refreshSearch would build.
    const QString file = write(
        QStringLiteral("names.csv"),
        kHeader + "NF-9,05/01/2025 10:00,Theft from shop,300,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n" +
            "NF-8,06/01/2025 10:00,Theft from shop,30,S1,Briggate,LS1 1AA,,,\r\n" +
            "NF-7,07/01/2025 10:00,Theft from shop,3,S1,Store,LS1 6HB,,,\r\n");
    const ImportReport r = Importer(*m_ws, spec()).importFile(file);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(m_ws->countsByType().value(EntityType::Location), 1);
    const qint64 store = m_ws->entities(EntityType::Location).first().id;
    for (const char *word : {"Briggate", "6HB", "Store"}) {
        const QList<SearchHit> hits = m_ws->search(QString::fromLatin1(word));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().entityId, store);
    }
    auto entry = [&] {
        Statement st =
            m_ws->database().prepare(QStringLiteral("SELECT label, body FROM search WHERE rowid = ?"));
        st.bind(1, store);
        return st.step() ? st.text(0) + QLatin1Char('|') + st.text(1) : QString();
    };
    const QString imported = entry();
    QVERIFY(m_ws->refreshSearch({store}));
    QCOMPARE(imported, entry());
    // The date-time and the amount are not in it: a search for the year finds no store.
    QVERIFY(!imported.contains(QLatin1String("2025")));
}

void TestImporter::reimportIsANoOp()
{
    const QString file =
        write(QStringLiteral("a.csv"),
              kHeader + "NF-1,03/01/2025 14:05,Robbery,5,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n");
    const ImportSpec s = spec();
    QVERIFY(Importer(*m_ws, s).importFile(file).status == ImportReport::Status::Imported);
    const QString before = dump();
    const QString copy =
        write(QStringLiteral("renamed-copy.csv"),
              kHeader + "NF-1,03/01/2025 14:05,Robbery,5,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n");
    const ImportReport again = Importer(*m_ws, s).importFile(copy);
    QCOMPARE(again.status, ImportReport::Status::AlreadyImported);
    QVERIFY2(again.message.contains(QStringLiteral("already imported")), qPrintable(again.message));
    QCOMPARE(dump(), before);
}

void TestImporter::updatedExportUpdatesByKey()
{
    const ImportSpec s = spec();
    const QString v1 = write(
        QStringLiteral("v1.csv"),
        kHeader +
            "NF-1,03/01/2025 14:05,Theft from shop,100,S1,Store,LS1 1AA,Amy Khan,01/02/1990,AB12CDE\r\n" +
            "NF-2,04/01/2025 14:05,Theft from shop,50,S1,Store,LS1 1AA,,,\r\n");
    QVERIFY(Importer(*m_ws, s).importFile(v1).status == ImportReport::Status::Imported);
    // v2: NF-1's value corrected and its vehicle removed; NF-3 is new.
    const QString v2 = write(
        QStringLiteral("v2.csv"),
        kHeader + "NF-1,03/01/2025 14:05,Theft from shop,150,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n" +
            "NF-3,05/01/2025 14:05,Robbery,70,S1,Store,LS1 1AA,,,\r\n");
    const ImportReport r = Importer(*m_ws, s).importFile(v2);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.recordsUpdated, 1);
    QCOMPARE(m_ws->countsByType().value(EntityType::Incident), 3);
    QCOMPARE(m_ws->countsByType().value(EntityType::Person), 1);
    QCOMPARE(m_ws->countsByType().value(EntityType::Vehicle), 0); // only v1's NF-1 mentioned it
    const auto hits = m_ws->search(QStringLiteral("NF-1"));
    QCOMPARE(hits.size(), 1);
    const auto nf1 = m_ws->entity(hits.first().entityId);
    QCOMPARE(nf1->valueGbp, 150.0);
    QStringList values;
    for (const AttributeValue &a : m_ws->attributes(nf1->id))
        if (a.name == QLatin1String("value_gbp"))
            values << a.value + QLatin1Char('@') + a.provenance.fileName;
    QCOMPARE(values, QStringList{QStringLiteral("150.00@v2.csv")});
    QCOMPARE(m_ws->database().scalarInt(
                 QStringLiteral("SELECT count(*) FROM source_records WHERE superseded_by IS NOT NULL")),
             1);
}

void TestImporter::injectedFailureLeavesWorkspaceUnchanged()
{
    const ImportSpec s = spec();
    const QString first =
        write(QStringLiteral("first.csv"),
              kHeader + "NF-1,03/01/2025 14:05,Robbery,5,S1,Store,LS1 1AA,Amy Khan,01/02/1990,XY99ZZZ\r\n");
    QVERIFY(Importer(*m_ws, s).importFile(first).ok());
    const QString before = dump();
    QByteArray bytes = kHeader;
    for (int i = 0; i < 50; ++i)
        bytes += QStringLiteral(
                     "NF-%1,03/01/2025 14:05,Robbery,5,S%2,Store,LS1 1AA,Person %1,01/02/1990,XY99ZZZ\r\n")
                     .arg(i + 100)
                     .arg(i)
                     .toUtf8();
    bytes +=
        "NF-1,03/01/2025 14:05,Robbery,999,S1,Store,LS1 1AA,Amy Khan,01/02/1990,\r\n"; // would update NF-1
    const QString second = write(QStringLiteral("second.csv"), bytes);
    ImportOptions options;
    options.failAfterRows = 30;
    const ImportReport r = Importer(*m_ws, s).importFile(second, options);
    QCOMPARE(r.status, ImportReport::Status::Failed);
    QVERIFY(r.message.contains(QStringLiteral("second.csv")));
    QCOMPARE(dump(), before);
    Statement check = m_ws->database().prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
    // And the same file then imports fully: nothing of the failed attempt remains in the way.
    QVERIFY(Importer(*m_ws, s).importFile(second).status == ImportReport::Status::Imported);
    QCOMPARE(m_ws->countsByType().value(EntityType::Incident), 51);
}

void TestImporter::cancelLeavesWorkspaceUnchanged()
{
    const ImportSpec s = spec();
    QByteArray bytes = kHeader;
    for (int i = 0; i < 5000; ++i)
        bytes += QStringLiteral("NF-%1,03/01/2025 14:05,Robbery,5,S1,Store,LS1 1AA,,,\r\n").arg(i).toUtf8();
    const QString file = write(QStringLiteral("big.csv"), bytes);
    const QString before = dump();
    std::atomic_bool cancel{false};
    ImportOptions options;
    options.cancel = &cancel;
    options.progress = [&cancel](double, qint64 rows) {
        if (rows >= 2000)
            cancel = true;
    };
    const ImportReport r = Importer(*m_ws, s).importFile(file, options);
    QCOMPARE(r.status, ImportReport::Status::Cancelled);
    QCOMPARE(dump(), before);
}

void TestImporter::resolutionRules()
{
    const ImportSpec s = spec();
    const QString file = write(
        QStringLiteral("r.csv"),
        kHeader + "A1,03/01/2025 14:05,Robbery,5,S1,Store,,Amy Khan,01/02/1990,ab12 cde\r\n" +
            "A2,03/01/2025 14:05,Robbery,5,S1,Store,,AMY KHAN,01/02/1990,AB12CDE\r\n" // same person, same
                                                                                      // vehicle
            + "A3,03/01/2025 14:05,Robbery,5,S1,Store,,Amy Khan,,\r\n"                // no DOB: never merged
            + "A4,03/01/2025 14:05,Robbery,5,S1,Store,,Amy Khan,,\r\n"                // no DOB: never merged
            + "A5,03/01/2025 14:05,Robbery,5,S1,Store,,Amy Khan,02/02/1990,\r\n"); // other DOB: other person
    QVERIFY(Importer(*m_ws, s).importFile(file).ok());
    QCOMPARE(m_ws->countsByType().value(EntityType::Vehicle), 1);
    QCOMPARE(m_ws->countsByType().value(EntityType::Person), 4);
    // The same store key from another organisation is another store.
    QByteArray otherJson = kSpec;
    otherJson.replace("Northgate Foods", "Brightway Pharmacy");
    const ImportSpec other = spec(otherJson);
    const QString file2 =
        write(QStringLiteral("r2.csv"), kHeader + "A1,03/01/2025 14:05,Robbery,5,S1,Store,,,,AB12CDE\r\n");
    QVERIFY(Importer(*m_ws, other).importFile(file2).ok());
    QCOMPARE(m_ws->countsByType().value(EntityType::Location), 2);
    QCOMPARE(m_ws->countsByType().value(EntityType::Incident),
             6); // A1 of another organisation is another incident
    QCOMPARE(m_ws->countsByType().value(EntityType::Vehicle), 1); // a VRM is one vehicle whoever reports it
}

void TestImporter::specThatDoesNotFitFails()
{
    const QString file = write(QStringLiteral("other.csv"), "Ref,When\r\nX,01/01/2025 10:00\r\n");
    const ImportSpec s = spec();
    const QString before = dump();
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QCOMPARE(r.status, ImportReport::Status::Failed);
    QVERIFY2(r.message.contains(QStringLiteral("other.csv")) &&
                 r.message.contains(QStringLiteral("Incident Ref")),
             qPrintable(r.message));
    QCOMPARE(dump(), before);
}

void TestImporter::windows1252NamesSurvive()
{
    QByteArray bytes = kHeader;
    bytes += "W1,03/01/2025 14:05,Robbery,\xA3"
             "5.00,S1,Store,,Zo\xEB Ni Bhriain,01/02/1990,\r\n";
    const QString file = write(QStringLiteral("cp1252.csv"), bytes);
    const ImportSpec s = spec();
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.encoding, QStringLiteral("windows-1252"));
    const auto people = m_ws->entities(EntityType::Person);
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().label, QStringLiteral("Zoë Ni BHRIAIN"));
    QCOMPARE(m_ws->search(QStringLiteral("zoe")).size(), 1); // diacritics folded for search
}

void TestImporter::edgeListMapsToAssociateLinks()
{
    const QByteArray json = R"({"name": "Edge list", "source": {"organisation": "Analyst", "kind": "other"},
      "entities": {"a": {"type": "person", "key": "From"}, "b": {"type": "person", "key": "To"}},
      "links": [{"type": "associate", "from": "a", "to": "b", "weight": "Weight", "date": "Since"}]})";
    const QString file = write(QStringLiteral("edges.csv"),
                               "From,To,Weight,Since\nP1,P2,3,2024-01-01\nP2,P3,1,\nP1,P2,2,2024-05-01\n");
    const ImportSpec s = spec(json);
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(m_ws->countsByType().value(EntityType::Person), 3);
    QCOMPARE(m_ws->linkCount(), 3); // parallel links kept
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT sum(weight) FROM links")), 6);
}

void TestImporter::repeatedLinksAreWrittenOnce()
{
    // Without a weight, a link stated again with the same date is the same fact; another date,
    // another direction or a link without a date is another link.
    const QByteArray json = R"({"name": "Edge list", "source": {"organisation": "Analyst", "kind": "other"},
      "entities": {"a": {"type": "person", "key": "From"}, "b": {"type": "person", "key": "To"}},
      "links": [{"type": "associate", "from": "a", "to": "b", "date": "Since"}]})";
    const QString file = write(QStringLiteral("edges.csv"), "From,To,Since\n"
                                                            "P1,P2,2024-01-01\n"
                                                            "P1,P2,2024-01-01\n"
                                                            "P1,P2,2024-01-02\n"
                                                            "P2,P1,2024-01-01\n"
                                                            "P1,P2,\n"
                                                            "P1,P2,\n"
                                                            "P1,P2,2024-01-02\n");
    const ImportReport r = Importer(*m_ws, spec(json)).importFile(file);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 7);
    QCOMPARE(m_ws->linkCount(), 4);
    Statement st = m_ws->database().prepare(
        QStringLiteral("SELECT coalesce(occurred_at, '-') FROM links ORDER BY id"));
    QStringList dates;
    while (st.step())
        dates << st.text(0);
    QCOMPARE(dates, (QStringList{"2024-01-01T00:00:00", "2024-01-02T00:00:00", "2024-01-01T00:00:00", "-"}));
}

void TestImporter::shoutingTownsAreTitleCased()
{
    const QByteArray json = R"({"name": "Stores", "source": {"organisation": "Retailer", "kind": "retailer"},
      "entities": {"store": {"type": "location", "subtype": "store", "key": "Store", "fields": {"town": "Town"}}}})";
    const QString file =
        write(QStringLiteral("stores.csv"), "Store,Town\nS1,MANSFIELD\nS2,STOKE-ON-TRENT\n"
                                            "S3,NEWCASTLE UPON TYNE\nS4,ON-SEA\nS5,Ashton-under-Lyne\n");
    const ImportReport r = Importer(*m_ws, spec(json)).importFile(file);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QStringList areas;
    for (const EntityRecord &e : m_ws->entities(EntityType::Location))
        areas << e.area;
    areas.sort();
    // Joining words stay lower case inside a name, never at its start; mixed case is kept as written.
    QCOMPARE(areas, QStringList({"Ashton-under-Lyne", "Mansfield", "Newcastle upon Tyne", "On-Sea",
                                 "Stoke-on-Trent"}));
}

// 12,000 rows naming the same few stores and people (the importer remembers entities it has
// read, and stops remembering incidents, which never repeat): each row still gets its own mention
// with the facts it states, and a row rejected for another column is rejected whatever it repeats.
void TestImporter::repeatedEntitiesOnManyRows()
{
    QByteArray csv = kHeader;
    const int rows = 12000; // more than the importer samples before it stops remembering incidents
    for (int i = 0; i < rows; ++i) {
        const int store = i % 3;
        // Row 4001 has an impossible date, with the same store and person as many rows before it.
        const QByteArray date = i == 3999 ? "30/02/2025 10:00" : "01/03/2025 10:00";
        csv += "NF-" + QByteArray::number(i) + "," + date + ",Theft from shop," + QByteArray::number(i % 50) +
               ".25,S" + QByteArray::number(store) + ",Store " + QByteArray::number(store) + ",LS1 " +
               QByteArray::number(store) + "AA," + (i % 2 ? "Amy Khan,01/02/1990" : "\"BAKER, bill\",03/04/1985") +
               "," + (i % 10 == 0 ? "ab12 cde" : "") + "\r\n";
    }
    const QString file = write(QStringLiteral("many.csv"), csv);
    const ImportSpec s = spec();
    const ImportReport r = Importer(*m_ws, s).importFile(file);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, rows - 1);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(m_ws->rejects(r.importId).first().rowNumber, 4001);
    const auto counts = m_ws->countsByType();
    QCOMPARE(counts.value(EntityType::Incident), rows - 1);
    QCOMPARE(counts.value(EntityType::Location), 3);
    QCOMPARE(counts.value(EntityType::Person), 2);
    QCOMPARE(counts.value(EntityType::Vehicle), 1);
    Database &db = m_ws->database();
    // One mention per row for each store and person, each pointing at its own record.
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM mentions WHERE role = 'store'")), rows - 1);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(DISTINCT source_record_id) FROM mentions WHERE role = 'suspect1'")),
             rows - 1);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM mentions WHERE role = 'vehicle'")), rows / 10);
    // Store 1's facts on every one of its rows, as the row gives them.
    QCOMPARE(db.scalarInt(QStringLiteral(
                 "SELECT count(*) FROM mentions m JOIN source_records r ON r.id = m.source_record_id "
                 "WHERE m.role = 'store' AND m.facts = '[[\"name\",\"Store 1\"],[\"postcode\",\"LS1 1AA\"]]' "
                 "AND r.raw LIKE '%,S1,Store 1,LS1 1AA,%'")),
             4000); // i % 3 == 1 for i in [0, 12000)
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE type = %1 AND label = 'Bill BAKER'")
                              .arg(int(EntityType::Person))),
             1);
    // Every incident is its own: its reference, amount and links.
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(DISTINCT label) FROM entities WHERE type = %1")
                              .arg(int(EntityType::Incident))),
             rows - 1);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE label = 'NF-4321' AND value_gbp = 21.25")), 1);
    QCOMPARE(m_ws->linkCount(), (rows - 1) * 2 + rows / 10);
    QCOMPARE(m_ws->search(QStringLiteral("Store 2")).size(), 1);
    QCOMPARE(m_ws->search(QStringLiteral("NF-4999")).size(), 1);
}

// An entity's amount (entities.value_gbp, what charts and harm add up) is the number its facts
// state ("1234.57"), to the last bit, whatever the export wrote.
void TestImporter::amountsAreStoredAsWritten()
{
    const QList<QByteArray> amounts = {"0.10", "\"£1,234.57\"", "0.29", "1.005", "19.99", "\"£999,999.99\"",
                                       "0.3", "7", "2.675", "0.015", "1.1", "\"£0.07\""};
    QByteArray csv = kHeader;
    for (int i = 0; i < amounts.size(); ++i)
        csv += "NF-" + QByteArray::number(i) + ",01/03/2025 10:00,Theft from shop," + amounts.at(i) +
               ",S1,Store,LS1 1AA,,,\r\n";
    // A spec may allow amounts far beyond one record's usual value.
    const QList<QByteArray> large = {"98765432109876.54", "12345678901234567.89", "99999999999999.99"};
    for (int i = 0; i < large.size(); ++i)
        csv += "BIG-" + QByteArray::number(i) + ",01/03/2025 10:00,Theft from shop," + large.at(i) +
               ",S1,Store,LS1 1AA,,,\r\n";
    QByteArray json = kSpec;
    json.replace("\"money_format\": \"uk\"", "\"money_format\": \"uk\", \"max_money_gbp\": 1e20");
    const ImportSpec s = spec(json);
    QCOMPARE(s.maxMoneyGbp, 1e20);
    const ImportReport r = Importer(*m_ws, s).importFile(write(QStringLiteral("amounts.csv"), csv));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, amounts.size() + large.size());
    Statement st = m_ws->database().prepare(QStringLiteral(
        "SELECT e.label, e.value_gbp, a.value FROM entities e JOIN attributes a ON a.entity_id = e.id "
        "WHERE a.name = 'value_gbp' ORDER BY e.id"));
    int n = 0;
    while (st.step()) {
        ++n;
        const QString text = st.text(2);
        QVERIFY2(st.real(1) == text.toDouble(), qPrintable(st.text(0) + QLatin1Char(' ') + text));
    }
    QCOMPARE(n, amounts.size() + large.size());
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM attributes WHERE name = 'value_gbp' "
                                                       "AND value IN ('1234.57', '999999.99', '0.07', '0.30', '7.00')")),
             5);
}

void TestImporter::fileChangedWhileReadIsNotImported()
{
    // 60,000 rows (3.6 MB): when the writer is at row 2,000 the reader is at most a few batches
    // and one piece (1 MiB) ahead, far from the last row, which is then changed in place.
    const ImportSpec s = spec();
    QByteArray bytes = kHeader;
    for (int i = 0; i < 60000; ++i)
        bytes += QStringLiteral("NF-%1,03/01/2025 14:05,Robbery,5,S1,Store,LS1 1AA,,,\r\n")
                     .arg(i, 6, 10, QLatin1Char('0'))
                     .toUtf8();
    const QString file = write(QStringLiteral("live.csv"), bytes);
    const QString before = dump();
    ImportOptions options;
    bool changed = false;
    options.progress = [&](double, qint64 rows) {
        if (rows >= 2000 && !changed) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(bytes.size() - 12));
            f.write("LS1 1AB,,,\r\n"); // same size, another postcode
            changed = true;
        }
    };
    const ImportReport r = Importer(*m_ws, s).importFile(file, options);
    QVERIFY(changed);
    QCOMPARE(r.status, ImportReport::Status::Failed);
    QCOMPARE(r.message, QStringLiteral("import of live.csv failed, nothing was imported: the file changed while "
                                       "it was being read (its SHA-256 is no longer the one taken at the start): "
                                       "import it again"));
    QCOMPARE(dump(), before);
    // Imported again, as it now is, it goes in whole.
    const ImportReport again = Importer(*m_ws, s).importFile(file);
    QCOMPARE(again.status, ImportReport::Status::Imported);
    QCOMPARE(again.rowsAccepted, 60000);
}

QHash<QString, QString> TestImporter::attributesOf(qint64 entityId)
{
    QHash<QString, QString> out;
    for (const AttributeValue &a : m_ws->attributes(entityId))
        out.insert(a.name, a.value);
    return out;
}

void TestImporter::datesInSeveralFormatsAndColumns()
{
    // A police export: the incident's date and time in two columns, in US order; the person's
    // date of birth compact (yyyyMMdd); the file's own format for the bail date; the name in
    // three columns, the middle one sometimes empty. The expected values are read off the rows
    // by hand.
    const QByteArray json = R"({
      "name": "Split dates", "source": {"organisation": "Test Police", "kind": "police"},
      "format": {"date_format": "dd/MM/yyyy"},
      "entities": {
        "incident": {"type": "incident", "key": "Ref",
                     "fields": {"occurred_at": {"columns": ["EventDate", "EventTime"], "date_format": "MM/dd/yyyy HH:mm"},
                                "bail_date": "Bail"}},
        "suspect": {"type": "person",
                    "fields": {"full_name": {"columns": ["Forename", "Middle", "Surname"]},
                               "dob": {"column": "PersonDOB", "date_format": "yyyyMMdd"}}} },
      "links": [ {"type": "suspect_in", "from": "suspect", "to": "incident",
                  "date": ["EventDate", "EventTime"], "date_format": "MM/dd/yyyy HH:mm"} ] })";
    const QString file = write(QStringLiteral("split.csv"),
                               "Ref,EventDate,EventTime,Bail,Forename,Middle,Surname,PersonDOB\n"
                               "R1,03/04/2025,14:05,20/05/2025,Giuseppe,Domenico,Albanese,19800229\n"
                               "R2,12/31/2024,23:59,,Amy,,Khan,19911107\n");
    const ImportSpec s = spec(json);
    Importer importer(*m_ws, s);
    const ImportReport r = importer.importFile(file, {QStringLiteral("analyst1")});
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsRejected, 0);
    QCOMPARE(r.rowsAccepted, 2);

    const auto incidents = m_ws->entities(EntityType::Incident);
    QCOMPARE(incidents.size(), 2);
    QHash<QString, EntityRecord> byLabel;
    for (const EntityRecord &e : incidents)
        byLabel.insert(e.label, e);
    // "03/04/2025" + "14:05" read as MM/dd/yyyy HH:mm: 4 March 2025 at 14:05.
    QCOMPARE(byLabel.value(QStringLiteral("R1")).occurredAt, QStringLiteral("2025-03-04T14:05:00"));
    QCOMPARE(byLabel.value(QStringLiteral("R2")).occurredAt, QStringLiteral("2024-12-31T23:59:00"));
    // The bail date has no format of its own: the file's dd/MM/yyyy, 20 May 2025.
    QCOMPARE(attributesOf(byLabel.value(QStringLiteral("R1")).id).value(QStringLiteral("bail_date")),
             QStringLiteral("2025-05-20"));

    const auto people = m_ws->entities(EntityType::Person);
    QCOMPARE(people.size(), 2);
    QHash<QString, QString> dobs;
    for (const EntityRecord &p : people) {
        const auto a = attributesOf(p.id);
        dobs.insert(p.label, a.value(QStringLiteral("dob")));
        if (p.label.startsWith(QLatin1String("Amy")))
            QCOMPARE(a.value(QStringLiteral("forenames")), QStringLiteral("Amy")); // empty middle: no double space
    }
    // 19800229: 29 February 1980 (a leap year); 19911107: 7 November 1991.
    QCOMPARE(dobs, (QHash<QString, QString>{{QStringLiteral("Giuseppe Domenico ALBANESE"), QStringLiteral("1980-02-29")},
                                            {QStringLiteral("Amy KHAN"), QStringLiteral("1991-11-07")}}));
    // The links carry the joined date and time too.
    QStringList linkDates;
    for (const LinkRecord &l : m_ws->linkRecords())
        linkDates << l.occurredAt;
    linkDates.sort();
    QCOMPARE(linkDates, (QStringList{QStringLiteral("2024-12-31T23:59:00"), QStringLiteral("2025-03-04T14:05:00")}));
}

void TestImporter::fieldDateFormatIsNotTheFilesFormat()
{
    // A date in the field's format but not the file's is accepted; one in the file's format but not
    // the field's is rejected, naming the field's format (the file's is not tried for that field).
    const QByteArray json = R"({
      "name": "DOB format", "source": {"organisation": "Test Police", "kind": "police"},
      "format": {"date_format": "dd/MM/yyyy"},
      "entities": {"p": {"type": "person", "key": "Id",
                         "fields": {"full_name": "Name", "dob": {"column": "PersonDOB", "date_format": "yyyyMMdd"}}}} })";
    const QString file = write(QStringLiteral("dob.csv"), "Id,Name,PersonDOB\n1,Amy Khan,19900201\n2,Bob Ray,01/02/1990\n");
    const ImportSpec s = spec(json);
    Importer importer(*m_ws, s);
    const ImportReport r = importer.importFile(file, {QStringLiteral("analyst1")});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 1);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.rejects.at(0).column, QStringLiteral("PersonDOB"));
    QVERIFY2(r.rejects.at(0).reason.contains(QStringLiteral("\"01/02/1990\" is not a date (expected yyyyMMdd")),
             qPrintable(r.rejects.at(0).reason));
    const auto people = m_ws->entities(EntityType::Person);
    QCOMPARE(people.size(), 1);
    QCOMPARE(attributesOf(people.at(0).id).value(QStringLiteral("dob")), QStringLiteral("1990-02-01"));
}

void TestImporter::keepRowKeepsABadValueUnread()
{
    // keep_row for the spec, reject_row for the money field: the bad dob of row 2 costs the row
    // nothing (kept unread, not a dob), the bad amount of row 3 costs its row.
    const QByteArray json = R"({
      "name": "Keep rows", "source": {"organisation": "Test Police", "kind": "police"},
      "format": {"date_format": "dd/MM/yyyy"}, "on_bad_value": "keep_row",
      "entities": {
        "incident": {"type": "incident", "key": "Ref", "fields": {"value_gbp": {"column": "Value", "on_bad_value": "reject_row"}}},
        "suspect": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}} },
      "links": [ {"type": "suspect_in", "from": "suspect", "to": "incident"} ] })";
    const QString file = write(QStringLiteral("keep.csv"), "Ref,Value,Name,DOB\n"
                                                           "R1,10.00,Amy Khan,01/02/1990\n"
                                                           "R2,5.00,Bob Ray,31/02/1990\n"
                                                           "R3,lots,Cy Dee,01/03/1990\n");
    const ImportSpec s = spec(json);
    Importer importer(*m_ws, s);
    const ImportReport r = importer.importFile(file, {QStringLiteral("analyst1")});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 2);
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.rejects.at(0).rowNumber, 4);
    QCOMPARE(r.rejects.at(0).column, QStringLiteral("Value"));
    QCOMPARE(r.valuesUnparsed, 1);
    QVERIFY2(r.message.contains(QStringLiteral("1 values kept unread")), qPrintable(r.message));
    QCOMPARE(r.unparsed.size(), 1);
    const UnparsedInfo &u = r.unparsed.at(0);
    QCOMPARE(u.rowNumber, 3);
    QCOMPARE(u.role, QStringLiteral("suspect"));
    QCOMPARE(u.field, QStringLiteral("dob"));
    QCOMPARE(u.column, QStringLiteral("DOB"));
    QCOMPARE(u.raw, QStringLiteral("31/02/1990"));
    QVERIFY2(u.reason.contains(QStringLiteral("\"31/02/1990\" is not a date")), qPrintable(u.reason));

    // Bob Ray is imported, linked, and has no dob: an unread value is not used.
    qint64 bob = 0;
    for (const EntityRecord &p : m_ws->entities(EntityType::Person))
        if (p.label == QLatin1String("Bob RAY"))
            bob = p.id;
    QVERIFY(bob > 0);
    QCOMPARE(u.entityId, bob);
    QVERIFY(!attributesOf(bob).contains(QStringLiteral("dob")));
    QCOMPARE(attributesOf(bob).value(QStringLiteral("name")), QStringLiteral("Bob RAY"));
    QCOMPARE(m_ws->linksOf(bob).size(), 1);
    Statement keys = m_ws->database().prepare(QStringLiteral("SELECT count(*) FROM entity_keys WHERE entity_id = ?"));
    keys.bind(1, bob);
    QVERIFY(keys.step());
    QCOMPARE(keys.int64(0), 0); // no name + dob key: a name alone never resolves
    // Kept in the workspace: by import, by entity, and counted on the import.
    const QList<UnparsedInfo> stored = m_ws->unparsedValues(r.importId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).raw, QStringLiteral("31/02/1990"));
    QCOMPARE(stored.at(0).rowNumber, 3);
    QCOMPARE(m_ws->unparsedValuesOf(bob).size(), 1);
    QCOMPARE(m_ws->imports().last().valuesUnparsed, 1);
}

void TestImporter::declaredLinkTypesAreStored()
{
    const QByteArray json = R"({
      "name": "Lending", "source": {"organisation": "Test Police", "kind": "police"},
      "link_types": {"lent_car_to": {"from": "person", "to": "person"}},
      "entities": {"lender": {"type": "person", "key": "Lender"}, "borrower": {"type": "person", "key": "Borrower"}},
      "links": [ {"type": "lent_car_to", "from": "lender", "to": "borrower"} ] })";
    const QString file = write(QStringLiteral("lend.csv"), "Lender,Borrower\nP1,P2\n");
    const ImportSpec s = spec(json);
    Importer importer(*m_ws, s);
    const ImportReport r = importer.importFile(file, {QStringLiteral("analyst1")});
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    const QList<LinkRecord> links = m_ws->linkRecords();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.at(0).type, QStringLiteral("lent_car_to"));
    const QList<LinkTypeInfo> types = m_ws->declaredLinkTypes();
    QCOMPARE(types.size(), 1);
    QCOMPARE(types.at(0).name, QStringLiteral("lent_car_to"));
    QCOMPARE(types.at(0).displayName, QStringLiteral("Lent car to"));
    QCOMPARE(types.at(0).fromType, QStringLiteral("person"));
    QCOMPARE(types.at(0).toType, QStringLiteral("person"));

    // Another spec that means something else by the same name fails, and changes nothing.
    const QString before = dump();
    const QByteArray other = R"({
      "name": "Lending cars", "source": {"organisation": "Test Police", "kind": "police"},
      "link_types": {"lent_car_to": {"from": "person", "to": "vehicle"}},
      "entities": {"lender": {"type": "person", "key": "Lender"}, "car": {"type": "vehicle", "fields": {"vrm": "VRM"}}},
      "links": [ {"type": "lent_car_to", "from": "lender", "to": "car"} ] })";
    const QString file2 = write(QStringLiteral("lend2.csv"), "Lender,VRM\nP1,AB12CDE\n");
    const ImportSpec s2 = spec(other);
    Importer importer2(*m_ws, s2);
    const ImportReport r2 = importer2.importFile(file2, {QStringLiteral("analyst1")});
    QCOMPARE(r2.status, ImportReport::Status::Failed);
    QVERIFY2(r2.message.contains(QStringLiteral("link type \"lent_car_to\" is declared from person to vehicle, but "
                                                "this workspace already has it from person to person")),
             qPrintable(r2.message));
    QCOMPARE(dump(), before);
}

void TestImporter::workbooksInBothDateSystems()
{
    // Workbooks written by tests/ingest/data/xlsx/make_workbooks.py: incidents_1900.xlsx (title rows,
    // header in row 3 of sheet "Incidents") and mac_1904.xlsx (1904 date system, sheet "Dates").
    const QString dir = QStringLiteral(FC_SOURCE_DIR "/tests/ingest/data/xlsx/");
    const QByteArray spec1900 = R"({
      "name": "Workbook", "source": {"organisation": "Northgate Foods", "kind": "retailer"},
      "format": {"format": "xlsx", "sheet": "Incidents", "header_row": 3},
      "grading": {"source": "2", "intelligence": "B", "handling": "P"},
      "entities": {"incident": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "Reported"}}},
      "links": [], "values": {} })";
    const ImportSpec s1900 = spec(spec1900); // the importer keeps a reference
    Importer importer(*m_ws, s1900);
    const ImportReport r = importer.importFile(dir + QStringLiteral("incidents_1900.xlsx"), {QStringLiteral("a")});
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.sheet, QStringLiteral("Incidents"));
    QCOMPARE(r.rowsRead, 4); // rows 4, 5, 7 and 8 (row 6 is empty)
    QCOMPARE(r.rowsAccepted, 3);
    QHash<QString, QString> when;
    qint64 inc2 = 0;
    for (const EntityRecord &e : m_ws->entities(EntityType::Incident)) {
        when.insert(e.label, e.occurredAt);
        if (e.label == QLatin1String("INC-2"))
            inc2 = e.id;
    }
    // Written as datetime(2023,1,15,14,30,5) and datetime(2024,2,29,23,59,59).
    QCOMPARE(when.value(QStringLiteral("INC-1")), QStringLiteral("2023-01-15T14:30:05"));
    QCOMPARE(when.value(QStringLiteral("INC-2")), QStringLiteral("2024-02-29T23:59:59"));
    // Row 7 has a value in L7, right of the header's last column (I): rejected and kept, as a CSV
    // row with more fields than the header is.
    QVERIFY(!when.contains(QStringLiteral("INC-3")));
    QCOMPARE(r.rowsRejected, 1);
    QCOMPARE(r.rejects.first().rowNumber, 7);
    QCOMPARE(r.rejects.first().reason, QStringLiteral("the row has 12 fields but the header has 9 columns"));
    // Provenance names the file, the sheet and the sheet's own row number.
    const QList<Provenance> sources = m_ws->sourcesOf(inc2);
    QVERIFY(!sources.isEmpty());
    QCOMPARE(sources.first().fileName, QStringLiteral("incidents_1900.xlsx"));
    QCOMPARE(sources.first().sheet, QStringLiteral("Incidents"));
    QCOMPARE(sources.first().rowNumber, 5);
    QCOMPARE(sources.first().sha256, r.sha256);

    // The same sheet again is nothing to do; another sheet of the same workbook is an import of its
    // own (same SHA-256), and its people are read from it ("KHAN Amy", 03/07/1984 and "Ben Ito",
    // 31/12/1990 in make_workbooks.py).
    const ImportReport again = Importer(*m_ws, s1900).importFile(dir + QStringLiteral("incidents_1900.xlsx"));
    QCOMPARE(again.status, ImportReport::Status::AlreadyImported);
    QCOMPARE(again.importId, r.importId);
    QVERIFY2(again.message.contains(QStringLiteral("sheet \"Incidents\" of incidents_1900.xlsx was already imported")),
             qPrintable(again.message));
    const ImportSpec people = spec(R"({
      "name": "Workbook people", "source": {"organisation": "Northgate Foods", "kind": "retailer"},
      "format": {"format": "xlsx", "sheet": "People"},
      "grading": {"source": "2", "intelligence": "B", "handling": "P"},
      "entities": {"p": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}}},
      "links": [], "values": {} })");
    const ImportReport p = Importer(*m_ws, people).importFile(dir + QStringLiteral("incidents_1900.xlsx"));
    QVERIFY2(p.status == ImportReport::Status::Imported, qPrintable(p.message));
    QCOMPARE(p.sha256, r.sha256);
    QVERIFY(p.importId != r.importId);
    QCOMPARE(p.sheet, QStringLiteral("People"));
    QCOMPARE(p.rowsAccepted, 2);
    QHash<QString, QString> dobs;
    for (const EntityRecord &e : m_ws->entities(EntityType::Person))
        dobs.insert(e.label, attributesOf(e.id).value(QStringLiteral("dob")));
    // Labels are "Forenames SURNAME": "KHAN Amy" is read the police way, surname first.
    QCOMPARE(dobs.value(QStringLiteral("Amy KHAN")), QStringLiteral("1984-07-03"));
    QCOMPARE(dobs.value(QStringLiteral("Ben ITO")), QStringLiteral("1990-12-31"));

    // The 1904 system, the first sheet by default: the sheet read is recorded all the same.
    const QByteArray spec1904 = R"({
      "name": "Mac workbook", "source": {"organisation": "Northgate Foods", "kind": "retailer"},
      "format": {"header_row": 1},
      "grading": {"source": "2", "intelligence": "B", "handling": "P"},
      "entities": {"incident": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "When"}}},
      "links": [], "values": {} })";
    const ImportSpec s1904 = spec(spec1904);
    Importer mac(*m_ws, s1904);
    const ImportReport m = mac.importFile(dir + QStringLiteral("mac_1904.xlsx"), {QStringLiteral("a")});
    QVERIFY2(m.status == ImportReport::Status::Imported, qPrintable(m.message));
    QCOMPARE(m.rowsAccepted, 3);
    when.clear();
    qint64 m2 = 0;
    for (const EntityRecord &e : m_ws->entities(EntityType::Incident)) {
        when.insert(e.label, e.occurredAt);
        if (e.label == QLatin1String("M-2"))
            m2 = e.id;
    }
    // Written as datetime(2023,6,1,8,0,0), datetime(1904,1,2,12,0,0), datetime(1999,12,31,23,59,59).
    QCOMPARE(when.value(QStringLiteral("M-1")), QStringLiteral("2023-06-01T08:00:00"));
    QCOMPARE(when.value(QStringLiteral("M-2")), QStringLiteral("1904-01-02T12:00:00"));
    QCOMPARE(when.value(QStringLiteral("M-3")), QStringLiteral("1999-12-31T23:59:59"));
    QCOMPARE(m_ws->sourcesOf(m2).first().sheet, QStringLiteral("Dates"));
    QCOMPARE(m_ws->sourcesOf(m2).first().rowNumber, 3);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
