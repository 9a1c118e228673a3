#include "store/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace fc;

/** fusioncell-cli as a user runs it: help, exit codes, one-line errors, JSON output, end to end. */
class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void unknownCommandFails();
    void workstationHelpNeedsNoDisplay();
    void demoImportInfoSearchAudit();
    void importWithSpecThatDoesNotFitSaysSo();
    void previewShowsRowsAsParsed();
    void specTemplateWritesAUsableSpec();
    void valuesKeptUnreadAreReported();
    void importRecordsTheOsAccountWithoutUserVariables();
    void trendsSeriesFlagsAndForecast();
    void trendsFindThePlantedHotSpot();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
    };
    Result cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_demo;
};

TestCli::Result TestCli::cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"), args);
    if (!p.waitForFinished(300000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QString TestCli::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(bytes);
    return f.fileName();
}

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FC_BIN_DIR "/fusioncell-cli")));
    m_demo = m_dir.filePath(QStringLiteral("demo"));
}

void TestCli::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("demo") << QStringLiteral("demo") << QStringLiteral("--seed");
    QTest::newRow("import") << QStringLiteral("import") << QStringLiteral("--spec");
    QTest::newRow("info") << QStringLiteral("info") << QStringLiteral("--db");
    QTest::newRow("search") << QStringLiteral("search") << QStringLiteral("--limit");
    QTest::newRow("entities") << QStringLiteral("entities") << QStringLiteral("--type");
    QTest::newRow("spec-template") << QStringLiteral("spec-template") << QStringLiteral("--out");
    QTest::newRow("preview") << QStringLiteral("preview") << QStringLiteral("--rows");
    QTest::newRow("audit") << QStringLiteral("audit") << QStringLiteral("--since");
    QTest::newRow("trends") << QStringLiteral("trends") << QStringLiteral("--split");
}

void TestCli::everyCommandHasHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Result r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("--json")));
    // The usage line names the command as typed, not the path the program was started from.
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: fusioncell-cli %1 [options]").arg(command)), qPrintable(r.out));
    const Result top = cli({QStringLiteral("--help")});
    QCOMPARE(top.code, 0);
    QVERIFY(top.out.contains(command));
}

// `fusioncell --help` on a machine with no display (a server, an SSH session) answers rather than
// failing to connect to one.
void TestCli::workstationHelpNeedsNoDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    for (const char *option : {"--help", "--version"}) {
        p.start(QStringLiteral(FC_BIN_DIR "/fusioncell"), {QLatin1String(option)});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QLatin1String(option) == QLatin1String("--help") ? QStringLiteral("--purpose")
                                                                             : QStringLiteral("FusionCell")),
                 qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
    }
}

void TestCli::unknownCommandFails()
{
    const Result r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    const Result missing = cli({QStringLiteral("info"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("nope.fcdb"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.startsWith(QStringLiteral("fusioncell-cli: workspace")));
    QCOMPARE(missing.err.trimmed().count(QLatin1Char('\n')), 0); // one line
}

void TestCli::demoImportInfoSearchAudit()
{
    const Result demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--incidents"),
                             QStringLiteral("600"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const QString db = m_demo + QStringLiteral("/demo.fcdb");
    QVERIFY(QFile::exists(db));
    QVERIFY(QFile::exists(m_demo + QStringLiteral("/ground_truth.json")));
    const Result info = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(info.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(info.out.toUtf8()).object();
    const QJsonArray imports = root.value(QStringLiteral("imports")).toArray();
    QVERIFY(imports.size() >= 4); // three retailers and a police export
    QSet<QString> organisations;
    qint64 accepted = 0;
    for (const QJsonValue &v : imports) {
        organisations.insert(v.toObject().value(QStringLiteral("organisation")).toString());
        accepted += v.toObject().value(QStringLiteral("rows_accepted")).toInteger();
        QCOMPARE(v.toObject().value(QStringLiteral("rows_read")).toInteger(),
                 v.toObject().value(QStringLiteral("rows_accepted")).toInteger()
                     + v.toObject().value(QStringLiteral("rows_rejected")).toInteger());
    }
    QVERIFY(organisations.size() >= 4);
    QVERIFY(accepted > 600);
    QVERIFY(root.value(QStringLiteral("entities")).toObject().value(QStringLiteral("incident")).toInteger() >= 590);

    // Importing the same export again is a no-op that says so.
    const QJsonObject manifest = QJsonDocument::fromJson([&] {
        QFile f(m_demo + QStringLiteral("/manifest.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }()).object();
    const QJsonObject first = manifest.value(QStringLiteral("imports")).toArray().first().toObject();
    const Result again = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"),
                              m_demo + QLatin1Char('/') + first.value(QStringLiteral("spec")).toString(),
                              m_demo + QLatin1Char('/') + first.value(QStringLiteral("file")).toString()});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already imported")), qPrintable(again.out));

    const Result people = cli({QStringLiteral("entities"), QStringLiteral("--db"), db, QStringLiteral("--type"),
                               QStringLiteral("person"), QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(people.code, 0);
    const QJsonObject person = QJsonDocument::fromJson(people.out.toUtf8()).array().first().toObject();
    const QString surname = person.value(QStringLiteral("label")).toString().section(QLatin1Char(' '), -1);
    const Result search = cli({QStringLiteral("search"), QStringLiteral("--db"), db, surname, QStringLiteral("--json")});
    QCOMPARE(search.code, 0);
    QVERIFY(!QJsonDocument::fromJson(search.out.toUtf8()).array().isEmpty());

    const Result verify = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QVERIFY2(verify.code == 0, qPrintable(verify.err));
    const Result list = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonArray entries = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QVERIFY(entries.size() >= 5); // four collections and the search above (a consultation)
    QCOMPARE(entries.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("collection"));
    QCOMPARE(entries.last().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("consultation"));

    // A single altered byte in the audit table is found.
    {
        Database raw;
        QVERIFY(raw.open(db));
        QVERIFY(raw.exec(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET user_name = 'demO' WHERE id = 2")));
    }
    const Result broken = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db});
    QCOMPARE(broken.code, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("entry 2")), qPrintable(broken.err));
}

void TestCli::importWithSpecThatDoesNotFitSaysSo()
{
    const QString spec = write(QStringLiteral("s.json"), R"({"name": "S", "source": {"organisation": "O"},
        "entities": {"i": {"type": "incident", "key": "Incident Ref"}}})");
    const QString file = write(QStringLiteral("f.csv"), "Ref,When\nA,2025-01-01\n");
    const QString db = m_dir.filePath(QStringLiteral("fit.fcdb"));
    const Result r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), spec, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("\"Incident Ref\" is not in the file's header")) && r.err.contains(QStringLiteral("f.csv")),
             qPrintable(r.err));
    const QString badSpec = write(QStringLiteral("bad.json"), R"({"name": "S", "source": {"organisation": "O"},
        "entities": {"i": {"type": "suspect", "key": "Ref"}}})");
    const Result bad = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), badSpec, file});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("unknown type \"suspect\"")) && bad.err.contains(QStringLiteral("bad.json")),
             qPrintable(bad.err));
}

void TestCli::previewShowsRowsAsParsed()
{
    const QString file = write(QStringLiteral("p.csv"), "A;B\r\n\"x;1\";\"multi\r\nline\"\r\n2;3\r\n");
    const Result r = cli({QStringLiteral("preview"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("delimiter")).toString(), QStringLiteral(";"));
    QCOMPARE(o.value(QStringLiteral("encoding")).toString(), QStringLiteral("utf-8"));
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("fields")).toArray().at(0).toString(), QStringLiteral("x;1"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("fields")).toArray().at(1).toString(), QStringLiteral("multi\r\nline"));
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("row")).toInt(), 3);
    const Result rows1 = cli({QStringLiteral("preview"), file, QStringLiteral("--rows"), QStringLiteral("1")});
    QVERIFY(rows1.out.contains(QStringLiteral("delimiter \";\"")));
    QVERIFY(!rows1.out.contains(QStringLiteral("row 3")));
}

void TestCli::specTemplateWritesAUsableSpec()
{
    const QString file = write(QStringLiteral("t.csv"),
        "Incident Ref,Date/Time,Store No,Store Name,Suspect 1,Suspect 1 DOB,Vehicle Reg\n"
        "R1,03/01/2025 14:05,S1,Leeds,Amy Khan,01/02/1990,AB12CDE\n");
    const QString out = m_dir.filePath(QStringLiteral("t.json"));
    const Result r = cli({QStringLiteral("spec-template"), file, QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString db = m_dir.filePath(QStringLiteral("t.fcdb"));
    const Result imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), out, file,
                                 QStringLiteral("--json")});
    QVERIFY2(imported.code == 0, qPrintable(imported.err + imported.out));
    const QJsonObject report = QJsonDocument::fromJson(imported.out.toUtf8()).array().first().toObject();
    QCOMPARE(report.value(QStringLiteral("rows_accepted")).toInt(), 1);
    QCOMPARE(report.value(QStringLiteral("entities_created")).toInt(), 4); // incident, store, person, vehicle
}

void TestCli::valuesKeptUnreadAreReported()
{
    const QString spec = write(QStringLiteral("keep.json"), R"({
      "name": "Keep", "source": {"organisation": "Test Police", "kind": "police"},
      "format": {"date_format": "dd/MM/yyyy"}, "on_bad_value": "keep_row",
      "entities": {"p": {"type": "person", "key": "Id", "fields": {"full_name": "Name", "dob": "DOB"}}} })");
    const QString file = write(QStringLiteral("keep.csv"), "Id,Name,DOB\n1,Amy Khan,01/02/1990\n2,Bob Ray,1990-13-45\n");
    const QString db = m_dir.filePath(QStringLiteral("keep.fcdb"));
    const Result imported = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), spec, file});
    QVERIFY2(imported.code == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(QStringLiteral("2 imported, 0 rejected, 1 values kept unread")), qPrintable(imported.out));
    QVERIFY2(imported.out.contains(QStringLiteral("kept unread, row 3, p dob (column \"DOB\")")), qPrintable(imported.out));

    const Result text = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--unparsed"), QStringLiteral("1")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("0 rejected, 1 values kept unread")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("row 3 p (entity ")), qPrintable(text.out));
    const Result json = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json"),
                             QStringLiteral("--unparsed"), QStringLiteral("1")});
    QCOMPARE(json.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("imports")).toArray().at(0).toObject().value(QStringLiteral("values_unparsed")).toInteger(), 1);
    const QJsonObject u = root.value(QStringLiteral("unparsed")).toArray().at(0).toObject();
    QCOMPARE(u.value(QStringLiteral("raw")).toString(), QStringLiteral("1990-13-45"));
    QCOMPARE(u.value(QStringLiteral("field")).toString(), QStringLiteral("dob"));
    QCOMPARE(u.value(QStringLiteral("row")).toInteger(), 3);

    const Result entities = cli({QStringLiteral("entities"), QStringLiteral("--db"), db, QStringLiteral("--show-provenance")});
    QCOMPARE(entities.code, 0);
    QVERIFY2(entities.out.contains(QStringLiteral("dob kept unread: \"1990-13-45\"   [row 3:")), qPrintable(entities.out));
    QVERIFY(!entities.out.contains(QStringLiteral("dob = 1990-13-45")));
}

// A scheduled job (cron, a service, a container) has no USER: the import and its audit entry still
// name the operating-system account, not "unknown".
void TestCli::importRecordsTheOsAccountWithoutUserVariables()
{
#ifndef Q_OS_UNIX
    QSKIP("the account is looked up in the Unix user database");
#else
    const passwd *pw = getpwuid(geteuid());
    if (!pw)
        QSKIP("this account is not in the user database");
    const QString account = QString::fromLocal8Bit(pw->pw_name);
    const QString file = write(QStringLiteral("u.csv"), "Incident Ref,Date/Time,Store Name\nU1,03/01/2025 14:05,Leeds\n");
    const QString spec = m_dir.filePath(QStringLiteral("u.json"));
    QCOMPARE(cli({QStringLiteral("spec-template"), file, QStringLiteral("--out"), spec}).code, 0);
    const QString db = m_dir.filePath(QStringLiteral("u.fcdb"));

    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"USER", "LOGNAME", "USERNAME"})
        env.remove(QLatin1String(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"),
            {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), spec, file});
    QVERIFY(p.waitForFinished(300000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    const Result info = cli({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(info.code, 0);
    const QJsonArray imports = QJsonDocument::fromJson(info.out.toUtf8()).object().value(QStringLiteral("imports")).toArray();
    QCOMPARE(imports.size(), 1);
    QCOMPARE(imports.first().toObject().value(QStringLiteral("user")).toString(), account);
    const Result audit = cli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(audit.code == 0, qPrintable(audit.err));
    int collections = 0;
    for (const QJsonValue &v : QJsonDocument::fromJson(audit.out.toUtf8()).array()) {
        const QJsonObject e = v.toObject();
        if (e.value(QStringLiteral("action")).toString() != QLatin1String("collection"))
            continue;
        ++collections;
        QCOMPARE(e.value(QStringLiteral("user")).toString(), account);
    }
    QCOMPARE(collections, 1);
#endif
}

// Trends end to end: 40 months of an export imported, then the series by hand, an emerging flag on a
// planted spike with its evidence, the forecast with its back-test, the splits, and bad options.
void TestCli::trendsSeriesFlagsAndForecast()
{
    const QString spec = write(QStringLiteral("trends-spec.json"), R"({"name": "Trends", "source": {"organisation": "Shopco"},
        "format": {"delimiter": ",", "header_row": 1, "date_format": "yyyy-MM-dd HH:mm"},
        "entities": {"i": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "Date", "offence": "Offence", "value_gbp": "Value"}},
                     "s": {"type": "location", "subtype": "store", "key": "Store", "fields": {"name": "Store"}}},
        "links": [{"type": "occurred_at", "from": "i", "to": "s"}],
        "values": {"Offence": {"Theft": "shop_theft", "Robbery": "robbery"}}})");
    // Month k (0..39, January 2023 to April 2026) holds 20 + (k % 5) thefts and 2 robberies (value 10
    // each, on the 3rd to the 25th at 10:00, stores A and B alternately); April 2026 holds 60 thefts.
    QByteArray csv = "Ref,Date,Offence,Value,Store\n";
    int ref = 0;
    for (int k = 0; k < 40; ++k) {
        const QDate month = QDate(2023, 1, 1).addMonths(k);
        const int thefts = k == 39 ? 60 : 20 + k % 5;
        for (int j = 0; j < thefts + 2; ++j)
            csv += QStringLiteral("R%1,%2 10:00,%3,10,%4\n").arg(++ref).arg(month.addDays(2 + j % 23).toString(Qt::ISODate))
                       .arg(j < thefts ? QStringLiteral("Theft") : QStringLiteral("Robbery"))
                       .arg(j % 2 ? QStringLiteral("A") : QStringLiteral("B")).toUtf8();
    }
    const QString file = write(QStringLiteral("trends.csv"), csv);
    const QString db = m_dir.filePath(QStringLiteral("trends.fcdb"));
    const Result import = cli({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--spec"), spec, file});
    QVERIFY2(import.code == 0, qPrintable(import.err));

    const Result r = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("month"),
                          QStringLiteral("--from"), QStringLiteral("2026-02-01"), QStringLiteral("--to"),
                          QStringLiteral("2026-04-30"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(j.value(QStringLiteral("periods")).toArray().size(), 40);
    const QJsonObject total = j.value(QStringLiteral("total")).toObject();
    const QJsonArray counts = total.value(QStringLiteral("counts")).toArray();
    QCOMPARE(counts.at(0).toDouble(), 22.0);  // January 2023: 20 + 0 thefts, 2 robberies
    QCOMPARE(counts.at(38).toDouble(), 25.0); // March 2026 (k 38): 20 + 3, 2
    QCOMPARE(counts.at(39).toDouble(), 62.0);
    // Range Feb-Apr 2026 (k 37..39): 24 + 25 + 62 = 111; previous Nov 2025-Jan 2026 (34..36): 26 + 22 + 23 = 71;
    // last year (25..27): 22 + 23 + 24 = 69. Two stores; value 10 each.
    const QJsonObject range = total.value(QStringLiteral("range")).toObject();
    QCOMPARE(range.value(QStringLiteral("count")).toDouble(), 111.0);
    QCOMPARE(range.value(QStringLiteral("previous")).toObject().value(QStringLiteral("count")).toDouble(), 71.0);
    QCOMPARE(range.value(QStringLiteral("last_year")).toObject().value(QStringLiteral("count")).toDouble(), 69.0);
    QCOMPARE(range.value(QStringLiteral("stores")).toInt(), 2);
    QCOMPARE(range.value(QStringLiteral("value_gbp")).toDouble(), 1110.0);
    // The spike is flagged, with its evidence; the two flat months are not.
    const QJsonArray flags = total.value(QStringLiteral("emerging")).toObject().value(QStringLiteral("flags")).toArray();
    QCOMPARE(flags.size(), 1);
    const QJsonObject flag = flags.first().toObject();
    QCOMPARE(flag.value(QStringLiteral("period")).toString(), QStringLiteral("2026-04"));
    QCOMPARE(flag.value(QStringLiteral("observed")).toDouble(), 62.0);
    QVERIFY(flag.value(QStringLiteral("expected")).toDouble() > 20 && flag.value(QStringLiteral("expected")).toDouble() < 26);
    QVERIFY(flag.value(QStringLiteral("upper_bound")).toDouble() < 62);
    QVERIFY(flag.contains(QStringLiteral("threshold")));
    // Forecast: 40 complete months (--to 2026-04-30 closes April), six months with intervals, the
    // back-test beside it.
    const QJsonObject forecast = total.value(QStringLiteral("forecast")).toObject();
    QVERIFY2(forecast.value(QStringLiteral("computed")).toBool(), qPrintable(forecast.value(QStringLiteral("reason")).toString()));
    QCOMPARE(forecast.value(QStringLiteral("mean")).toArray().size(), 6);
    QCOMPARE(forecast.value(QStringLiteral("upper95")).toArray().size(), 6);
    QVERIFY(forecast.contains(QStringLiteral("mase_ets")) && forecast.contains(QStringLiteral("mase_seasonal_naive")));
    QVERIFY(j.value(QStringLiteral("method")).toString().contains(QStringLiteral("Farrington")));
    QVERIFY(j.value(QStringLiteral("method")).toString().contains(QStringLiteral("ETS(A,Ad,A)")));
    QVERIFY(!j.value(QStringLiteral("caveats")).toArray().isEmpty());

    const Result offence = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--split"),
                                QStringLiteral("offence"), QStringLiteral("--json")});
    QVERIFY2(offence.code == 0, qPrintable(offence.err));
    const QJsonArray series = QJsonDocument::fromJson(offence.out.toUtf8()).object().value(QStringLiteral("series")).toArray();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("shop_theft"));
    QCOMPARE(series.at(1).toObject().value(QStringLiteral("total")).toInt(), 80); // 2 robberies x 40 months

    // Without --to the data end on 25 April: April is incomplete, shown but not judged.
    const Result open = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(open.code, 0);
    const QJsonObject openTotal = QJsonDocument::fromJson(open.out.toUtf8()).object().value(QStringLiteral("total")).toObject();
    QVERIFY(openTotal.value(QStringLiteral("emerging")).toObject().value(QStringLiteral("flags")).toArray().isEmpty());
    const Result text = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--split"), QStringLiteral("weekday"),
                             QStringLiteral("--to"), QStringLiteral("2026-04-30")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("FLAG All incidents 2026-04")), qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("MASE")));
    const Result bad = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("year")});
    QCOMPARE(bad.code, 2);
    QVERIFY(bad.err.contains(QStringLiteral("--by must be week or month")));
    const Result badBreak = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--break"), QStringLiteral("2020-01-01")});
    QCOMPARE(badBreak.code, 2);
}

// The workstation's demo (run-demo.sh: 48 months, stores located by the shared postcode districts):
// the generator plants a hot spot town whose share of incidents rises from 3% to about 20% over the
// last six months (ground_truth.json, patterns). The monthly split by area must flag that town in
// each of the last three months, more often than any other area, and forecast the total.
void TestCli::trendsFindThePlantedHotSpot()
{
    const QString outcodes = QStringLiteral(FC_SHARED_DIR "/data/geo/uk_outcodes.csv");
    if (!QFileInfo::exists(outcodes))
        QSKIP("../shared/data/geo/uk_outcodes.csv not found");
    const QString dir = m_dir.filePath(QStringLiteral("demo48"));
    const Result demo = cli({QStringLiteral("demo"), QStringLiteral("--out"), dir, QStringLiteral("--months"),
                             QStringLiteral("48")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    const QString db = dir + QStringLiteral("/demo.fcdb");
    const Result load = cli({QStringLiteral("postcodes"), QStringLiteral("load"), QStringLiteral("--db"), db, outcodes});
    QVERIFY2(load.code == 0, qPrintable(load.err));
    QFile truthFile(dir + QStringLiteral("/ground_truth.json"));
    QVERIFY(truthFile.open(QIODevice::ReadOnly));
    const QJsonObject patterns =
        QJsonDocument::fromJson(truthFile.readAll()).object().value(QStringLiteral("patterns")).toObject();
    const QString hotspot = patterns.value(QStringLiteral("hotspot_town")).toString();
    QCOMPARE(patterns.value(QStringLiteral("hotspot_from")).toString(), QStringLiteral("2026-05-01"));

    const Result r = cli({QStringLiteral("trends"), QStringLiteral("--db"), db, QStringLiteral("--by"), QStringLiteral("month"),
                          QStringLiteral("--split"), QStringLiteral("area"), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject j = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(j.value(QStringLiteral("periods")).toArray().size(), 48);
    QString mostFlagged;
    int most = 0;
    QStringList hotspotFlags;
    for (const QJsonValue &v : j.value(QStringLiteral("series")).toArray()) {
        const QJsonObject series = v.toObject();
        const QJsonArray flags = series.value(QStringLiteral("emerging")).toObject().value(QStringLiteral("flags")).toArray();
        if (series.value(QStringLiteral("label")).toString() == hotspot)
            for (const QJsonValue &f : flags)
                hotspotFlags << f.toObject().value(QStringLiteral("period")).toString();
        if (flags.size() > most) {
            most = int(flags.size());
            mostFlagged = series.value(QStringLiteral("label")).toString();
        }
    }
    QCOMPARE(mostFlagged, hotspot);
    for (const QString &month : {QStringLiteral("2026-08"), QStringLiteral("2026-09"), QStringLiteral("2026-10")})
        QVERIFY2(hotspotFlags.contains(month), qPrintable(hotspotFlags.join(QLatin1Char(' '))));
    const QJsonObject forecast = j.value(QStringLiteral("total")).toObject().value(QStringLiteral("forecast")).toObject();
    QVERIFY2(forecast.value(QStringLiteral("computed")).toBool(), qPrintable(forecast.value(QStringLiteral("reason")).toString()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
