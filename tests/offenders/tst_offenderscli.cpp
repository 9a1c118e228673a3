#include "offendersworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace fc;
using namespace offenders_test;

/** fusioncell-cli profile, offenders, motivation and interventions end to end on the hand-built workspace. */
class TestOffendersCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void help_data();
    void help();
    void profileJsonIsAConsultation();
    void motivationThenOffendersFiltered();
    void interventionsBeforeAfter();
    void badArguments();

private:
    struct Result
    {
        int code = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };
    Result cli(QStringList args);
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_amy = 0;
    qint64 m_ben = 0;
};

TestOffendersCli::Result TestOffendersCli::cli(QStringList args)
{
    if (args.size() > 1 && !args.contains(QStringLiteral("--help")))
        args << QStringLiteral("--db") << m_db;
    QProcess p;
    p.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"), args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void TestOffendersCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(FC_BIN_DIR "/fusioncell-cli")));
    auto ws = build(m_dir);
    QVERIFY(ws);
    m_db = ws->path();
    m_amy = personId(*ws, QStringLiteral("Amy KHAN"), QStringLiteral("1990-02-01"));
    m_ben = personId(*ws, QStringLiteral("Ben COLE"), QStringLiteral("1985-04-03"));
    QVERIFY(m_amy && m_ben);
}

void TestOffendersCli::help_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("option");
    QTest::newRow("profile") << "profile" << "--purpose";
    QTest::newRow("offenders") << "offenders" << "--explain";
    QTest::newRow("motivation") << "motivation" << "--revert";
    QTest::newRow("interventions") << "interventions" << "--set-suggestions";
}

void TestOffendersCli::help()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    const Result r = cli({command, QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(option), qPrintable(r.out));
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: fusioncell-cli %1 [options]").arg(command)));
}

void TestOffendersCli::profileJsonIsAConsultation()
{
    const Result r = cli({QStringLiteral("profile"), QStringLiteral("--id"), QString::number(m_amy), QStringLiteral("--json"),
                          QStringLiteral("--purpose"), QStringLiteral("case 42"), QStringLiteral("--as-of"),
                          QStringLiteral("2025-06-30")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = r.json();
    QCOMPARE(o.value("incidents").toArray().size(), 4);
    QCOMPARE(o.value("person").toObject().value("age").toInt(), 35); // 1 Feb 1990 to 30 Jun 2025
    QCOMPARE(o.value("co_offenders").toArray().at(0).toObject().value("incidents").toInt(), 2);
    QVERIFY(o.value("network").toObject().value("broker").toBool());
    QVERIFY(o.value("travel").toObject().value("method").toString().contains(QStringLiteral("haversine")));
    QString error;
    auto ws = Workspace::open(m_db, &error);
    QVERIFY(ws);
    AuditFilter f;
    f.action = AuditLog::actionName(AuditLog::Action::Consultation);
    const QList<AuditEntry> entries = ws->auditLog().entries(f);
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.last().objectId, QString::number(m_amy));
    QCOMPARE(entries.last().justification, QStringLiteral("case 42"));
}

void TestOffendersCli::motivationThenOffendersFiltered()
{
    Result r = cli({QStringLiteral("motivation"), QStringLiteral("--id"), QString::number(m_ben), QStringLiteral("--set"),
                    QStringLiteral("coerced"), QStringLiteral("--reason"), QStringLiteral("seen with a handler"),
                    QStringLiteral("--grade"), QStringLiteral("2B P")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Safeguarding comes first")));
    r = cli({QStringLiteral("motivation"), QStringLiteral("--id"), QString::number(m_ben), QStringLiteral("--json")});
    QCOMPARE(r.json().value("current").toObject().value("motivation").toString(), QStringLiteral("coerced"));
    QCOMPARE(r.json().value("current").toObject().value("grading").toString(), QStringLiteral("2B P"));

    // As of 30 June 2025 with the default harm table (Cambridge Crime Harm Index: shop theft 1 day,
    // robbery of business property 365). Amy: last 10 June (20 days: 5), 4 incidents (2), harm
    // 1 + 1 + 365 + 1 = 368 (5) = 12. Ben: last 11 June (19 days: 5), 3 incidents (2), harm 3 (1) = 8.
    r = cli({QStringLiteral("offenders"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--explain"),
             QStringLiteral("--json"), QStringLiteral("--review")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonArray people = r.json().value("people").toArray();
    QCOMPARE(people.at(0).toObject().value("id").toInteger(), m_amy);
    QCOMPARE(people.at(0).toObject().value("score").toInt(), 12);
    QCOMPARE(people.at(0).toObject().value("harm").toDouble(), 368.0);
    QCOMPARE(people.at(1).toObject().value("id").toInteger(), m_ben);
    QCOMPARE(people.at(1).toObject().value("score").toInt(), 8);
    QVERIFY(people.at(0).toObject().value("explanation").toString().startsWith(QStringLiteral("Score 12 of 15")));
    QVERIFY(r.json().value("harm_table").toString().contains(QStringLiteral("Cambridge Crime Harm Index")));
    QVERIFY(r.json().value("method").toString().contains(QStringLiteral("recency-frequency")));
    // Filtered by motivation: Ben only, still ranked 2 overall; the review just saved is the previous rank.
    r = cli({QStringLiteral("offenders"), QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--motivation"),
             QStringLiteral("coerced"), QStringLiteral("--json")});
    people = r.json().value("people").toArray();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.at(0).toObject().value("rank").toInt(), 2);
    QCOMPARE(people.at(0).toObject().value("previous_rank").toInt(), 2);
    QCOMPARE(people.at(0).toObject().value("motivation").toString(), QStringLiteral("coerced"));
    // Revert the motivation: the filter finds nobody.
    const qint64 record = cli({QStringLiteral("motivation"), QStringLiteral("--id"), QString::number(m_ben), QStringLiteral("--json")})
                              .json().value("current").toObject().value("id").toInteger();
    r = cli({QStringLiteral("motivation"), QStringLiteral("--id"), QString::number(m_ben), QStringLiteral("--revert"),
             QString::number(record)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("offenders"), QStringLiteral("--motivation"), QStringLiteral("coerced"), QStringLiteral("--json")});
    QCOMPARE(r.json().value("people").toArray().size(), 0);
}

void TestOffendersCli::interventionsBeforeAfter()
{
    // Amy, 5 June 2025, 3-day windows: before 2-4 June (N1, N2), after 6-8 June (N3).
    Result r = cli({QStringLiteral("interventions"), QStringLiteral("--id"), QString::number(m_amy), QStringLiteral("--add"),
                    QStringLiteral("banning notice"), QStringLiteral("--date"), QStringLiteral("2025-06-05"),
                    QStringLiteral("--owner"), QStringLiteral("Store security"), QStringLiteral("--window"), QStringLiteral("3"),
                    QStringLiteral("--as-of"), QStringLiteral("2025-06-30"), QStringLiteral("--json"), QStringLiteral("--summary")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject e = r.json().value("interventions").toArray().at(0).toObject();
    QCOMPARE(e.value("before").toObject().value("incidents").toInt(), 2);
    QCOMPARE(e.value("after").toObject().value("incidents").toInt(), 1);
    QCOMPARE(e.value("before").toObject().value("harm").toDouble(), 2.0);  // two shop thefts, 1 day each
    QCOMPARE(e.value("after").toObject().value("harm").toDouble(), 365.0); // the robbery
    QCOMPARE(e.value("owner").toString(), QStringLiteral("Store security"));
    QVERIFY(r.json().value("caveats").toString().contains(QStringLiteral("regression to the mean")));
    QCOMPARE(r.json().value("summary").toArray().at(0).toObject().value("before_incidents").toInt(), 2);
    r = cli({QStringLiteral("interventions"), QStringLiteral("--suggestions"), QStringLiteral("--json")});
    QCOMPARE(r.json().value("suggestions").toObject().value("coerced").toArray().at(0).toString(),
             QStringLiteral("safeguarding referral"));
}

void TestOffendersCli::badArguments()
{
    Result r = cli({QStringLiteral("profile"), QStringLiteral("--id"), QStringLiteral("x")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--id \"x\" is not an entity id")));
    r = cli({QStringLiteral("offenders"), QStringLiteral("--motivation"), QStringLiteral("greed")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("expected one of: organised")));
    r = cli({QStringLiteral("motivation"), QStringLiteral("--id"), QString::number(m_amy), QStringLiteral("--set"),
             QStringLiteral("need"), QStringLiteral("--reason"), QStringLiteral("x"), QStringLiteral("--grade"), QStringLiteral("9Z P")});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("offenders"), QStringLiteral("--as-of"), QStringLiteral("yesterday")});
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestOffendersCli)
#include "tst_offenderscli.moc"
