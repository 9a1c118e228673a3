#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"
#include "resolve/matchmodel.h"
#include "resolve/mergeledger.h"
#include "resolve/reviewpane.h"
#include "resolve/reviewqueue.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "store/workspaceaccess.h"

#include <QLabel>
#include <QSignalSpy>
#include <QJsonDocument>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
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
    void decisionsUndoAndRedo();
    void showsWaterfall();
    void readsInAWorkerWithAccess();

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
    ResolveSettings rules; // the pairs the hand-set rules queue (no waterfall; the model's in showsWaterfall)
    rules.model = ResolveModel::Rules;
    QVERIFY(EntityResolver(*m_ws).run(rules).ok);
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

/**
 * Accept and reject are commands on the undo stack: undo separates the merged pair, forgets the
 * decision (putting back one remembered before it) and queues the pair again under its own id;
 * redo takes the same decision again. The undo is in the audit trail.
 */
void TestReviewPane::decisionsUndoAndRedo()
{
    QUndoStack stack;
    ReviewPane pane;
    pane.setWorkspace(m_ws.get());
    pane.setUndoStack(&stack);
    ReviewQueue queue(*m_ws);
    MergeLedger ledger(*m_ws);

    const ReviewItem rejected = *queue.item(pane.currentItemId());
    // An earlier decision on the same two entities, which the reject replaces and its undo restores.
    QString error;
    QVERIFY2(queue.remember(rejected.entityA, rejected.entityB, ReviewQueue::Decision::Same, QStringLiteral("earlier"),
                            &error),
             qPrintable(error));
    pane.rejectCurrent();
    QCOMPARE(stack.count(), 1);
    const ReviewItem accepted = *queue.item(pane.currentItemId());
    pane.acceptCurrent();
    QCOMPARE(stack.count(), 2);
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(ledger.rootOf(accepted.entityA), ledger.rootOf(accepted.entityB));
    QCOMPARE(queue.decisions().size(), 2);

    stack.undo(); // the accept
    QCOMPARE(queue.pendingCount(), 1);
    QVERIFY(queue.item(accepted.id)); // queued again, same id
    QVERIFY(ledger.rootOf(accepted.entityA) != ledger.rootOf(accepted.entityB));
    QCOMPARE(queue.decisions().size(), 1);
    QTRY_COMPARE(pane.currentItemId(), accepted.id); // shown once the stack has finished

    stack.undo(); // the reject: the earlier "same" is back
    QCOMPARE(queue.pendingCount(), 2);
    QVERIFY(queue.item(rejected.id));
    const QList<RememberedDecision> kept = queue.decisions();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().decision, 1);
    QCOMPARE(kept.first().entityA, std::min(rejected.entityA, rejected.entityB));

    stack.redo();
    stack.redo();
    QCOMPARE(queue.pendingCount(), 0);
    QCOMPARE(ledger.rootOf(accepted.entityA), ledger.rootOf(accepted.entityB));
    QVERIFY(ledger.rootOf(rejected.entityA) != ledger.rootOf(rejected.entityB));
    QCOMPARE(queue.decisions().size(), 2);

    int undone = 0;
    for (const AuditEntry &e : m_ws->auditLog().entries())
        undone += e.detail.contains(QLatin1String("review decision on entities")) ? 1 : 0;
    QCOMPARE(undone, 2);

}

/**
 * With a match model saved in the workspace, the pair is shown as its Fellegi-Sunter waterfall
 * from core (PairExplainer): one row per step, and the weights shown sum to the total shown.
 * Without one (the rules queued these pairs), only the reasons are shown.
 */
void TestReviewPane::showsWaterfall()
{
    ReviewPane pane;
    pane.setWorkspace(m_ws.get());
    auto *waterfall = pane.findChild<QTableWidget *>(QStringLiteral("waterfall"));
    auto *total = pane.findChild<QLabel *>(QStringLiteral("waterfallTotal"));
    QVERIFY(waterfall && total);
    QCOMPARE(waterfall->rowCount(), 0);
    QVERIFY(total->text().isEmpty());

    // The untrained model's prior guesses are enough: the pane shows what core explains.
    Statement save = m_ws->database().prepare(QStringLiteral(
        "INSERT INTO match_models(entity_type, method, model, digest, records, trained_at, trained_by) "
        "VALUES (?, 'Fellegi-Sunter', ?, '', 3, '2026-12-04T00:00:00Z', 'test')"));
    save.bind(1, int(EntityType::Person))
        .bind(2, QString::fromUtf8(QJsonDocument(MatchModel().toJson()).toJson(QJsonDocument::Compact)));
    QVERIFY(save.exec());
    pane.refresh();
    QVERIFY(waterfall->rowCount() >= 3); // the prior, then the comparisons
    // The prior first: log2(lambda / (1 - lambda)) with the default lambda 0.01 is
    // log2(0.010101) = -4.5951 / 0.6931 = -6.63 bits (by hand).
    QCOMPARE(waterfall->item(0, 2)->text(), QStringLiteral("-6.63"));
    double sum = 0;
    for (int r = 0; r < waterfall->rowCount(); ++r) {
        bool ok = false;
        sum += waterfall->item(r, 2)->text().toDouble(&ok);
        QVERIFY2(ok, qPrintable(waterfall->item(r, 2)->text()));
        QVERIFY(!waterfall->item(r, 0)->text().isEmpty());
    }
    // "Total W bits, match probability P": the shown weights (2 decimals each) add up to W.
    const QRegularExpression re(QStringLiteral("^Total (-?[0-9]+\\.[0-9]+) bits, match probability ([0-9]+\\.[0-9]+)"));
    const QRegularExpressionMatch m = re.match(total->text());
    QVERIFY2(m.hasMatch(), qPrintable(total->text()));
    const double shownTotal = m.captured(1).toDouble();
    QVERIFY2(std::abs(sum - shownTotal) <= 0.005 * (waterfall->rowCount() + 1),
             qPrintable(QStringLiteral("%1 against %2").arg(sum).arg(shownTotal)));
    // And the probability is 2^w / (1 + 2^w) of that total.
    const double p = std::pow(2.0, shownTotal) / (1 + std::pow(2.0, shownTotal));
    QVERIFY(std::abs(m.captured(2).toDouble() - p) < 0.001);

    // A decision says how many other queued pairs it settled (here none: the other pair is
    // between other clusters).
    pane.acceptCurrent();
    bool said = false;
    for (QLabel *l : pane.findChildren<QLabel *>())
        said = said || l->text().startsWith(QStringLiteral("Accepted; 0 other queued pair(s)"));
    QVERIFY(said);
}

void TestReviewPane::readsInAWorkerWithAccess()
{
    // With a WorkspaceAccess the pane reads the queue (every link for the order, every person record
    // for the waterfall) on a connection of its own in a worker, and shows the same pair as the
    // same-thread read above.
    ReviewPane direct;
    direct.setWorkspace(m_ws.get());
    QCOMPARE(direct.lastLoadThread(), QThread::currentThread());
    ReviewPane pane;
    QSignalSpy counted(&pane, &ReviewPane::pendingCountChanged);
    pane.setWorkspace(m_ws.get(), WorkspaceAccess(m_ws->path()));
    QVERIFY(pane.isLoading());
    QCOMPARE(pane.currentItemId(), 0); // nothing to decide until it is read
    QTRY_VERIFY(!pane.isLoading());
    QVERIFY(pane.lastLoadThread() != nullptr);
    QVERIFY(pane.lastLoadThread() != QThread::currentThread());
    QCOMPARE(pane.currentItemId(), direct.currentItemId());
    QCOMPARE(counted.last().first().toInt(), 2);
}

QTEST_MAIN(TestReviewPane)
#include "tst_reviewpane.moc"
