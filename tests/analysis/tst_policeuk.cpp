// The shipped spec resources/specs/police-uk-street.json on the shared data.police.uk sample: every row
// is imported (anti-social behaviour rows have no Crime ID), and the incidents per month and crime type
// equal a count of the raw files made here with a separate, simple CSV reader. Places and hot spots
// then work on the imported data.
#include "analysis/getisord.h"
#include "analysis/harmanalysis.h"
#include "analysis/kerneldensity.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fc;

namespace {

// One CSV record split on commas outside double quotes ("" inside quotes is a quote).
QStringList splitRecord(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

class TestPoliceUk : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void countsEqualTheRawFiles();
    void antiSocialBehaviourWithoutCrimeIdImported();
    void placesAndHotspots();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    QStringList m_files;
    qint64 m_rows = 0;
};

void TestPoliceUk::initTestCase()
{
    const QDir data(QStringLiteral(FC_SHARED_DIR "/data/police-uk"));
    for (const QString &name : data.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
        m_files << data.filePath(name);
    if (m_files.isEmpty())
        QSKIP("the shared data.police.uk sample is not there");
    QString error;
    m_ws = Workspace::open(m_dir.filePath(QStringLiteral("police.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    const auto spec = ImportSpec::load(QStringLiteral(FC_SOURCE_DIR "/resources/specs/police-uk-street.json"), &error);
    QVERIFY2(spec, qPrintable(error));
    for (const QString &file : std::as_const(m_files)) {
        const ImportReport r = Importer(*m_ws, *spec).importFile(file);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.rowsRejected, 0);
        m_rows += r.rowsRead;
    }
}

void TestPoliceUk::countsEqualTheRawFiles()
{
    // The raw count: (month, crime type) -> rows, read here without the importer.
    QHash<QString, qint64> raw;
    qint64 rawRows = 0;
    for (const QString &file : std::as_const(m_files)) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList header = splitRecord(QString::fromUtf8(f.readLine()).trimmed());
        const int month = int(header.indexOf(QStringLiteral("Month")));
        const int type = int(header.indexOf(QStringLiteral("Crime type")));
        QVERIFY(month >= 0 && type >= 0);
        while (!f.atEnd()) {
            const QString line = QString::fromUtf8(f.readLine()).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList fields = splitRecord(line);
            raw[fields.value(month) + QLatin1Char('|') + fields.value(type)] += 1;
            ++rawRows;
        }
    }
    QCOMPARE(m_rows, rawRows);
    // The spec's crime types, as the test expects them stored.
    const QHash<QString, QString> typeOf = {
        {QStringLiteral("shop_theft"), QStringLiteral("Shoplifting")},
        {QStringLiteral("robbery"), QStringLiteral("Robbery")},
        {QStringLiteral("burglary_all"), QStringLiteral("Burglary")},
        {QStringLiteral("violence_sexual"), QStringLiteral("Violence and sexual offences")},
        {QStringLiteral("anti_social_behaviour"), QStringLiteral("Anti-social behaviour")},
        {QStringLiteral("bicycle_theft"), QStringLiteral("Bicycle theft")},
        {QStringLiteral("theft_from_person"), QStringLiteral("Theft from the person")},
        {QStringLiteral("other_theft"), QStringLiteral("Other theft")},
        {QStringLiteral("vehicle_crime"), QStringLiteral("Vehicle crime")},
        {QStringLiteral("drugs"), QStringLiteral("Drugs")},
        {QStringLiteral("possession_of_weapons"), QStringLiteral("Possession of weapons")},
        {QStringLiteral("public_order"), QStringLiteral("Public order")},
        {QStringLiteral("criminal_damage_arson"), QStringLiteral("Criminal damage and arson")},
        {QStringLiteral("other_crime"), QStringLiteral("Other crime")}};
    QHash<QString, qint64> imported;
    Statement q = m_ws->database().prepare(QStringLiteral(
        "SELECT substr(occurred_at, 1, 7), offence, count(*) FROM entities WHERE type = 4 GROUP BY 1, 2"));
    while (q.step()) {
        QVERIFY2(typeOf.contains(q.text(1)), qPrintable(q.text(1)));
        imported[q.text(0) + QLatin1Char('|') + typeOf.value(q.text(1))] = q.int64(2);
    }
    QCOMPARE(imported.size(), raw.size());
    for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)
        QVERIFY2(imported.value(it.key()) == it.value(),
                 qPrintable(QStringLiteral("%1: %2 imported, %3 in the files").arg(it.key())
                                .arg(imported.value(it.key())).arg(it.value())));
}

void TestPoliceUk::antiSocialBehaviourWithoutCrimeIdImported()
{
    Database &db = m_ws->database();
    // Every ASB row has a blank Crime ID; each is its own incident (none rejected, none merged).
    const qint64 asb = db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE type = 4 AND "
                                                   "offence = 'anti_social_behaviour'"));
    QVERIFY(asb > 1000);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE type = 4")), m_rows);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM rejects")), 0);
    // Months are stored as the first of the month.
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE type = 4 AND "
                                         "occurred_at NOT LIKE '____-__-01T00:00:00'")), 0);
}

void TestPoliceUk::placesAndHotspots()
{
    HarmData data;
    HarmTable table;
    QString error;
    QVERIFY2(HarmAnalysis::load(m_ws->database(), QDate(), QDate(), &data, &table, &error), qPrintable(error));
    const PlaceHarmResult places = PlaceHarm::rank(data, table, PlaceHarm::GroupBy::Place);
    QCOMPARE(places.totalIncidents, m_rows);
    // "No Location" rows: incidents with no place, kept in a row of their own.
    bool noPlace = false;
    for (const HarmRow &r : places.rows)
        noPlace = noPlace || (r.key.isEmpty() && r.incidents > 0);
    QVERIFY(noPlace);
    // Every place has coordinates and is located.
    for (const HarmPlace &p : std::as_const(data.places))
        QVERIFY2(p.located, qPrintable(p.label + QLatin1String(": ") + p.unlocatedReason));
    // LSOAs named by the data.
    const PlaceHarmResult lsoas = PlaceHarm::rank(data, table, PlaceHarm::GroupBy::Lsoa);
    QVERIFY(lsoas.rows.size() > 10);
    QVERIFY(lsoas.rows.at(0).key.startsWith(QLatin1Char('E')));
    // Hot spots by harm: the unweighted types are left out and counted.
    const HotspotInput in = HarmAnalysis::hotspotInput(data, table, true);
    QVERIFY(in.points.size() > 10000);
    QVERIFY(in.unweightedIncidents > 0);
    QCOMPARE(in.months.size(), 45);
    const HotspotGrid gi = GetisOrd::run(in.points, 250, 500);
    QVERIFY(gi.significantCount > 0);
    const HotspotGrid kde = KernelDensity::run(in.points, 250, 500);
    QVERIFY(kde.significantCount > 0);
}

QTEST_GUILESS_MAIN(TestPoliceUk)
#include "tst_policeuk.moc"
