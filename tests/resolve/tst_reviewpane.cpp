#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"
#include "resolve/mergeledger.h"
#include "resolve/reviewpane.h"
#include "resolve/reviewqueue.h"
#include "store/workspace.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fc;

/**
 * The review pane on a workspace with two pairs waiting (a name without a date of birth against
 * two namesakes born years apart): both sides are shown with their provenance, and the A, R and
 * S keys accept, reject and skip through core's ReviewQueue.
 */
class TestReviewPane : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsPairWithProvenance();
    void keyboardDecides();

private:
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
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}}
  },
  "links": [{"from": "suspect1", "to": "incident", "type": "suspect_in"}]
})";

} // namespace

void TestReviewPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("t.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    QFile csv(m_dir->filePath(QStringLiteral("export.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Ref,Suspect 1,Suspect 1 DOB\nR1,Amy Khan,1990-03-14\nR2,Amy Khan,2001-11-30\nR3,Amy Khan,\n");
    csv.close();
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    QVERIFY2(spec, qPrintable(error));
    QVERIFY(Importer(*m_ws, *spec).importFile(csv.fileName()).ok());
    QVERIFY(EntityResolver(*m_ws).run(ResolveSettings()).ok);
    QCOMPARE(ReviewQueue(*m_ws).pendingCount(), 2);
}

void TestReviewPane::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

void TestReviewPane::showsPairWithProvenance()
{
    ReviewPane pane;
    pane.setWorkspace(m_ws.get());
    QVERIFY(pane.currentItemId() != 0);
    const QList<QTreeWidget *> sides = pane.findChildren<QTreeWidget *>();
    QCOMPARE(sides.size(), 2);
    QStringList provenance;
    for (QTreeWidget *side : sides) {
        QVERIFY(side->topLevelItemCount() > 0);
        for (int i = 0; i < side->topLevelItemCount(); ++i)
            provenance << side->topLevelItem(i)->text(3);
    }
    // Data row 3 (line 4) is the record without a date of birth; it is on one side.
    QVERIFY2(provenance.contains(QStringLiteral("export.csv, row 4")),
             qPrintable(provenance.join(QLatin1Char(' '))));
    const QList<QLabel *> labels = pane.findChildren<QLabel *>();
    bool counted = false;
    for (QLabel *l : labels)
        counted = counted || l->text() == QStringLiteral("2 pair(s) waiting for review");
    QVERIFY(counted);
}

void TestReviewPane::keyboardDecides()
{
    ReviewPane pane;
    pane.setWorkspace(m_ws.get());
    pane.show();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    QSignalSpy changed(&pane, &ReviewPane::workspaceChanged);
    ReviewQueue queue(*m_ws);

    const qint64 first = pane.currentItemId();
    QTest::keyClick(&pane, Qt::Key_S);
    QVERIFY(pane.currentItemId() != first); // skipped to the back
    QCOMPARE(queue.pendingCount(), 2);
    QCOMPARE(changed.count(), 0);

    const ReviewItem rejected = *queue.item(pane.currentItemId());
    QTest::keyClick(&pane, Qt::Key_R);
    QCOMPARE(queue.pendingCount(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(pane.currentItemId(), first);

    const ReviewItem accepted = *queue.item(first);
    QTest::keyClick(&pane, Qt::Key_A);
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(pane.currentItemId(), 0);
    MergeLedger ledger(*m_ws);
    QCOMPARE(ledger.rootOf(accepted.entityA), ledger.rootOf(accepted.entityB));
    QVERIFY(ledger.rootOf(rejected.entityA) != ledger.rootOf(rejected.entityB));
    // Both decisions are remembered.
    QCOMPARE(queue.decisions().size(), 2);
}

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"
