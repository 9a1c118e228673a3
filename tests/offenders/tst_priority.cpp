#include "offenders/offendinghistory.h"
#include "offenders/priorityscorer.h"
#include "offenders/prioritystore.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/** The recency-frequency-harm priority: bands, scores and explanations worked by hand, ranking, review. */
class TestPriority : public QObject
{
    Q_OBJECT
private slots:
    void recencyBands_data();
    void recencyBands();
    void atLeastBands_data();
    void atLeastBands();
    void scoreByHand();
    void explanationText();
    void countsWithoutHarmTable();
    void frequencyWindowEdges();
    void networkFactor();
    void rankingOrder();
    void bandsJson();
    void bandsRejected_data();
    void bandsRejected();
    void bandsStoredAndReviewSnapshot();
    void rankingExplanationsMatchOneByOne();
    void incidentDateAsStored();

private:
    static IncidentFact incident(qint64 id, const char *date, const char *offence);
    static HarmLookup harm();
};

IncidentFact TestPriority::incident(qint64 id, const char *date, const char *offence)
{
    IncidentFact f;
    f.incidentId = id;
    f.setOccurredAt(QString::fromLatin1(date)); // and its day
    f.offence = QString::fromLatin1(offence);
    return f;
}

// Harm weights for the tests: shop theft 2.5, robbery 10; nothing else has one.
HarmLookup TestPriority::harm()
{
    return [](const QString &offence) -> std::optional<double> {
        if (offence == QLatin1String("shop_theft"))
            return 2.5;
        if (offence == QLatin1String("robbery"))
            return 10.0;
        return std::nullopt;
    };
}

void TestPriority::recencyBands_data()
{
    // Defaults: up to 28 days 5, 91 4, 182 3, 365 2, 730 1, older 0; no dated incident 0.
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("points");
    QTest::newRow("today") << 0 << 5;
    QTest::newRow("28") << 28 << 5;
    QTest::newRow("29") << 29 << 4;
    QTest::newRow("91") << 91 << 4;
    QTest::newRow("92") << 92 << 3;
    QTest::newRow("182") << 182 << 3;
    QTest::newRow("183") << 183 << 2;
    QTest::newRow("365") << 365 << 2;
    QTest::newRow("366") << 366 << 1;
    QTest::newRow("730") << 730 << 1;
    QTest::newRow("731") << 731 << 0;
    QTest::newRow("none") << -1 << 0;
}

void TestPriority::recencyBands()
{
    QFETCH(int, days);
    QFETCH(int, points);
    QCOMPARE(PriorityScorer::recencyPoints(PriorityBands::defaults().recency, days), points);
}

void TestPriority::atLeastBands_data()
{
    // Default frequency bands: 20 or more 5, 10 4, 5 3, 2 2, 1 1, none 0. Harm: 365, 100, 30, 10, 1.
    QTest::addColumn<bool>("isHarm");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("points");
    QTest::newRow("f0") << false << 0.0 << 0;
    QTest::newRow("f1") << false << 1.0 << 1;
    QTest::newRow("f2") << false << 2.0 << 2;
    QTest::newRow("f4") << false << 4.0 << 2;
    QTest::newRow("f5") << false << 5.0 << 3;
    QTest::newRow("f19") << false << 19.0 << 4;
    QTest::newRow("f20") << false << 20.0 << 5;
    QTest::newRow("h0.5") << true << 0.5 << 0;
    QTest::newRow("h1") << true << 1.0 << 1;
    QTest::newRow("h9.99") << true << 9.99 << 1;
    QTest::newRow("h10") << true << 10.0 << 2;
    QTest::newRow("h18.5") << true << 18.5 << 2;
    QTest::newRow("h30") << true << 30.0 << 3;
    QTest::newRow("h99") << true << 99.0 << 3;
    QTest::newRow("h100") << true << 100.0 << 4;
    QTest::newRow("h364") << true << 364.0 << 4;
    QTest::newRow("h365") << true << 365.0 << 5;
}

void TestPriority::atLeastBands()
{
    QFETCH(bool, isHarm);
    QFETCH(double, value);
    QFETCH(int, points);
    const PriorityBands b = PriorityBands::defaults();
    QCOMPARE(PriorityScorer::atLeastPoints(isHarm ? b.harm : b.frequency, value), points);
}

void TestPriority::scoreByHand()
{
    // As of 30 June 2025:
    //   2025-06-20 shop_theft  10 days before   in the 365-day window  harm 2.5
    //   2025-05-01 robbery     60                in                     harm 10
    //   2025-01-15 shop_theft  166               in                     harm 2.5
    //   2024-08-01 fraud       333               in                     no weight: counted 1
    //   2023-03-01 shop_theft  852               out                    harm 2.5 (harm counts all on record)
    //   2025-07-05 shop_theft  after the as-of date: ignored entirely
    // Recency 10 days -> 5; frequency 4 -> 2; harm 2.5+10+2.5+1+2.5 = 18.5 -> 2 (10 or more). Score 9.
    const QList<IncidentFact> incidents{incident(1, "2025-06-20T10:00:00", "shop_theft"),
                                        incident(2, "2025-05-01T10:00:00", "robbery"),
                                        incident(3, "2025-01-15T10:00:00", "shop_theft"),
                                        incident(4, "2024-08-01T10:00:00", "fraud"),
                                        incident(5, "2023-03-01T10:00:00", "shop_theft"),
                                        incident(6, "2025-07-05T10:00:00", "shop_theft")};
    const PriorityScore s = PriorityScorer(PriorityBands::defaults(), harm()).score(7, incidents, QDate(2025, 6, 30));
    QCOMPARE(s.daysSinceLast, 10);
    QCOMPARE(s.lastSeen, QStringLiteral("2025-06-20T10:00:00"));
    QCOMPARE(s.frequency, 4);
    QCOMPARE(s.harm, 18.5);
    QCOMPARE(s.harmWeighted, 4);
    QCOMPARE(s.harmCounted, 1);
    QCOMPARE(s.recencyPoints, 5);
    QCOMPARE(s.frequencyPoints, 2);
    QCOMPARE(s.harmPoints, 2);
    QCOMPARE(s.score, 9);

    // A harm window of 365 days drops the 2023 incident: harm 16 -> still 2 points.
    PriorityBands windowed = PriorityBands::defaults();
    windowed.harmWindowDays = 365;
    QCOMPARE(PriorityScorer(windowed, harm()).score(7, incidents, QDate(2025, 6, 30)).harm, 16.0);
    // Analyst's bands: harm 15 or more is worth 9.
    PriorityBands custom = PriorityBands::defaults();
    custom.harm = {{15, 9}};
    QCOMPARE(PriorityScorer(custom, harm()).score(7, incidents, QDate(2025, 6, 30)).score, 5 + 2 + 9);
}

void TestPriority::explanationText()
{
    const QList<IncidentFact> incidents{incident(1, "2025-06-20T10:00:00", "shop_theft"),
                                        incident(2, "2025-05-01T10:00:00", "robbery"),
                                        incident(3, "2025-01-15T10:00:00", "shop_theft"),
                                        incident(4, "2024-08-01T10:00:00", "fraud"),
                                        incident(5, "2023-03-01T10:00:00", "shop_theft")};
    const PriorityScore s = PriorityScorer(PriorityBands::defaults(), harm()).score(7, incidents, QDate(2025, 6, 30));
    QCOMPARE(s.explanation,
             QStringLiteral("Score 9 of 15 = recency 5 + frequency 2 + harm 2. "
                            "Recency 5: last incident 10 day(s) before 2025-06-30 (band up to 28 days). "
                            "Frequency 2: 4 incident(s) in the 365 days to 2025-06-30 (band 2 or more). "
                            "Harm 2: 18.5 from 4 incident(s) on record to 2025-06-30 with harm weights plus 1 counted "
                            "1 each for want of a weight (band 10 or more)."));
    // Nobody dated: said so.
    const PriorityScore undated = PriorityScorer(PriorityBands::defaults()).score(8, {incident(9, "", "fraud")},
                                                                                 QDate(2025, 6, 30));
    QCOMPARE(undated.explanation,
             QStringLiteral("Score 1 of 15 = recency 0 + frequency 0 + harm 1. "
                            "Recency 0: no dated incident on or before 2025-06-30. "
                            "Frequency 0: 0 incident(s) in the 365 days to 2025-06-30 (below every band). "
                            "Harm 1: 1, a count of 1 incident(s) on record to 2025-06-30 (no harm weight set) "
                            "(band 1 or more)."));
}

void TestPriority::countsWithoutHarmTable()
{
    // No harm lookup: each incident counts 1. 2024-01-01 is 546 days before 2025-06-30 -> recency 1.
    const PriorityScore s = PriorityScorer(PriorityBands::defaults())
                                .score(1, {incident(1, "2024-01-01T12:00:00", "robbery")}, QDate(2025, 6, 30));
    QCOMPARE(s.daysSinceLast, 546);
    QCOMPARE(s.recencyPoints, 1);
    QCOMPARE(s.frequency, 0);
    QCOMPARE(s.harm, 1.0);
    QCOMPARE(s.harmCounted, 1);
    QCOMPARE(s.score, 2);
}

void TestPriority::frequencyWindowEdges()
{
    // The window is the 365 days to the as-of date: 2024-07-01 (364 days before) is in, 2024-06-30
    // (365 days before) is out, the as-of date itself is in.
    const QDate asOf(2025, 6, 30);
    const PriorityScorer scorer(PriorityBands::defaults());
    QCOMPARE(scorer.score(1, {incident(1, "2024-07-01", "x")}, asOf).frequency, 1);
    QCOMPARE(scorer.score(1, {incident(1, "2024-06-30", "x")}, asOf).frequency, 0);
    QCOMPARE(scorer.score(1, {incident(1, "2025-06-30T23:59:00", "x")}, asOf).frequency, 1);
    QCOMPARE(scorer.score(1, {incident(1, "2025-06-30T23:59:00", "x")}, asOf).daysSinceLast, 0);
}

void TestPriority::networkFactor()
{
    PriorityBands b = PriorityBands::defaults();
    b.brokerPoints = 2;
    b.betweennessPoints = 3;
    b.betweennessThreshold = 0.5;
    QCOMPARE(b.maximum(), 20);
    PriorityScorer scorer(b);
    NetworkRole broker;
    broker.network = 1;
    broker.networkSize = 3;
    broker.degree = 2;
    broker.broker = true;
    broker.betweenness = 1.0;
    NetworkRole member = broker;
    member.broker = false;
    member.betweenness = 0.2;
    scorer.setNetworkRoles({{1, broker}, {2, member}});
    const QList<IncidentFact> one{incident(1, "2025-06-20", "x")};
    // 10 days -> 5, 1 incident -> 1, harm 1 -> 1: 7, plus broker 2 and betweenness 1.0 >= 0.5: 3.
    const PriorityScore s1 = scorer.score(1, one, QDate(2025, 6, 30));
    QCOMPARE(s1.networkPoints, 5);
    QCOMPARE(s1.score, 12);
    QVERIFY(s1.explanation.contains(QStringLiteral(" + network 5.")));
    QVERIFY(s1.explanation.contains(QStringLiteral("Network 5: broker (articulation point) in network 1 of 3 people")));
    QCOMPARE(scorer.score(2, one, QDate(2025, 6, 30)).networkPoints, 0);
    QCOMPARE(scorer.score(3, one, QDate(2025, 6, 30)).networkPoints, 0); // in no network
    // Off by default: no network term at all.
    QVERIFY(!PriorityScorer(PriorityBands::defaults()).score(1, one, QDate(2025, 6, 30)).explanation.contains(QStringLiteral("network")));
}

void TestPriority::rankingOrder()
{
    OffendingHistory h;
    // A: 10 days, 1 incident, harm 1 -> 5+1+1 = 7.
    h.add(1, QStringLiteral("A"), incident(1, "2025-06-20", "x"));
    // B: 60 days (4), 2 incidents (2), harm 2 (1) -> 7: ties A on score, more harm -> above A.
    h.add(2, QStringLiteral("B"), incident(2, "2025-05-01", "x"));
    h.add(2, QStringLiteral("B"), incident(3, "2025-05-01", "x"));
    // C: same as A but 20 days: ties A on score and harm, older last incident -> below A.
    h.add(3, QStringLiteral("C"), incident(4, "2025-06-10", "x"));
    // D: 2 years ago: 1 (730 days is band 1)... 2023-06-30 is 731 days -> 0 + 0 + 1 = 1.
    h.add(4, QStringLiteral("D"), incident(5, "2023-06-30", "x"));
    // The same incident linked twice counts once.
    h.add(4, QStringLiteral("D"), incident(5, "2023-06-30", "x"));
    h.finish();
    const QList<PriorityScore> r = PriorityScorer(PriorityBands::defaults()).rank(h, QDate(2025, 6, 30), true, {{3, 1}, {2, 4}});
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(0).personId, 2);
    QCOMPARE(r.at(1).personId, 1);
    QCOMPARE(r.at(2).personId, 3);
    QCOMPARE(r.at(3).personId, 4);
    QCOMPARE(r.at(3).score, 1);
    QCOMPARE(r.at(3).harm, 1.0);
    for (int i = 0; i < r.size(); ++i)
        QCOMPARE(r.at(i).rank, i + 1);
    QCOMPARE(r.at(0).previousRank, 4); // B rose from 4 to 1
    QCOMPARE(r.at(2).previousRank, 1); // C fell from 1 to 3
    QCOMPARE(r.at(1).previousRank, 0); // A was not ranked then
    QVERIFY(!r.at(0).explanation.isEmpty());
    QCOMPARE(r.at(0).label, QStringLiteral("B"));
}

void TestPriority::bandsJson()
{
    PriorityBands b = PriorityBands::defaults();
    b.recency = {{7, 9}, {30, 3}};
    b.windowDays = 180;
    b.brokerPoints = 1;
    QString error;
    const auto back = PriorityBands::fromJson(b.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(*back == b);
    // Missing keys keep their defaults.
    const auto partial = PriorityBands::fromJson(QJsonObject{{"window_days", 90}}, &error);
    QVERIFY(partial);
    QCOMPARE(partial->windowDays, 90);
    QCOMPARE(partial->recency, PriorityBands::defaults().recency);
    QVERIFY(PriorityBands::defaults().describe().contains(QStringLiteral("up to 28 days: 5")));
    QVERIFY(PriorityBands::defaults().describe().contains(QStringLiteral("Highest possible score: 15")));
}

void TestPriority::bandsRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("recency falls") << QByteArray(R"({"recency_days": [[30, 5], [10, 4]]})") << "\"recency_days\" bounds must rise";
    QTest::newRow("frequency rises") << QByteArray(R"({"frequency": [[1, 1], [5, 3]]})") << "\"frequency\" bounds must fall";
    QTest::newRow("not pairs") << QByteArray(R"({"harm": [5, 3]})") << "\"harm\" must be a list of [bound, points] pairs";
    QTest::newRow("fraction points") << QByteArray(R"({"harm": [[5, 2.5]]})") << "\"harm\" has points 2.5";
    QTest::newRow("window") << QByteArray(R"({"window_days": 0})") << "\"window_days\" must be a whole number from 1";
    QTest::newRow("threshold") << QByteArray(R"({"betweenness_threshold": 2})") << "\"betweenness_threshold\" must be a number from 0 to 1";
}

void TestPriority::bandsRejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!PriorityBands::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestPriority::bandsStoredAndReviewSnapshot()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    PriorityStore store(*ws);
    QVERIFY(!store.isCustomised());
    QVERIFY(store.bands() == PriorityBands::defaults());
    PriorityBands b = PriorityBands::defaults();
    b.frequency = {{3, 7}};
    const int audits = int(ws->auditLog().entries().size());
    QVERIFY2(store.setBands(b, &error), qPrintable(error));
    QVERIFY(store.isCustomised());
    QVERIFY(store.bands() == b);
    QCOMPARE(ws->auditLog().entries().size(), audits + 1);
    QVERIFY(store.resetBands(&error));
    QVERIFY(store.bands() == PriorityBands::defaults());

    QCOMPARE(store.lastReview().id, 0);
    OffendingHistory h;
    h.add(10, QStringLiteral("X"), incident(1, "2025-06-20", "x"));
    h.add(11, QStringLiteral("Y"), incident(2, "2024-06-20", "x"));
    h.finish();
    const PriorityScorer scorer(PriorityBands::defaults());
    const QList<PriorityScore> first = scorer.rank(h, QDate(2025, 6, 30));
    QVERIFY(store.saveReview(first, QDate(2025, 6, 30), &error));
    // A month later Y offends twice and overtakes X.
    h.add(11, QStringLiteral("Y"), incident(3, "2025-07-20", "x"));
    h.add(11, QStringLiteral("Y"), incident(4, "2025-07-25", "x"));
    h.finish();
    const PriorityReview last = store.lastReview();
    QCOMPARE(last.asOf, QStringLiteral("2025-06-30"));
    QCOMPARE(last.ranks.value(10), 1);
    QCOMPARE(last.ranks.value(11), 2);
    const QList<PriorityScore> second = scorer.rank(h, QDate(2025, 7, 31), true, last.ranks);
    QCOMPARE(second.at(0).personId, 11);
    QCOMPARE(second.at(0).previousRank, 2);
    QCOMPARE(second.at(1).previousRank, 1);

    // "Mark reviewed" undone: the review is withdrawn (an alteration in the audit trail), and
    // there is then no earlier review; a review that is not there cannot be withdrawn.
    const int before = int(ws->auditLog().entries().size());
    QVERIFY2(store.removeReview(last.id, &error), qPrintable(error));
    QCOMPARE(store.lastReview().id, 0);
    QCOMPARE(ws->auditLog().entries().size(), before + 1);
    QVERIFY(!store.removeReview(last.id, &error));
}

void TestPriority::rankingExplanationsMatchOneByOne()
{
    // A ranking makes each sentence of the explanations once (per thread) and reuses it: every
    // person's explanation must still be exactly the one score() gives that person alone, and the
    // order the one a plain sort of those scores gives. 9,000 people: enough for several threads.
    OffendingHistory h;
    qint64 incidentId = 0;
    for (int p = 1; p <= 9000; ++p) {
        const int n = 1 + (p * 7) % 6;
        for (int i = 0; i < n; ++i) {
            const QDate d = QDate(2023, 1, 1).addDays((p * 37 + i * 101) % 900);
            const QByteArray date = d.toString(Qt::ISODate).toLatin1();
            h.add(p, QStringLiteral("P%1").arg(p), incident(++incidentId, date.constData(), (p + i) % 3 ? "shop_theft" : "robbery"));
        }
    }
    h.finish();
    PriorityBands bands = PriorityBands::defaults();
    const HarmLookup harm = [](const QString &o) -> std::optional<double> {
        if (o == QLatin1String("robbery"))
            return 2.5; // a weight that is not a whole number: its harm sentences are not reused
        return std::nullopt;
    };
    const PriorityScorer scorer(bands, harm);
    const QDate asOf(2025, 6, 30);
    const QList<PriorityScore> ranked = scorer.rank(h, asOf, true);
    QCOMPARE(ranked.size(), 9000);
    for (int i = 0; i < ranked.size(); ++i) {
        const PriorityScore &r = ranked.at(i);
        QCOMPARE(r.rank, i + 1);
        const PriorityScore alone = scorer.score(r.personId, h.of(r.personId), asOf, true);
        QCOMPARE(r.score, alone.score);
        QCOMPARE(r.explanation, alone.explanation);
        QCOMPARE(r.label, QStringLiteral("P%1").arg(r.personId));
        if (i > 0) {
            const PriorityScore &q = ranked.at(i - 1);
            QVERIFY(q.score > r.score || (q.score == r.score && q.harm >= r.harm));
        }
    }
}

// An incident keeps its date as a day and seconds when it is in a usual ISO 8601 form: the text comes
// back character for character, and two dates order as their texts do (the oracle is QString's own
// comparison of the texts), whatever the form.
void TestPriority::incidentDateAsStored()
{
    const QStringList texts{QString(), QStringLiteral(""), QStringLiteral("2025-03-01"), QStringLiteral("2025-03-01T10:00"),
                            QStringLiteral("2025-03-01T10:00:00"), QStringLiteral("2025-03-01T10:00:30"),
                            QStringLiteral("2025-03-01T09:59:59"), QStringLiteral("2025-03-01T23:59"),
                            QStringLiteral("2025-03-02T00:00:00"), QStringLiteral("2025-03-01 10:00"),
                            QStringLiteral("2025-03-01T10:00:00Z"), QStringLiteral("2025-03-01T24:00"),
                            QStringLiteral("2025-02-30"), QStringLiteral("0999-12-31T08:00"), QStringLiteral("1999-12-31"),
                            QStringLiteral("yesterday")};
    QList<IncidentFact> facts;
    for (const QString &t : texts) {
        IncidentFact f;
        f.setOccurredAt(t);
        QCOMPARE(f.occurredAt(), t);
        QCOMPARE(f.occurredAt().isEmpty(), t.isEmpty());
        QCOMPARE(f.day, IncidentFact::julianDay(t));
        IncidentFact g; // the same from the stored UTF-8 (the loader's way)
        const QByteArray utf8 = t.toUtf8();
        g.setOccurredAtUtf8(t.isNull() ? QByteArrayView() : QByteArrayView(utf8.constData(), utf8.size()));
        QCOMPARE(g.occurredAt(), t);
        QCOMPARE(g.day, f.day);
        facts << f;
    }
    QCOMPARE(facts.at(3).day, QDate(2025, 3, 1).toJulianDay()); // by hand: 1 March 2025
    QCOMPARE(facts.at(12).day, 0);                              // 30 February is no date
    for (qsizetype i = 0; i < texts.size(); ++i)
        for (qsizetype j = 0; j < texts.size(); ++j) {
            const int expected = texts.at(i).compare(texts.at(j));
            const int got = IncidentFact::compareOccurredAt(facts.at(i), facts.at(j));
            QVERIFY2((expected < 0) == (got < 0) && (expected > 0) == (got > 0),
                     qPrintable(QStringLiteral("%1 vs %2").arg(texts.at(i), texts.at(j))));
        }
}

QTEST_GUILESS_MAIN(TestPriority)
#include "tst_priority.moc"
