#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/mergeledger.h"
#include "resolve/reviewpriority.h"
#include "resolve/reviewqueue.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * The review queue's order and its cluster decisions, on a tiny workspace made by hand: persons
 * keyed by name (the same name is one entity), two suspects per incident at most, pairs queued
 * with chosen scores. With no match model saved the boundary is the middle of the hand-set
 * review band, (0.6 + 0.9) / 2 = 0.75.
 *
 * Networks (persons sharing an incident as suspects), by hand:
 *   R1 Alan Brown + Carl Dent, R2 Carl Dent + Dan Ellis  -> {Alan Brown, Carl Dent, Dan Ellis}: 3
 *   R3 Alan Browne + Gus Hale                            -> {Alan Browne, Gus Hale}: 2
 *   R4 Ian Jones + Ian Jone                              -> {Ian Jones, Ian Jone}: 2
 *   R5..R16 Kim Lowe alone (12 incidents), R17 Kym Lowe, R18 Ola Pike, R19 Ola Pyke: alone
 * Queued: Alan Brown~Alan Browne 0.65 (joins 3 and 2), Ian Jones~Ian Jone 0.75 (one network, on
 * the boundary), Kim Lowe~Kym Lowe 0.62 (Kim prolific: 12 >= 10), Ola Pike~Ola Pyke 0.74 (0.01
 * from the boundary). Expected order: Alan, Kim, Ian, Ola.
 */
class TestReviewPriority : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void worthOrdersTheQueue();
    void acceptSettlesTheClusterPairs();
    void rejectKeepsTheClustersApart();

private:
    qint64 person(const QString &name);
    qint64 enqueue(const QString &a, const QString &b, double score);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

const char *const kSpec = R"({
  "name": "Test retailer", "record_key": "Ref",
  "source": {"organisation": "Test Stores", "kind": "retailer"},
  "format": {"format": "csv", "delimiter": ",", "encoding": "utf-8", "header_row": 1},
  "grading": {"source": "2", "intelligence": "B", "handling": "P", "conditions": ""},
  "entities": {
    "incident": {"type": "incident", "key": "Ref"},
    "suspect1": {"type": "person", "key": "Suspect 1", "fields": {"full_name": "Suspect 1"}},
    "suspect2": {"type": "person", "key": "Suspect 2", "fields": {"full_name": "Suspect 2"}}
  },
  "links": [{"from": "suspect1", "to": "incident", "type": "suspect_in"},
            {"from": "suspect2", "to": "incident", "type": "suspect_in"}]
})";

} // namespace

void TestReviewPriority::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("t.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QByteArray rows = "Ref,Suspect 1,Suspect 2\n"
                      "R1,Alan Brown,Carl Dent\nR2,Carl Dent,Dan Ellis\nR3,Alan Browne,Gus Hale\n"
                      "R4,Ian Jones,Ian Jone\n";
    for (int i = 5; i <= 16; ++i)
        rows += "R" + QByteArray::number(i) + ",Kim Lowe,\n";
    rows += "R17,Kym Lowe,\nR18,Ola Pike,\nR19,Ola Pyke,\n"
            "R20,Nia Owen,\nR21,Nia Owen A,\nR22,Nia Owens,\nR23,Nia Owens B,\nR24,Pat Quinn,\n";
    QFile csv(m_dir->filePath(QStringLiteral("export.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write(rows);
    csv.close();
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    QVERIFY2(spec, qPrintable(error));
    QVERIFY(Importer(*m_ws, *spec).importFile(csv.fileName()).ok());
}

void TestReviewPriority::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 TestReviewPriority::person(const QString &name)
{
    // Labels are as the importer writes them ("Alan BROWN"); merged entities are not found.
    Statement st = m_ws->database().prepare(
        QStringLiteral("SELECT id FROM entities WHERE type = ? AND upper(label) = upper(?) AND merged_into IS NULL"));
    st.bind(1, int(EntityType::Person)).bind(2, name);
    return st.step() ? st.int64(0) : 0;
}

qint64 TestReviewPriority::enqueue(const QString &a, const QString &b, double score)
{
    const qint64 ia = person(a), ib = person(b);
    if (!ia || !ib)
        return 0;
    QString error;
    if (!ReviewQueue(*m_ws).enqueue(EntityType::Person, ia, ib, score, {QStringLiteral("test")}, &error))
        return 0;
    for (const ReviewItem &i : ReviewQueue(*m_ws).pending())
        if (i.entityA == std::min(ia, ib) && i.entityB == std::max(ia, ib))
            return i.id;
    return 0;
}

void TestReviewPriority::worthOrdersTheQueue()
{
    const qint64 ola = enqueue(QStringLiteral("Ola Pike"), QStringLiteral("Ola Pyke"), 0.74);
    const qint64 ian = enqueue(QStringLiteral("Ian Jones"), QStringLiteral("Ian Jone"), 0.75);
    const qint64 kim = enqueue(QStringLiteral("Kim Lowe"), QStringLiteral("Kym Lowe"), 0.62);
    const qint64 alan = enqueue(QStringLiteral("Alan Brown"), QStringLiteral("Alan Browne"), 0.65);
    QVERIFY(ola && ian && kim && alan);

    const QList<ReviewPriority::Ranked> ranked = ReviewQueue(*m_ws).prioritised();
    QCOMPARE(ranked.size(), 4);
    QList<qint64> order;
    for (const auto &r : ranked)
        order << r.item.id;
    // Joining two networks before a higher-scoring pair inside one; a prolific offender's pair
    // before ordinary ones; then closeness to 0.75.
    QCOMPARE(order, (QList<qint64>{alan, kim, ian, ola}));
    QCOMPARE(ranked.at(0).worth, ReviewPriority::Worth::JoinsNetworks);
    QCOMPARE(ranked.at(0).reason, QStringLiteral("joins two networks (3 and 2 people)"));
    QCOMPARE(ranked.at(1).worth, ReviewPriority::Worth::Prolific);
    QCOMPARE(ranked.at(1).reason, QStringLiteral("prolific: 12 incidents"));
    QCOMPARE(ranked.at(2).worth, ReviewPriority::Worth::Ordinary);
    QCOMPARE(ranked.at(2).networkA, 2);
    QCOMPARE(ranked.at(2).networkB, 2); // the same network: joins nothing
    QCOMPARE(ranked.at(2).boundary, 0.75);

    // With a higher prolific threshold Kim Lowe is ordinary: 0.62 is 0.13 from 0.75, last.
    ReviewPriority strict(*m_ws);
    strict.setProlificIncidents(13);
    const auto again = strict.order(ReviewQueue(*m_ws).pending());
    QCOMPARE(again.at(0).item.id, alan);
    QCOMPARE(again.last().item.id, kim);

    // Skipped pairs go to the back whatever they are worth.
    QVERIFY(ReviewQueue(*m_ws).skip(alan, nullptr));
    QCOMPARE(ReviewQueue(*m_ws).prioritised().last().item.id, alan);
}

void TestReviewPriority::acceptSettlesTheClusterPairs()
{
    MergeLedger ledger(*m_ws);
    const qint64 owen = person(QStringLiteral("Nia Owen")), owenA = person(QStringLiteral("Nia Owen A"));
    const qint64 owens = person(QStringLiteral("Nia Owens")), owensB = person(QStringLiteral("Nia Owens B"));
    const qint64 quinn = person(QStringLiteral("Pat Quinn"));
    // Four queued pairs, three of them between the clusters {Owen, Owen A} and {Owens, Owens B}.
    const qint64 first = enqueue(QStringLiteral("Nia Owen"), QStringLiteral("Nia Owens"), 0.8);
    QVERIFY(enqueue(QStringLiteral("Nia Owen A"), QStringLiteral("Nia Owens B"), 0.7));
    QVERIFY(enqueue(QStringLiteral("Nia Owen"), QStringLiteral("Nia Owens B"), 0.7));
    QVERIFY(enqueue(QStringLiteral("Nia Owen A"), QStringLiteral("Pat Quinn"), 0.7));
    QString error;
    QVERIFY2(ledger.merge(owen, owenA, 1, QStringLiteral("test"), QStringLiteral("test"), &error) > 0,
             qPrintable(error));
    QVERIFY2(ledger.merge(owens, owensB, 1, QStringLiteral("test"), QStringLiteral("test"), &error) > 0,
             qPrintable(error));
    ReviewQueue queue(*m_ws);
    QCOMPARE(queue.pendingCount(), 4);
    int settled = -1;
    QVERIFY2(queue.accept(first, &error, &settled), qPrintable(error));
    QCOMPARE(settled, 2);
    QCOMPARE(queue.pendingCount(), 1); // Owen A ~ Quinn is another cluster pair and waits
    QCOMPARE(queue.pending().first().entityB, std::max(owenA, quinn));
    QCOMPARE(ledger.rootOf(owenA), ledger.rootOf(owensB));
    // The settled pairs are remembered as the same, so a re-import does not ask again.
    int same = 0;
    for (const RememberedDecision &d : queue.decisions())
        same += d.decision == 1;
    QCOMPARE(same, 3);
}

void TestReviewPriority::rejectKeepsTheClustersApart()
{
    MergeLedger ledger(*m_ws);
    QString error;
    const qint64 first = enqueue(QStringLiteral("Nia Owen"), QStringLiteral("Nia Owens"), 0.8);
    QVERIFY(enqueue(QStringLiteral("Nia Owen A"), QStringLiteral("Nia Owens"), 0.7));
    QVERIFY(enqueue(QStringLiteral("Nia Owen A"), QStringLiteral("Nia Owens B"), 0.7)); // another cluster
    // {Owen, Owen A} is one cluster; Owens and Owens B are two.
    const qint64 owen = person(QStringLiteral("Nia Owen"));
    QVERIFY(ledger.merge(owen, person(QStringLiteral("Nia Owen A")), 1,
                         QStringLiteral("test"), QStringLiteral("test"), &error) > 0);
    const qint64 owens = person(QStringLiteral("Nia Owens"));
    ReviewQueue queue(*m_ws);
    int settled = -1;
    QVERIFY2(queue.reject(first, &error, &settled), qPrintable(error));
    QCOMPARE(settled, 1);
    QCOMPARE(queue.pendingCount(), 1);
    QVERIFY(ledger.rootOf(owen) != ledger.rootOf(owens));
    QVERIFY(queue.pending().first().entityB != owens); // the pair left waits for Owens B
    int different = 0;
    for (const RememberedDecision &d : queue.decisions())
        different += d.decision == -1;
    QCOMPARE(different, 2);
    // Skip never settles anything.
    QVERIFY(queue.skip(queue.pending().first().id, &error));
    QCOMPARE(queue.pendingCount(), 1);
}

QTEST_MAIN(TestReviewPriority)
#include "tst_reviewpriority.moc"
