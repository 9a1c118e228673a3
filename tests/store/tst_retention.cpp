#include "ingest/importer.h"
#include "model/retentionpolicy.h"
#include "store/retentionreview.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/** Retention: review dates from MoPI-style rules, retain/erase decisions, erasure leaving only the audit entry. */
class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void policy_data();
    void policy();
    void importSetsReviewDates();
    void retainSetsNextReview();
    void eraseRemovesDataAndDerivedFacts();

private:
    std::unique_ptr<Workspace> importSample(QTemporaryDir &dir, const QByteArray &retention = QByteArray());
    QString dumpAll(Workspace &ws);
};

void TestRetention::policy_data()
{
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("offence");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("spec");
    QTest::addColumn<int>("months");
    QTest::newRow("robbery: MoPI group 2") << "2B" << "robbery" << "retailer" << 0 << 120;
    QTest::newRow("assault") << "1A" << "assault" << "police" << 0 << 120;
    QTest::newRow("shop theft: group 3") << "2B" << "shop_theft" << "retailer" << 0 << 72;
    QTest::newRow("suspected false") << "3E" << "robbery" << "retailer" << 0 << 12;
    QTest::newRow("ungraded partner") << "" << "shop_theft" << "retailer" << 0 << 36;
    QTest::newRow("ungraded police") << "" << "shop_theft" << "police" << 0 << 72;
    QTest::newRow("spec wins") << "2B" << "robbery" << "retailer" << 18 << 18;
}

void TestRetention::policy()
{
    QFETCH(QString, grade);
    QFETCH(QString, offence);
    QFETCH(QString, kind);
    QFETCH(int, spec);
    QFETCH(int, months);
    Grading g;
    if (!grade.isEmpty()) {
        g.source = grade.at(0);
        g.intelligence = grade.at(1);
    }
    QCOMPARE(RetentionPolicy::reviewMonths(g, offence, kind, spec ? std::optional<int>(spec) : std::nullopt), months);
    QCOMPARE(RetentionPolicy::reviewDate(QDate(2024, 1, 31), 1), QDate(2024, 2, 29));
}

std::unique_ptr<Workspace> TestRetention::importSample(QTemporaryDir &dir, const QByteArray &retention)
{
    QFile f(dir.filePath(QStringLiteral("r.csv")));
    if (!f.open(QIODevice::WriteOnly))
        return nullptr;
    f.write("Ref,When,Offence,Name,DOB,Narrative\n"
            "R1,2020-03-01 10:00,robbery,Amy Khan,1990-02-01,unique-narrative-one\n"
            "R2,2020-04-01 10:00,shop_theft,Amy Khan,1990-02-01,unique-narrative-two\n"
            "R3,2020-05-01 10:00,shop_theft,Bo Lee,1991-03-04,unique-narrative-three\n");
    f.close();
    QString error;
    const QByteArray json = R"({"name": "s", "source": {"organisation": "Northgate Foods", "kind": "retailer"},
        "grading": {"source": "2", "intelligence": "B", "handling": "P"},
        "entities": {"i": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "When", "offence": "Offence",
                                                                        "narrative": "Narrative"}},
                     "p": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}}},
        "links": [{"type": "suspect_in", "from": "p", "to": "i"}])" + retention + "}";
    const auto spec = ImportSpec::fromJson(json, &error);
    if (!spec)
        qFatal("%s", qPrintable(error));
    auto ws = Workspace::open(dir.filePath(QStringLiteral("r.fcdb")), &error);
    if (!ws || !Importer(*ws, *spec).importFile(f.fileName()).ok())
        return nullptr;
    return ws;
}

QString TestRetention::dumpAll(Workspace &ws)
{
    QString out;
    for (const char *t : {"source_records", "entities", "entity_keys", "entity_sources", "attributes", "mentions", "links", "search",
                          "retention_reviews"}) {
        Statement st = ws.database().prepare(QStringLiteral("SELECT * FROM %1").arg(QLatin1String(t)));
        while (st.step())
            for (int c = 0; c < st.columnCount(); ++c)
                out += st.value(c).toString() + QLatin1Char('|');
    }
    return out;
}

void TestRetention::importSetsReviewDates()
{
    QTemporaryDir dir;
    auto ws = importSample(dir);
    QVERIFY(ws);
    Statement st = ws->database().prepare(QStringLiteral("SELECT row_number, review_date FROM source_records ORDER BY row_number"));
    QStringList dates;
    while (st.step())
        dates << st.text(1);
    // Robbery: 10 years from the incident; shop theft: 6 years (hand-computed).
    QCOMPARE(dates, (QStringList{QStringLiteral("2030-03-01"), QStringLiteral("2026-04-01"), QStringLiteral("2026-05-01")}));
    RetentionReview review(*ws);
    QCOMPARE(review.due(QDate(2026, 4, 15)).size(), 1);
    QCOMPARE(review.due(QDate(2026, 6, 1)).size(), 2);
    QCOMPARE(review.due(QDate(2031, 1, 1)).size(), 3);
    const RetentionItem item = review.due(QDate(2026, 4, 15)).first();
    QCOMPARE(item.rowNumber, 3);
    QCOMPARE(item.fileName, QStringLiteral("r.csv"));
    QCOMPARE(item.grading.code(), QStringLiteral("2B P"));
    QVERIFY(item.entities.contains(QStringLiteral("Amy KHAN")));
}

void TestRetention::retainSetsNextReview()
{
    QTemporaryDir dir;
    auto ws = importSample(dir, R"(, "retention": {"review_after_months": 1})");
    QVERIFY(ws);
    RetentionReview review(*ws);
    const auto due = review.due(QDate(2026, 1, 1));
    QCOMPARE(due.size(), 3);
    QString error;
    QVERIFY(!review.retain(due.first().sourceRecordId, QString(), QDate(2027, 1, 1), &error));
    QVERIFY2(review.retain(due.first().sourceRecordId, QStringLiteral("linked to live operation"), QDate(2027, 1, 1), &error),
             qPrintable(error));
    QCOMPARE(review.due(QDate(2026, 1, 1)).size(), 2);
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM retention_reviews WHERE decision = 'retain'")), 1);
    const AuditEntry last = ws->auditLog().entries().last();
    QCOMPARE(last.action, QStringLiteral("alteration"));
    QCOMPARE(last.justification, QStringLiteral("linked to live operation"));
}

void TestRetention::eraseRemovesDataAndDerivedFacts()
{
    QTemporaryDir dir;
    auto ws = importSample(dir);
    QVERIFY(ws);
    QVERIFY(dumpAll(*ws).contains(QStringLiteral("unique-narrative-three")));
    RetentionReview review(*ws);
    // Row 3 (R2, Amy Khan's second incident) and row 4 (R3, Bo Lee's only record).
    const auto due = review.due(QDate(2026, 6, 1));
    QCOMPARE(due.size(), 2);
    QString error;
    for (const RetentionItem &item : due)
        QVERIFY2(review.erase(item.sourceRecordId, QStringLiteral("past review, no longer necessary"), &error), qPrintable(error));
    const QString after = dumpAll(*ws);
    QVERIFY(!after.contains(QStringLiteral("unique-narrative-two")));
    QVERIFY(!after.contains(QStringLiteral("unique-narrative-three")));
    QVERIFY(!after.contains(QStringLiteral("LEE")));        // Bo Lee had no other record: gone with keys and search
    QVERIFY(after.contains(QStringLiteral("unique-narrative-one"))); // the record kept is untouched
    QCOMPARE(ws->countsByType().value(EntityType::Person), 1);
    QCOMPARE(ws->countsByType().value(EntityType::Incident), 1);
    QCOMPARE(ws->linkCount(), 1);
    QCOMPARE(ws->search(QStringLiteral("Lee")).size(), 0);
    QCOMPARE(ws->search(QStringLiteral("R3")).size(), 0);
    QCOMPARE(ws->search(QStringLiteral("Khan")).size(), 1);
    // Only the audit entries remain, and they name the file and row, not the content.
    AuditFilter f;
    f.action = QStringLiteral("erasure");
    const auto erasures = ws->auditLog().entries(f);
    QCOMPARE(erasures.size(), 2);
    QVERIFY(erasures.first().detail.contains(QStringLiteral("r.csv")));
    QVERIFY(!erasures.first().detail.contains(QStringLiteral("narrative")));
    QVERIFY(!ws->auditLog().firstBrokenEntry());
    Statement check = ws->database().prepare(QStringLiteral("PRAGMA foreign_key_check"));
    QVERIFY(!check.step());
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
