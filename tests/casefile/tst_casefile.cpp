// Case files and partner exports. The workspace is written by hand through the importer, with
// tokens that may appear only where the handling codes allow:
//
//  Northgate Foods (retailer), per-row grades          Amy KHAN b. 01/02/1990, Ben COLE b. 03/04/1985
//   N1 01/05/2014 shop theft £150   Leeds Briggate       Amy, Ben   2B P  "CCTV retained, ref CC12345"
//   N2 01/06/2014 shop theft £150   Leeds Briggate       Amy        2B P
//   N3 10/01/2015 shop theft £350   York Parliament St   Amy, Ben   2B P
//   N4 01/03/2024 assault    £0     York Parliament St   Amy        2B P
//   N5 01/01/2025 shop theft £90    Sensitive Street     Amy, SE11CCC   2B C "Do not disclose to retail partners"
//   N6 01/02/2025 shop theft £80    Dgrade Lane          Amy, DD11DDD   3D P  (intelligence: source 3, not known)
//  West Yorkshire Police (police) nominal records of Amy
//   R1 vehicle YY22INT, associate Carl INTELONLY       1A P  (intelligence: not an incident report)
//   R2 vehicle XX33CCC                                 1A C "Police use only; sanitise before sharing with retailers"
//
// By the rule in SectionPolicy (written in its header), worked by hand: evidential N1-N4 (the
// schedule, total 150 + 150 + 350 + 0 = £650.00); sensitive N5, R2 (MG6D only); intelligence N6,
// R1 (MG6C, by description only).

#include "casefile/casedocument.h"
#include "casefile/caseexporter.h"
#include "casefile/casefilebuilder.h"
#include "casefile/casematerialreader.h"
#include "casefile/caseselection.h"
#include "casefile/casestore.h"
#include "casefile/exhibithasher.h"
#include "casefile/legalnotes.h"
#include "casefile/partnerexportbuilder.h"
#include "casefile/sectionpolicy.h"
#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QCryptographicHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

namespace {

const QByteArray kRetailSpec = R"({
  "name": "Case test retailer export",
  "source": {"organisation": "Northgate Foods", "kind": "retailer"},
  "format": {"delimiter": ",", "encoding": "utf-8", "header_row": 1, "date_format": "dd/MM/yyyy HH:mm", "money_format": "uk"},
  "grading": {"source": {"column": "Src"}, "intelligence": {"column": "Intel"}, "handling": {"column": "Handling"},
              "conditions": {"column": "Conditions"}},
  "entities": {
    "incident": {"type": "incident", "key": "Incident Ref",
                 "fields": {"occurred_at": "Date/Time", "offence": "Offence", "value_gbp": "Loss Value", "narrative": "Details"}},
    "store":    {"type": "location", "subtype": "store", "key": "Store No", "fields": {"name": "Store Name", "postcode": "Store Postcode"}},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": {"column": "Suspect 1 DOB", "date_format": "dd/MM/yyyy"}}},
    "suspect2": {"type": "person", "fields": {"full_name": "Suspect 2", "dob": {"column": "Suspect 2 DOB", "date_format": "dd/MM/yyyy"}}},
    "vehicle":  {"type": "vehicle", "fields": {"vrm": "Vehicle Reg"}} },
  "links": [ {"type": "occurred_at", "from": "incident", "to": "store"},
             {"type": "suspect_in", "from": "suspect1", "to": "incident"},
             {"type": "suspect_in", "from": "suspect2", "to": "incident"},
             {"type": "used_vehicle", "from": "incident", "to": "vehicle"} ],
  "values": {"Offence": {"Theft from shop": "shop_theft", "Assault": "assault"}} })";

const QByteArray kRetailRows =
    "Incident Ref,Date/Time,Offence,Loss Value,Details,Store No,Store Name,Store Postcode,Suspect 1,Suspect 1 DOB,"
    "Suspect 2,Suspect 2 DOB,Vehicle Reg,Src,Intel,Handling,Conditions\n"
    "N1,01/05/2014 10:00,Theft from shop,150.00,\"Took razors. CCTV retained, ref CC12345.\",S1,Leeds Briggate,LS1 6HD,Amy KHAN,01/02/1990,Ben COLE,03/04/1985,,2,B,P,\n"
    "N2,01/06/2014 11:00,Theft from shop,150.00,,S1,Leeds Briggate,LS1 6HD,Amy KHAN,01/02/1990,,,,2,B,P,\n"
    "N3,10/01/2015 12:00,Theft from shop,350.00,,S2,York Parliament Street,YO1 8SG,Amy KHAN,01/02/1990,Ben COLE,03/04/1985,,2,B,P,\n"
    "N4,01/03/2024 09:30,Assault,0.00,,S2,York Parliament Street,YO1 8SG,Amy KHAN,01/02/1990,,,,2,B,P,\n"
    "N5,01/01/2025 15:00,Theft from shop,90.00,,S3,Sensitive Street Store,LS2 7AA,Amy KHAN,01/02/1990,,,SE11CCC,2,B,C,Do not disclose to retail partners\n"
    "N6,01/02/2025 16:00,Theft from shop,80.00,,S4,Dgrade Lane Store,LS3 8BB,Amy KHAN,01/02/1990,,,DD11DDD,3,D,P,\n";

const QByteArray kPoliceSpec = R"({
  "name": "Case test nominal export",
  "source": {"organisation": "West Yorkshire Police", "kind": "police"},
  "format": {"delimiter": ",", "encoding": "utf-8", "header_row": 1, "date_format": "dd/MM/yyyy"},
  "grading": {"source": {"column": "Src"}, "intelligence": {"column": "Intel"}, "handling": {"column": "Handling"},
              "conditions": {"column": "Conditions"}},
  "record_key": "Ref",
  "entities": {
    "nominal":   {"type": "person", "key": "PNC", "fields": {"surname": "Surname", "forenames": "Forenames", "dob": "DOB"}},
    "vehicle":   {"type": "vehicle", "fields": {"vrm": "VRM"}},
    "associate": {"type": "person", "fields": {"full_name": "Associate"}} },
  "links": [ {"type": "uses_vehicle", "from": "nominal", "to": "vehicle"},
             {"type": "associate", "from": "nominal", "to": "associate"} ] })";

const QByteArray kPoliceRows =
    "Ref,PNC,Surname,Forenames,DOB,VRM,Associate,Src,Intel,Handling,Conditions\n"
    "R1,01/123456A,KHAN,Amy,01/02/1990,YY22INT,Carl INTELONLY,1,A,P,\n"
    "R2,01/123456A,KHAN,Amy,01/02/1990,XX33CCC,,1,A,C,Police use only; sanitise before sharing with retailers\n";

// Tokens that only material other than N1-N4 carries.
const QStringList kNotEvidence{QStringLiteral("Sensitive Street"), QStringLiteral("Dgrade Lane"),
                               QStringLiteral("SE11CCC"), QStringLiteral("DD11DDD"), QStringLiteral("YY22INT"),
                               QStringLiteral("XX33CCC"), QStringLiteral("INTELONLY")};

bool havePdfToText()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of an ODT: content.xml with the tags taken out.
QString odtText(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(QStringLiteral("content.xml")))
        return QString();
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QString xml = QString::fromUtf8(f.readAll());
    xml.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return xml;
}

QString sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policyClassifies_data();
    void policyClassifies();
    void evidentialSectionsHoldEvidenceOnly();
    void documentsHoldNoIntelligence();
    void exhibitHashContinuity_data();
    void exhibitHashContinuity();
    void exhibitHashingCancels();
    void partnerExport_data();
    void partnerExport();
    void withheldManifestComplete();
    void legalNotesByDate_data();
    void legalNotesByDate();
    void scheduleCarriesLegalNotes();
    void summaryEditsAreVersions();
    void exportIsAuditedDisclosure();
    void demoSectionsPresent_data();
    void demoSectionsPresent();
    void commandLine();

private:
    qint64 newCase(const QString &kind = QStringLiteral("person"));
    QList<ExhibitRequest> makeExhibits(const QString &dir);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_amy = 0;
    qint64 m_ben = 0;
};

void TestCaseFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_ws->setUserName(QStringLiteral("analyst1"));
    const struct { const char *file; const QByteArray *spec; const QByteArray *rows; } files[] = {
        {"northgate.csv", &kRetailSpec, &kRetailRows}, {"police.csv", &kPoliceSpec, &kPoliceRows}};
    for (const auto &f : files) {
        const QString path = m_dir.filePath(QString::fromLatin1(f.file));
        QVERIFY(writeFile(path, *f.rows));
        const auto spec = ImportSpec::fromJson(*f.spec, &error);
        QVERIFY2(spec, qPrintable(error));
        const ImportReport r = Importer(*m_ws, *spec).importFile(path);
        QVERIFY2(r.ok() && r.rowsRejected == 0, qPrintable(r.message));
    }
    for (const EntityRecord &e : m_ws->entities(EntityType::Person)) {
        if (e.label == QLatin1String("Amy KHAN"))
            m_amy = e.id;
        if (e.label == QLatin1String("Ben COLE"))
            m_ben = e.id;
    }
    QVERIFY(m_amy && m_ben);
    // The police nominal is the same Amy (name and date of birth): her records are one person's.
    QCOMPARE(CaseSelection::forPerson(*m_ws, m_amy, &error)->incidents.size(), 6);
}

qint64 TestCaseFile::newCase(const QString &kind)
{
    QString error;
    const auto s = CaseSelection::forPerson(*m_ws, m_amy, &error);
    if (!s)
        return 0;
    const auto id = CaseStore(*m_ws).create(kind, s->subject, s->title, s->persons, s->incidents, &error);
    return id ? *id : 0;
}

QList<ExhibitRequest> TestCaseFile::makeExhibits(const QString &dir)
{
    QImage still(64, 48, QImage::Format_RGB32);
    still.fill(Qt::darkBlue);
    still.save(dir + QStringLiteral("/still.png"));
    QByteArray clip(3 << 20, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : clip)
        c = char(rng.bounded(256));
    writeFile(dir + QStringLiteral("/clip.bin"), clip);
    return {ExhibitRequest{dir + QStringLiteral("/still.png"), QStringLiteral("AK/1"), QStringLiteral("Still from CCTV"), QStringLiteral("P")},
            ExhibitRequest{dir + QStringLiteral("/clip.bin"), QStringLiteral("AK/2"), QStringLiteral("CCTV clip"), QStringLiteral("P")}};
}

void TestCaseFile::policyClassifies_data()
{
    QTest::addColumn<QString>("grade"); // source, intelligence, handling, conditions, legacy handling
    QTest::addColumn<bool>("reportsIncident");
    QTest::addColumn<int>("expected");
    const int ev = int(MaterialClass::Evidential), in = int(MaterialClass::Intelligence), se = int(MaterialClass::Sensitive);
    QTest::newRow("incident report 2B P") << "2|B|P||" << true << ev;
    QTest::newRow("incident report 1A P") << "1|A|P||" << true << ev;
    QTest::newRow("incident report 2C P") << "2|C|P||" << true << ev;
    QTest::newRow("ungraded incident report") << "||||" << true << ev;
    QTest::newRow("incident report source 3") << "3|B|P||" << true << in;
    QTest::newRow("incident report intelligence D") << "2|D|P||" << true << in;
    QTest::newRow("incident report intelligence E") << "1|E|P||" << true << in;
    QTest::newRow("nominal record 1A P") << "1|A|P||" << false << in;
    QTest::newRow("handling C") << "1|A|C|Police use only|" << true << se;
    QTest::newRow("conditions without C") << "1|A|P|Do not disclose|" << true << se;
    QTest::newRow("legacy handling 1 only") << "||||1" << true << in;
    QTest::newRow("legacy handling 4 only") << "||||4" << true << se;
    QTest::newRow("legacy handling 5 only") << "||||5" << false << se;
}

void TestCaseFile::policyClassifies()
{
    QFETCH(QString, grade);
    QFETCH(bool, reportsIncident);
    QFETCH(int, expected);
    const QStringList g = grade.split(QLatin1Char('|'));
    MaterialSource s;
    auto ch = [](const QString &v) { return v.isEmpty() ? QChar() : v.at(0); };
    s.grading.source = ch(g.at(0));
    s.grading.intelligence = ch(g.at(1));
    s.grading.handling = ch(g.at(2));
    s.grading.conditions = g.at(3);
    s.grading.legacyHandling = g.at(4);
    if (!g.at(4).isEmpty())
        s.grading.legacySource = QStringLiteral("B");
    QCOMPARE(int(SectionPolicy::classify(s, reportsIncident)), expected);
    // The sections that follow from it.
    QCOMPARE(SectionPolicy::allows(CaseSection::Summary, MaterialClass(expected)), expected == int(MaterialClass::Evidential));
    QCOMPARE(SectionPolicy::allows(CaseSection::Schedule, MaterialClass(expected)), expected == int(MaterialClass::Evidential));
    QCOMPARE(SectionPolicy::allows(CaseSection::Sensitive, MaterialClass(expected)), expected == int(MaterialClass::Sensitive));
    QCOMPARE(SectionPolicy::allows(CaseSection::Unused, MaterialClass(expected)), expected != int(MaterialClass::Sensitive));
}

void TestCaseFile::evidentialSectionsHoldEvidenceOnly()
{
    const qint64 id = newCase();
    QVERIFY(id);
    QString error;
    const auto file = CaseFileBuilder(*m_ws).build(id, &error);
    QVERIFY2(file, qPrintable(error));
    QStringList refs;
    for (const ScheduleRow &r : file->schedule)
        refs << r.reference;
    QCOMPARE(refs, (QStringList{"N1", "N2", "N3", "N4"}));
    QCOMPARE(file->totalValueGbp, 650.0);
    QCOMPARE(file->schedule.at(0).cctv, QStringLiteral("CC12345"));
    QCOMPARE(file->schedule.at(0).store, QStringLiteral("Leeds Briggate"));
    QCOMPARE(file->schedule.at(0).organisation, QStringLiteral("Northgate Foods"));
    QVERIFY(file->schedule.at(0).sourceRecord.contains(QLatin1String("northgate.csv row 2 (N1)")));
    QCOMPARE(file->subjects.size(), 1);
    QCOMPARE(file->subjects.at(0).name, QStringLiteral("Amy KHAN"));
    for (const QString &token : kNotEvidence) {
        QVERIFY2(!file->summary.contains(token), qPrintable(token));
        for (const ScheduleRow &r : file->schedule) {
            const QStringList cells{r.store, r.reference, r.cctv, r.persons.join(' '), r.sourceRecord};
            QVERIFY2(!cells.join(' ').contains(token), qPrintable(token));
        }
    }
    // MG6D: the C-coded N5 and R2; MG6C: the intelligence N6 and R1. Never the other way round.
    auto refsOf = [](const QList<MaterialListing> &list) {
        QStringList out;
        for (const MaterialListing &l : list)
            out << l.reference;
        out.sort();
        return out;
    };
    QCOMPARE(refsOf(file->sensitive), (QStringList{"northgate.csv row 6 (N5)", "police.csv row 3 (R2)"}));
    QCOMPARE(refsOf(file->unused), (QStringList{"northgate.csv row 7 (N6)", "police.csv row 2 (R1)"}));
}

void TestCaseFile::documentsHoldNoIntelligence()
{
    if (!havePdfToText())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const qint64 id = newCase();
    QVERIFY(id);
    QString error;
    QTemporaryDir out;
    CaseExportOptions o{out.filePath(QStringLiteral("case.pdf")), out.filePath(QStringLiteral("case.odt")),
                        QStringLiteral("Crown Prosecution Service"), QStringLiteral("charging decision")};
    const auto files = CaseExporter(*m_ws).exportCase(id, o, &error);
    QVERIFY2(files, qPrintable(error));
    QCOMPARE(files->size(), 4); // case.pdf, case-mg6d.pdf, case.odt, case-mg6d.odt
    const QString pdf = pdfText(o.pdfPath);
    const QString odt = odtText(o.odtPath);
    for (const QString &text : {pdf, odt}) {
        QVERIFY(text.contains(QLatin1String("Leeds Briggate")));
        QVERIFY(text.contains(QLatin1String("CC12345")));
        QVERIFY(text.contains(QLatin1String("650.00")));
        for (const QString &token : kNotEvidence)
            QVERIFY2(!text.contains(token), qPrintable(token));
        QVERIFY(!text.contains(CaseDocument::sensitiveTitle()));
        // C-coded records are not even listed in the disclosable file.
        QVERIFY(!text.contains(QLatin1String("(N5)")));
        QVERIFY(!text.contains(QLatin1String("(R2)")));
    }
    QVERIFY(pdf.contains(QLatin1String("OFFICIAL-SENSITIVE")));
    // The sensitive schedule lists them apart, by reference only.
    for (const QString &text : {pdfText(CaseExporter::sensitivePath(o.pdfPath)), odtText(CaseExporter::sensitivePath(o.odtPath))}) {
        QVERIFY(text.contains(CaseDocument::sensitiveTitle()));
        QVERIFY(text.contains(QLatin1String("(N5)")));
        QVERIFY(text.contains(QLatin1String("(R2)")));
        QVERIFY(text.contains(QLatin1String("NOT FOR DISCLOSURE")));
        for (const QString &token : kNotEvidence)
            QVERIFY2(!text.contains(token), qPrintable(token));
    }
}

void TestCaseFile::exhibitHashContinuity_data()
{
    QTest::addColumn<QString>("change"); // what happens to a file after it was attached
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one byte of the clip changed") << "modify" << "AK/2" << "has changed since it was attached";
    QTest::newRow("the still removed") << "remove" << "AK/1" << "missing";
    QTest::newRow("the clip cut short") << "truncate" << "AK/2" << "has changed since it was attached";
}

void TestCaseFile::exhibitHashContinuity()
{
    QFETCH(QString, change);
    QFETCH(QString, reference);
    QFETCH(QString, expected);
    QTemporaryDir ex;
    const QList<ExhibitRequest> requests = makeExhibits(ex.path());
    const qint64 id = newCase();
    QString error;
    CaseStore store(*m_ws);
    QVERIFY2(store.attach(id, requests, &error), qPrintable(error));
    const QList<Exhibit> attached = store.exhibits(id);
    QCOMPARE(attached.size(), 2);
    QCOMPARE(attached.at(1).sha256, sha256(ex.filePath(QStringLiteral("clip.bin")))); // oracle: QCryptographicHash
    QCOMPARE(attached.at(1).attachedBy, QStringLiteral("analyst1"));
    QVERIFY(!attached.at(1).attachedAt.isEmpty());

    QTemporaryDir out;
    CaseExportOptions o{out.filePath(QStringLiteral("ok.pdf")), QString(), QStringLiteral("CPS"), QStringLiteral("review")};
    QVERIFY2(CaseExporter(*m_ws).exportCase(id, o, &error), qPrintable(error)); // unchanged: exported

    const Exhibit &target = reference == QLatin1String("AK/1") ? attached.at(0) : attached.at(1);
    if (change == QLatin1String("remove")) {
        QVERIFY(QFile::remove(target.filePath));
    } else {
        QFile f(target.filePath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (change == QLatin1String("truncate")) {
            QVERIFY(f.resize(f.size() - 1));
        } else {
            f.seek(1000);
            char c = 0;
            f.getChar(&c);
            f.seek(1000);
            f.putChar(char(c ^ 0x01));
        }
    }
    o.pdfPath = out.filePath(QStringLiteral("stopped.pdf"));
    o.odtPath = out.filePath(QStringLiteral("stopped.odt"));
    const auto files = CaseExporter(*m_ws).exportCase(id, o, &error);
    QVERIFY(!files);
    QVERIFY2(error.contains(reference) && error.contains(QFileInfo(target.filePath).fileName()) && error.contains(expected),
             qPrintable(error));
    const QString other = reference == QLatin1String("AK/1") ? QStringLiteral("AK/2") : QStringLiteral("AK/1");
    QVERIFY2(!error.contains(other), qPrintable(error)); // only the one that changed is named
    QVERIFY(!QFile::exists(o.pdfPath));
    QVERIFY(!QFile::exists(o.odtPath));
    QVERIFY(!QFile::exists(CaseExporter::sensitivePath(o.pdfPath)));
}

void TestCaseFile::exhibitHashingCancels()
{
    QTemporaryDir ex;
    makeExhibits(ex.path());
    const QStringList paths{ex.filePath(QStringLiteral("clip.bin")), ex.filePath(QStringLiteral("still.png"))};
    std::atomic_bool cancel{true};
    const QList<FileHash> cancelled = ExhibitHasher::hash(paths, {}, &cancel);
    QCOMPARE(cancelled.size(), 2);
    for (const FileHash &h : cancelled)
        QVERIFY(!h.ok());
    // Progress reaches the total; the hashes are those of an independent implementation.
    qint64 lastDone = -1, lastTotal = -1;
    const QList<FileHash> done = ExhibitHasher::hash(paths, [&](qint64 d, qint64 t) {
        lastDone = d;
        lastTotal = t;
        return true;
    });
    QCOMPARE(lastDone, lastTotal);
    QCOMPARE(lastTotal, QFileInfo(paths.at(0)).size() + QFileInfo(paths.at(1)).size());
    QCOMPARE(done.at(0).sha256, sha256(paths.at(0)));
    QCOMPARE(done.at(1).sha256, sha256(paths.at(1)));
    // A progress function that answers false cancels.
    const QList<FileHash> stopped = ExhibitHasher::hash(paths, [](qint64, qint64) { return false; });
    QVERIFY(!stopped.at(0).ok());
    QVERIFY(!stopped.at(1).ok());
}

void TestCaseFile::partnerExport_data()
{
    QTest::addColumn<QString>("organisation");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");
    QTest::addColumn<int>("withheld");
    // Retailer: incident reports N1-N4 only. Withheld: N5 (C), N6 (intelligence), R1 (intelligence), R2 (C).
    QTest::newRow("another retailer")
        << "Castle Stores" << "retailer" << QStringList{"Leeds Briggate", "Amy KHAN"} << kNotEvidence << 4;
    QTest::newRow("a partner")
        << "Leeds BID" << "partner" << QStringList{"Leeds Briggate"} << kNotEvidence << 4;
    // Police: intelligence too, and R2 whose conditions read "Police use only"; never N5.
    QTest::newRow("police")
        << "Leeds District Police" << "police" << QStringList{"YY22INT", "XX33CCC", "Dgrade Lane", "DD11DDD"}
        << QStringList{"Sensitive Street", "SE11CCC"} << 1;
    // The originator gets its own C-coded and intelligence records back, not the force's.
    QTest::newRow("the originating retailer")
        << "Northgate Foods" << "retailer" << QStringList{"Sensitive Street", "SE11CCC", "Dgrade Lane"}
        << QStringList{"YY22INT", "XX33CCC", "INTELONLY"} << 2;
}

void TestCaseFile::partnerExport()
{
    QFETCH(QString, organisation);
    QFETCH(QString, kind);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    QFETCH(int, withheld);
    QString error;
    const auto selection = CaseSelection::forPerson(*m_ws, m_amy, &error);
    QVERIFY(selection);
    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("alert.pdf"));
    PartnerExport built;
    const auto files = CaseExporter(*m_ws).exportPartner(*selection, Recipient{organisation, kind},
                                                         QStringLiteral("shop alert"), pdf, {}, &error, &built);
    QVERIFY2(files, qPrintable(error));
    QCOMPARE(built.withheld.size(), withheld);
    const QString json = QString::fromUtf8(QJsonDocument(built.toJson().value(QStringLiteral("subjects")).toArray()).toJson())
                         + QString::fromUtf8(QJsonDocument(built.toJson().value(QStringLiteral("incidents")).toArray()).toJson())
                         + built.vehicles.join(QLatin1Char(' '));
    QStringList texts{json};
    if (havePdfToText())
        texts << pdfText(pdf);
    for (const QString &text : texts) {
        for (const QString &p : present)
            QVERIFY2(text.contains(p), qPrintable(p));
        for (const QString &a : absent)
            QVERIFY2(!text.contains(a), qPrintable(a));
    }
    // The manifest is kept beside the export, not in it.
    QVERIFY(QFile::exists(CaseExporter::manifestPath(pdf)));
}

void TestCaseFile::withheldManifestComplete()
{
    QString error;
    const auto selection = CaseSelection::forNetwork(*m_ws, 1, &error);
    QVERIFY2(selection, qPrintable(error));
    // The network: Amy and Ben (incidents together) and Carl, Amy's associate in the police record.
    QCOMPARE(selection->persons.size(), 3);
    const auto material = CaseMaterialReader(*m_ws).read(selection->persons, selection->incidents, &error);
    QVERIFY(material);
    QSet<qint64> all;
    for (const CaseMaterial &m : *material)
        all.insert(m.source.sourceRecordId);
    QCOMPARE(all.size(), 8); // N1-N6, R1, R2
    for (const QString &kind : {QStringLiteral("retailer"), QStringLiteral("police"), QStringLiteral("partner")}) {
        const auto x = PartnerExportBuilder(*m_ws).build(*selection, Recipient{QStringLiteral("Someone"), kind}, {}, &error);
        QVERIFY(x);
        QSet<qint64> released, withheld;
        for (const PartnerItem &i : x->released)
            released.insert(i.sourceRecordId);
        for (const PartnerItem &i : x->withheld) {
            withheld.insert(i.sourceRecordId);
            QVERIFY2(!i.reason.isEmpty(), qPrintable(i.reference));
        }
        QVERIFY(!released.intersects(withheld));
        QCOMPARE(released + withheld, all);
        QCOMPARE(released.size() + withheld.size(), all.size());
    }
    // An unknown kind of recipient gets nothing.
    QVERIFY(!PartnerExportBuilder(*m_ws).build(*selection, Recipient{QStringLiteral("X"), QStringLiteral("press")}, {}, &error));
}

void TestCaseFile::legalNotesByDate_data()
{
    QTest::addColumn<QString>("offence");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("value");
    QTest::addColumn<QDate>("repeal");       // hypothetical repeal date entered by the analyst, or null
    QTest::addColumn<QDate>("commencement"); // hypothetical retail-worker offence date, or null
    QTest::addColumn<QString>("expected");   // "" = no note
    // s.22A MCA 1980 (inserted by s.176 ASBCPA 2014) in force 13 May 2014, threshold £200 inclusive
    // (legislation.gov.uk, Explanatory Notes para 509). Repeal and retail-worker dates unconfirmed:
    // the rows with dates use hypothetical ones, as an analyst would enter them.
    const QDate none;
    QTest::newRow("day before s.22A") << "shop_theft" << QDate(2014, 5, 12) << 150.0 << none << none << "was not yet in force";
    QTest::newRow("first day of s.22A") << "shop_theft" << QDate(2014, 5, 13) << 150.0 << none << none << "applied";
    QTest::newRow("£200 exactly") << "shop_theft" << QDate(2020, 1, 1) << 200.0 << none << none << "200.00 or less";
    QTest::newRow("£200.01") << "shop_theft" << QDate(2020, 1, 1) << 200.01 << none << none << "is over £200.00";
    QTest::newRow("repeal unknown") << "shop_theft" << QDate(2026, 6, 1) << 50.0 << none << none << "no confirmed commencement";
    QTest::newRow("before a repeal") << "shop_theft" << QDate(2026, 6, 30) << 50.0 << QDate(2026, 7, 1) << none << "applied";
    QTest::newRow("after the repeal") << "shop_theft" << QDate(2026, 7, 1) << 50.0 << QDate(2026, 7, 1) << none << "had been repealed";
    QTest::newRow("retail worker, unknown") << "assault" << QDate(2025, 3, 1) << 0.0 << none << none << "commencement date not confirmed";
    QTest::newRow("retail worker, before") << "assault" << QDate(2026, 3, 31) << 0.0 << none << QDate(2026, 4, 1) << "was not yet in force";
    QTest::newRow("retail worker, from") << "assault" << QDate(2026, 4, 1) << 0.0 << none << QDate(2026, 4, 1) << "was in force";
    QTest::newRow("robbery") << "robbery" << QDate(2020, 1, 1) << 10.0 << none << none << "";
}

void TestCaseFile::legalNotesByDate()
{
    QFETCH(QString, offence);
    QFETCH(QDate, date);
    QFETCH(double, value);
    QFETCH(QDate, repeal);
    QFETCH(QDate, commencement);
    QFETCH(QString, expected);
    QList<LegalNote> table = LegalNotes(*m_ws).all();
    QCOMPARE(table.size(), 2);
    for (LegalNote &n : table) {
        if (n.key == QLatin1String("low_value_shoplifting")) {
            QCOMPARE(n.appliesFrom, QDate(2014, 5, 13));
            QVERIFY(n.fromConfirmed);
            QCOMPARE(*n.maxValueGbp, 200.0);
            n.appliesUntil = repeal;
        } else {
            QVERIFY(!n.fromConfirmed); // never presented as confirmed
            n.appliesFrom = commencement;
        }
    }
    const QStringList notes = LegalNotes::notesFor(table, offence, date, value);
    if (expected.isEmpty()) {
        QVERIFY(notes.isEmpty());
        return;
    }
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().contains(expected), qPrintable(notes.first()));
    if (!repeal.isNull() && date < repeal)
        QVERIFY(!notes.first().contains(QLatin1String("no confirmed commencement")));
}

void TestCaseFile::scheduleCarriesLegalNotes()
{
    const qint64 id = newCase();
    QString error;
    const auto file = CaseFileBuilder(*m_ws).build(id, &error);
    QVERIFY(file);
    // N1 01/05/2014 £150: before s.22A; N2 01/06/2014 £150: low-value; N3 £350: over; N4 assault 2024.
    QVERIFY(file->schedule.at(0).legalNotes.join(' ').contains(QLatin1String("was not yet in force")));
    QVERIFY(file->schedule.at(1).legalNotes.join(' ').contains(QLatin1String("low-value shoplifting")));
    QVERIFY(file->schedule.at(2).legalNotes.join(' ').contains(QLatin1String("is over")));
    QVERIFY(file->schedule.at(3).legalNotes.join(' ').contains(QLatin1String("commencement date not confirmed")));
    // Entering a confirmed date changes the note, and is an alteration in the audit trail.
    QVERIFY(LegalNotes(*m_ws).setDates(QStringLiteral("retail_worker_assault"), QDate(2020, 1, 1), false, QDate(), false,
                                       QStringLiteral("test date"), &error));
    const auto again = CaseFileBuilder(*m_ws).build(id, &error);
    QVERIFY(again->schedule.at(3).legalNotes.join(' ').contains(QLatin1String("was in force")));
    QVERIFY(LegalNotes(*m_ws).setDates(QStringLiteral("retail_worker_assault"), QDate(), false, QDate(), false,
                                       QStringLiteral("reset"), &error));
}

void TestCaseFile::summaryEditsAreVersions()
{
    const qint64 id = newCase();
    CaseStore store(*m_ws);
    QString error;
    const auto generated = CaseFileBuilder(*m_ws).build(id, &error);
    QCOMPARE(generated->summaryVersion, 0);
    QVERIFY(generated->summary.contains(QLatin1String("Amy KHAN")));
    QVERIFY2(generated->summary.contains(QStringLiteral("£650.00")), qPrintable(generated->summary));
    QCOMPARE(*store.addSummary(id, generated->summary, true, &error), 1);
    QCOMPARE(*store.addSummary(id, QStringLiteral("Edited: four incidents."), false, &error), 2);
    const auto edited = CaseFileBuilder(*m_ws).build(id, &error);
    QCOMPARE(edited->summaryVersion, 2);
    QVERIFY(edited->summaryEdited);
    QCOMPARE(edited->summary, QStringLiteral("Edited: four incidents."));
    QCOMPARE(store.summaries(id).size(), 2);
    QCOMPARE(store.summaries(id).first().text, generated->summary); // the generated text is kept
    QStringList actions;
    for (const CaseEvent &e : store.history(id))
        actions << e.action;
    QCOMPARE(actions, (QStringList{"created", "summary generated", "summary edited"}));
}

void TestCaseFile::exportIsAuditedDisclosure()
{
    const qint64 id = newCase();
    QString error;
    QTemporaryDir out;
    CaseExportOptions o{out.filePath(QStringLiteral("audited.pdf")), QString(), QStringLiteral("CPS Yorkshire"),
                        QStringLiteral("file for charging advice")};
    const auto before = m_ws->auditLog().entries().size();
    QVERIFY2(CaseExporter(*m_ws).exportCase(id, o, &error), qPrintable(error));
    const QList<AuditEntry> entries = m_ws->auditLog().entries();
    QCOMPARE(entries.size(), before + 2); // the case file and its MG6D
    const AuditEntry &e = entries.at(entries.size() - 2);
    QCOMPARE(e.action, AuditLog::actionName(AuditLog::Action::Disclosure));
    QCOMPARE(e.recipient, QStringLiteral("CPS Yorkshire"));
    QCOMPARE(e.justification, QStringLiteral("file for charging advice"));
    QCOMPARE(e.objectType, QStringLiteral("casefile"));
    QVERIFY2(e.detail.contains(sha256(o.pdfPath)), qPrintable(e.detail));
    QVERIFY(!m_ws->auditLog().firstBrokenEntry());
    // A disclosure needs a recipient and a justification.
    o.recipient.clear();
    o.pdfPath = out.filePath(QStringLiteral("none.pdf"));
    QVERIFY(!CaseExporter(*m_ws).exportCase(id, o, &error));
    QVERIFY(!QFile::exists(o.pdfPath));
}

void TestCaseFile::demoSectionsPresent_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("demo offender") << "person";
    QTest::newRow("demo network") << "network";
}

void TestCaseFile::demoSectionsPresent()
{
    QFETCH(QString, kind);
    static QTemporaryDir demoDir;
    static std::unique_ptr<Workspace> demo;
    QString error;
    if (!demo) {
        DemoOptions options;
        options.outDir = demoDir.path();
        options.incidents = 600;
        DemoOutput output;
        QVERIFY2(DemoGenerator(options).generate(&output, &error), qPrintable(error));
        demo = Workspace::open(demoDir.filePath(QStringLiteral("demo.fcdb")), &error);
        QVERIFY2(demo, qPrintable(error));
        for (const auto &pair : std::as_const(output.imports)) {
            const auto spec = ImportSpec::load(pair.second, &error);
            QVERIFY2(spec, qPrintable(error));
            QVERIFY(Importer(*demo, *spec).importFile(pair.first).ok());
        }
    }
    std::optional<CaseSelection> s;
    if (kind == QLatin1String("network")) {
        s = CaseSelection::forNetwork(*demo, 1, &error);
    } else {
        // The person with most incidents.
        Statement st = demo->database().prepare(QStringLiteral(
            "SELECT coalesce(p.merged_into, p.id), count(DISTINCT l.to_id) AS n FROM links l JOIN entities p ON p.id = l.from_id "
            "WHERE l.type IN ('suspect_in', 'offender_in') GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1"));
        QVERIFY(st.step());
        s = CaseSelection::forPerson(*demo, st.int64(0), &error);
    }
    QVERIFY2(s, qPrintable(error));
    const auto id = CaseStore(*demo).create(s->kind, s->subject, s->title, s->persons, s->incidents, &error);
    QVERIFY2(id, qPrintable(error));
    QTemporaryDir ex;
    QVERIFY(CaseStore(*demo).attach(*id, makeExhibits(ex.path()), &error));
    QTemporaryDir out;
    CaseExportOptions o{out.filePath(QStringLiteral("demo.pdf")), out.filePath(QStringLiteral("demo.odt")),
                        QStringLiteral("CPS"), QStringLiteral("test")};
    QVERIFY2(CaseExporter(*demo).exportCase(*id, o, &error), qPrintable(error));
    const auto file = CaseFileBuilder(*demo).build(*id, &error);
    QVERIFY(file);
    QVERIFY(!file->schedule.isEmpty());
    QCOMPARE(file->exhibits.size(), 2);
    QVERIFY(!file->chart.isNull());
    QVERIFY(!file->timeline.isNull());
    const QStringList sections{CaseDocument::summaryTitle(), CaseDocument::scheduleTitle(), CaseDocument::exhibitsTitle(),
                               CaseDocument::figuresTitle(), CaseDocument::legalTitle(), CaseDocument::unusedTitle(),
                               CaseDocument::historyTitle()};
    QStringList texts{odtText(o.odtPath)};
    if (havePdfToText())
        texts << pdfText(o.pdfPath);
    for (const QString &text : texts) {
        for (const QString &title : sections)
            QVERIFY2(text.contains(title), qPrintable(title));
        QVERIFY(text.contains(QLatin1String("AK/2")));
    }
    QVERIFY(odtText(CaseExporter::sensitivePath(o.odtPath)).contains(CaseDocument::sensitiveTitle()));
    if (kind == QLatin1String("network"))
        QVERIFY(file->subjects.size() >= 2);
}

// fusioncell-cli casefile, partner-export and legal-notes as a user runs them.
void TestCaseFile::commandLine()
{
    const QString cli = QStringLiteral(FC_BIN_DIR "/fusioncell-cli");
    if (!QFile::exists(cli))
        QSKIP("fusioncell-cli is not built");
    QTemporaryDir out;
    auto run = [&](const QStringList &args, QByteArray *stdOut = nullptr) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(120000);
        if (stdOut)
            *stdOut = p.readAllStandardOutput();
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            qWarning().noquote() << args.first() << "ended" << p.exitCode() << p.readAllStandardError().right(4000);
        return p.exitCode();
    };
    const QString db = m_ws->path();
    const QString amy = QString::number(m_amy);
    QByteArray json;
    QCOMPARE(run({"partner-export", "--db", db, "--recipient", "Castle Stores", "--kind", "retailer", "--person", amy,
                  "--out", out.filePath("alert.pdf"), "--json"}, &json), 0);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    QCOMPARE(o.value("manifest").toObject().value("withheld").toArray().size(), 4);
    QCOMPARE(o.value("file").toObject().value("sha256").toString(), sha256(out.filePath("alert.pdf")));
    for (const QString &token : kNotEvidence)
        QVERIFY2(!QString::fromUtf8(json).contains(token), qPrintable(token));
    QVERIFY(QFile::exists(out.filePath("alert-withheld.json")));
    // A case from selected incidents: N1 and N3 of Amy's (by their ids) give a schedule of two.
    QStringList selected;
    for (const EntityRecord &e : m_ws->entities(EntityType::Incident))
        if (e.label.endsWith(QLatin1String("N1")) || e.label.endsWith(QLatin1String("N3")))
            selected << QString::number(e.id);
    QCOMPARE(selected.size(), 2);
    QCOMPARE(run({"casefile", "--db", db, "--person", amy, "--incidents", selected.join(','), "--out",
                  out.filePath("two.pdf"), "--json"}, &json), 0);
    QCOMPARE(QJsonDocument::fromJson(json).object().value("schedule").toInt(), 2);
    QCOMPARE(QJsonDocument::fromJson(json).object().value("total_value_gbp").toDouble(), 500.0); // 150 + 350
    QCOMPARE(run({"casefile", "--db", db, "--person", amy, "--incidents", "999999", "--out", out.filePath("bad.pdf")}), 2);
    QCOMPARE(run({"partner-export", "--db", db, "--recipient", "Press", "--kind", "press", "--person", amy,
                  "--out", out.filePath("no.pdf")}), 2);
    QVERIFY(!QFile::exists(out.filePath("no.pdf")));

    QVERIFY(writeFile(out.filePath("summary.txt"), "Analyst summary: four incident reports."));
    QVERIFY(writeFile(out.filePath("statement.txt"), "Statement of the store manager."));
    QCOMPARE(run({"casefile", "--db", db, "--person", amy, "--out", out.filePath("cli.pdf"), "--attach",
                  out.filePath("statement.txt"), "--exhibit-ref", "AK/9", "--summary-file", out.filePath("summary.txt"),
                  "--json"}, &json), 0);
    const QJsonObject c = QJsonDocument::fromJson(json).object();
    QCOMPARE(c.value("schedule").toInt(), 4);
    QCOMPARE(c.value("sensitive").toInt(), 2);
    QCOMPARE(c.value("files").toArray().size(), 2);
    const qint64 caseId = c.value("case").toInteger();
    QCOMPARE(CaseStore(*m_ws).summaries(caseId).size(), 2);
    if (havePdfToText())
        QVERIFY(pdfText(out.filePath("cli.pdf")).contains(QLatin1String("Analyst summary: four incident reports.")));
    // An exhibit changed since: the export stops, naming it.
    QVERIFY(writeFile(out.filePath("statement.txt"), "Statement of the store manager, altered."));
    QProcess p;
    p.start(cli, {"casefile", "--db", db, "--case", QString::number(caseId), "--out", out.filePath("again.pdf")});
    p.waitForFinished(120000);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QLatin1String("AK/9")));
    QVERIFY(!QFile::exists(out.filePath("again.pdf")));

    QCOMPARE(run({"legal-notes", "--db", db, "--set", "retail_worker_assault", "--from", "2026-04-01", "--source",
                  "test entry", "--json"}, &json), 0);
    const QJsonArray notes = QJsonDocument::fromJson(json).object().value("legal_notes").toArray();
    bool seen = false;
    for (const QJsonValue &v : notes)
        if (v.toObject().value("key").toString() == QLatin1String("retail_worker_assault")) {
            seen = true;
            QCOMPARE(v.toObject().value("applies_from").toString(), QStringLiteral("2026-04-01"));
            QCOMPARE(v.toObject().value("from_confirmed").toBool(), false);
        }
    QVERIFY(seen);
    QCOMPARE(run({"legal-notes", "--db", db, "--set", "retail_worker_assault", "--from", "none", "--source", "reset"}), 0);

    // An alert from a stored case carries its image exhibits (not the other files), and a changed
    // exhibit stops it as it stops a case file.
    QTemporaryDir ex;
    const qint64 withImage = newCase();
    QString error;
    QVERIFY2(CaseStore(*m_ws).attach(withImage, makeExhibits(ex.path()), &error), qPrintable(error));
    QCOMPARE(run({"partner-export", "--db", db, "--recipient", "Castle Stores", "--kind", "retailer", "--case",
                  QString::number(withImage), "--out", out.filePath("image.pdf"), "--json"}, &json), 0);
    const QJsonObject withImages = QJsonDocument::fromJson(json).object();
    QCOMPARE(withImages.value("images").toArray().size(), 1);
    QCOMPARE(withImages.value("images").toArray().first().toObject().value("exhibit").toString(), QStringLiteral("AK/1"));
    QCOMPARE(run({"partner-export", "--db", db, "--recipient", "Castle Stores", "--kind", "retailer", "--case",
                  QString::number(caseId), "--out", out.filePath("stopped.pdf")}), 1);
    QVERIFY(!QFile::exists(out.filePath("stopped.pdf")));
}

QTEST_MAIN(TestCaseFile)
#include "tst_casefile.moc"
