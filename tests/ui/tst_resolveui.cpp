#include "app/actionmanager.h"
#include "app/chartbridge.h"
#include "app/workspacesession.h"
#include "chart/chartdocument.h"
#include "chart/chartpane.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "inspector/attributetablemodel.h"
#include "inspector/inspectorpane.h"
#include "inspector/mergedfromview.h"
#include "inspector/mergetablemodel.h"
#include "mainwindow.h"
#include "networks/networkspane.h"
#include "networks/networktablemodel.h"
#include "resolve/mergeledger.h"
#include "resolve/resolutionrunner.h"
#include "resolve/resolvejob.h"
#include "resolve/resolvereportdialog.h"
#include "resolve/resolvereportmodel.h"
#include "resolve/resolvesettingsdialog.h"
#include "resolve/reviewpane.h"
#include "resolve/reviewqueue.h"
#include "search/searchpane.h"
#include "search/searchresultmodel.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "workspacesummarymodel.h"

#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace fc;

/**
 * Entity resolution in the workstation, offscreen, on a workspace written in the test so that
 * every count is known by hand:
 *
 *   R1: Amy Khan (born 14/03/1990) and Joe Bloggs     -> incident R1
 *   R2: Amy Khan (no date of birth) and Sam Ward      -> incident R2
 *   R3: Peter Brown alone                              -> incident R3
 *
 * The importer keeps the two Amys apart (a name alone never identifies a person): 5 persons,
 * 3 incidents, 5 suspect_in links (2 + 2 + 1). Offender networks are people tied by a shared incident, lone
 * people left out: {Amy 1, Joe} and {Amy 2, Sam}, so 2. The test puts the two Amys in the review
 * queue by hand. Accepting them leaves 4 persons and one network {Amy, Joe, Sam}; unmerging
 * brings back 5 and 2.
 */
class TestResolveUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reviewDockShowsThePair();
    void keysDecideWithFocusInTheDock();
    void acceptMergesAndViewsFollow();
    void mergedFromTabListsTheMergeAndUnmerges();
    void unmergeRefusedShowsCoreReason();
    void chartReplacesAbsorbedEntity();
    void chartKeepsSurvivorAndFollowsUnmerge();
    void runResolutionMergesSamePerson();
    void cancelledJobChangesNothing();
    void thresholdsAreKeptPerType();
    void modelChoiceKeepsItsOwnScores();

private:
    qint64 entityOf(const QString &ref, const QString &role);
    qint64 summaryCount(MainWindow &window, const QString &row);
    bool openWindow(MainWindow &window);
    static int networkCount(MainWindow &window);
    static bool networksSettled(MainWindow &window);
    static QList<qint64> sorted(QList<qint64> ids);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_amy1 = 0, m_amy2 = 0, m_joe = 0, m_sam = 0, m_peter = 0;
    qint64 m_r1 = 0, m_r2 = 0;
    qint64 m_itemId = 0;
};

namespace {

const char *const kSpec = R"({
  "name": "Test retailer", "record_key": "Ref",
  "source": {"organisation": "Test Stores", "kind": "retailer"},
  "format": {"format": "csv", "delimiter": ",", "encoding": "utf-8", "header_row": 1,
             "date_format": "dd/MM/yyyy"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P", "conditions": ""},
  "entities": {
    "incident": {"type": "incident", "key": "Ref"},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}},
    "suspect2": {"type": "person", "fields": {"full_name": "Suspect 2", "dob": "Suspect 2 DOB"}}
  },
  "links": [{"from": "suspect1", "to": "incident", "type": "suspect_in"},
            {"from": "suspect2", "to": "incident", "type": "suspect_in"}]
})";

const char *const kRows = "Ref,Suspect 1,Suspect 1 DOB,Suspect 2,Suspect 2 DOB\n"
                          "R1,Amy Khan,14/03/1990,Joe Bloggs,02/07/1985\n"
                          "R2,Amy Khan,,Sam Ward,01/01/1979\n"
                          "R3,Peter Brown,05/05/1970,,\n";

const QString kWhy = QStringLiteral("same name AMY KHAN\nonly one record gives a date of birth");

bool importInto(Workspace &ws, const QString &csvPath, const QByteArray &rows, const char *spec)
{
    QFile csv(csvPath);
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    csv.write(rows);
    csv.close();
    QString error;
    const auto parsed = ImportSpec::fromJson(spec, &error);
    if (!parsed) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    const ImportReport report = Importer(ws, *parsed).importFile(csvPath);
    if (!report.ok())
        qWarning("%s", qPrintable(report.message));
    return report.ok();
}

ChartDocument *chartOf(MainWindow &window)
{
    auto *pane = window.findChild<ChartPane *>();
    return pane ? pane->document() : nullptr;
}

} // namespace

void TestResolveUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resolveui"));
    QSettings().clear();
}

void TestResolveUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("resolve.fcdb"));
    QString error;
    m_ws = Workspace::open(m_path, &error);
    QVERIFY2(m_ws, qPrintable(error));
    QVERIFY(importInto(*m_ws, m_dir->filePath(QStringLiteral("export.csv")), kRows, kSpec));
    m_amy1 = entityOf(QStringLiteral("R1"), QStringLiteral("suspect1"));
    m_joe = entityOf(QStringLiteral("R1"), QStringLiteral("suspect2"));
    m_amy2 = entityOf(QStringLiteral("R2"), QStringLiteral("suspect1"));
    m_sam = entityOf(QStringLiteral("R2"), QStringLiteral("suspect2"));
    m_peter = entityOf(QStringLiteral("R3"), QStringLiteral("suspect1"));
    m_r1 = entityOf(QStringLiteral("R1"), QStringLiteral("incident"));
    m_r2 = entityOf(QStringLiteral("R2"), QStringLiteral("incident"));
    QVERIFY(m_amy1 && m_amy2 && m_joe && m_sam && m_peter && m_r1 && m_r2);
    QVERIFY(m_amy1 != m_amy2);
    QVERIFY(m_amy1 < m_amy2); // created first: the survivor of their merge
    const auto counts = m_ws->countsByType();
    QCOMPARE(counts.value(EntityType::Person), 5);
    QCOMPARE(counts.value(EntityType::Incident), 3);
    QCOMPARE(m_ws->linkCount(), 5);

    // The hand-made pair.
    QVERIFY(ReviewQueue(*m_ws).enqueue(EntityType::Person, m_amy1, m_amy2, 0.75,
                                       kWhy.split(QLatin1Char('\n')), &error));
    const QList<ReviewItem> pending = ReviewQueue(*m_ws).pending();
    QCOMPARE(pending.size(), 1);
    m_itemId = pending.first().id;
}

void TestResolveUi::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

qint64 TestResolveUi::entityOf(const QString &ref, const QString &role)
{
    // By the record's key (organisation, unit separator, reference) and the role in the row.
    Statement st = m_ws->database().prepare(QStringLiteral(
        "SELECT es.entity_id FROM entity_sources es JOIN source_records sr ON sr.id = es.source_record_id "
        "WHERE sr.record_key = ? AND es.role = ?"));
    st.bind(1, QStringLiteral("TEST STORES\x1f") + ref).bind(2, role);
    return st.step() ? st.int64(0) : 0;
}

qint64 TestResolveUi::summaryCount(MainWindow &window, const QString &row)
{
    const WorkspaceSummaryModel *model = window.summaryModel();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == row)
            return model->index(r, 1).data().toLongLong();
    return -1;
}

bool TestResolveUi::openWindow(MainWindow &window)
{
    // On opening, the largest network goes on the chart and is laid out: wait for both, so that
    // no layout ends later on a chart the test has set up.
    QSignalSpy networks(window.networksPane(), &NetworksPane::finished);
    ChartDocument *doc = chartOf(window);
    QSignalSpy layouts(doc, &ChartDocument::layoutFinished);
    window.session()->setPurpose(QStringLiteral("Test: entity resolution")); // no prompt for it
    if (!window.openWorkspace(m_path) || !networks.wait(30000))
        return false;
    if (networkCount(window) > 0 && layouts.isEmpty() && !layouts.wait(30000))
        return false;
    // The review queue is read in a worker as well.
    return QTest::qWaitFor([&] { return !window.reviewPane()->isLoading(); }, 30000);
}

bool TestResolveUi::networksSettled(MainWindow &window)
{
    // Every data change recomputes the networks in a worker, which logs its analysis in the audit
    // trail; the test consults profiles (also logged) once it is done, as an analyst would.
    return QTest::qWaitFor([&] { return !window.networksPane()->isRunning(); }, 30000);
}

int TestResolveUi::networkCount(MainWindow &window)
{
    return window.networksPane()->model()->rowCount();
}

QList<qint64> TestResolveUi::sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TestResolveUi::reviewDockShowsThePair()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    QDockWidget *dock = window.reviewDock();
    QVERIFY(dock);
    QCOMPARE(dock->objectName(), QStringLiteral("ReviewDock")); // saveState() needs it
    QCOMPARE(dock->windowTitle(), QStringLiteral("Review (1)"));
    QVERIFY(window.actions()->viewMenu()->actions().contains(dock->toggleViewAction()));
    ReviewPane *pane = window.reviewPane();
    QCOMPARE(pane->currentItemId(), m_itemId);
    // The queue, its order (every link) and the sides were read in a worker, not on the GUI thread.
    QVERIFY(pane->lastLoadThread() != nullptr);
    QVERIFY(pane->lastLoadThread() != QThread::currentThread());

    // Both sides, each under its own title, with the explanation above them.
    const QList<QTreeWidget *> sides = pane->findChildren<QTreeWidget *>();
    QCOMPARE(sides.size(), 2);
    QList<qint64> shown;
    for (QTreeWidget *side : sides) {
        shown << side->property("entityId").toLongLong();
        QVERIFY(side->topLevelItemCount() > 0);
        QCOMPARE(side->topLevelItem(0)->text(2), QStringLiteral("Test Stores"));
        QCOMPARE(side->topLevelItem(0)->text(4), QStringLiteral("2B P"));
    }
    QCOMPARE(sorted(shown), (QList<qint64>{m_amy1, m_amy2}));
    auto *explanation = pane->findChild<QListWidget *>();
    QVERIFY(explanation);
    QCOMPARE(explanation->count(), 2);
    QCOMPARE(explanation->item(0)->text(), QStringLiteral("same name AMY KHAN"));
    // Titles are plain text in bold: no markup shown or interpreted.
    int titles = 0;
    for (QLabel *label : pane->findChildren<QLabel *>()) {
        QCOMPARE(label->textFormat(), Qt::PlainText);
        if (label->text().contains(QStringLiteral("KHAN"))) {
            ++titles;
            QVERIFY(label->font().bold());
            QVERIFY(!label->text().contains(QLatin1Char('<')));
        }
    }
    QCOMPARE(titles, 2);
    for (QPushButton *button : pane->findChildren<QPushButton *>())
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->text()));
}

void TestResolveUi::keysDecideWithFocusInTheDock()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.reviewDock()->raise();
    // The analyst clicked into one side of the pair: the keys still decide.
    QTreeWidget *side = window.reviewPane()->findChildren<QTreeWidget *>().first();
    side->setFocus();
    QTRY_VERIFY(side->hasFocus());
    QTest::keyClick(side, Qt::Key_S); // the only pair goes to the back, and is shown again
    QCOMPARE(ReviewQueue(*m_ws).item(m_itemId)->skipped, true);
    QTRY_COMPARE(window.reviewPane()->currentItemId(), m_itemId); // read again in a worker
    // Focus given to the dock itself reaches the pane.
    window.reviewDock()->setFocus();
    QTRY_VERIFY(window.reviewPane()->hasFocus());
    side = window.reviewPane()->findChildren<QTreeWidget *>().first();
    side->setFocus();
    QTRY_VERIFY(side->hasFocus());
    QTest::keyClick(side, Qt::Key_R);
    QCOMPARE(ReviewQueue(*m_ws).pendingCount(), 0);
    QTRY_COMPARE(window.reviewDock()->windowTitle(), QStringLiteral("Review"));
    const QList<RememberedDecision> decisions = ReviewQueue(*m_ws).decisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().decision, -1);
    QVERIFY(MergeLedger(*m_ws).rootOf(m_amy2) == m_amy2); // kept apart
}

void TestResolveUi::acceptMergesAndViewsFollow()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    const QString persons = EntityTypes::displayName(EntityType::Person);
    QCOMPARE(summaryCount(window, persons), 5);
    QCOMPARE(networkCount(window), 2);

    QSignalSpy networks(window.networksPane(), &NetworksPane::finished);
    QVERIFY(window.searchPane()->search(QStringLiteral("Khan")) > 0);
    QCOMPARE(window.searchPane()->model()->rowCount(window.searchPane()->model()->groupIndex(EntityType::Person)), 2);
    window.reviewPane()->acceptCurrent();
    QCOMPARE(MergeLedger(*m_ws).rootOf(m_amy2), m_amy1);
    // Results shown before the merge say they are out of date (searched again only when asked).
    QVERIFY2(window.searchPane()->statusText().contains(QStringLiteral("changed")),
             qPrintable(window.searchPane()->statusText()));
    QCOMPARE(summaryCount(window, persons), 4);
    QCOMPARE(summaryCount(window, QStringLiteral("Links")), 5); // links are kept, now ending at the survivor
    QVERIFY(window.statusCounts().contains(QStringLiteral("4 %1").arg(persons)));
    QTRY_COMPARE(window.reviewDock()->windowTitle(), QStringLiteral("Review"));

    QTRY_VERIFY_WITH_TIMEOUT(!networks.isEmpty(), 30000); // may have come while the review title was awaited
    QCOMPARE(networkCount(window), 1);
    QCOMPARE(window.networksPane()->model()->networkAt(0).summary.members, sorted({m_amy1, m_joe, m_sam}));

    // Search finds the merged entity once, by the survivor.
    QVERIFY(window.searchPane()->search(QStringLiteral("Khan")) > 0);
    const QModelIndex group = window.searchPane()->model()->groupIndex(EntityType::Person);
    QCOMPARE(window.searchPane()->model()->rowCount(group), 1);
    QCOMPARE(
        window.searchPane()->model()->index(0, 0, group).data(SearchResultModel::EntityIdRole).toLongLong(),
        m_amy1);
}

void TestResolveUi::mergedFromTabListsTheMergeAndUnmerges()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    window.reviewPane()->acceptCurrent();
    QVERIFY(networksSettled(window));
    InspectorPane *inspector = window.inspectorPane();
    inspector->showEntity(m_amy1);
    QCOMPARE(inspector->entityId(), m_amy1);
    MergedFromView *mergedFrom = inspector->mergedFromView();
    const MergeTableModel *model = mergedFrom->model();
    QCOMPARE(model->rowCount(), 1);
    const MergeRecord merge = model->rowAt(0).merge;
    QCOMPARE(merge.survivorId, m_amy1);
    QCOMPARE(merge.absorbedId, m_amy2);
    QCOMPARE(model->index(0, MergeTableModel::Absorbed).data().toString(),
             QStringLiteral("Amy KHAN (entity %1)").arg(m_amy2));
    QCOMPARE(model->index(0, MergeTableModel::Score).data().toString(), QStringLiteral("0.75"));
    QCOMPARE(model->index(0, MergeTableModel::Method).data().toString(), QStringLiteral("review"));
    QCOMPARE(model->index(0, MergeTableModel::Explanation).data().toString(),
             QStringLiteral("same name AMY KHAN; only one record gives a date of birth"));
    QCOMPARE(model->index(0, MergeTableModel::DecidedBy).data().toString(), m_ws->userName());
    QVERIFY(!model->index(0, MergeTableModel::MergedAt).data().toString().isEmpty());
    // The inspector shows both records: R1's and R2's suspect rows.
    QCOMPARE(inspector->sourceModel()->rowCount(), 2);

    // Declined: nothing happens.
    QSignalSpy networks(window.networksPane(), &NetworksPane::finished);
    mergedFrom->setConfirmation([](const MergeRecord &, const QString &) { return false; });
    QVERIFY(!mergedFrom->unmergeRow(0));
    QCOMPARE(MergeLedger(*m_ws).rootOf(m_amy2), m_amy1);

    // Confirmed: the previous counts come back and the inspector follows.
    QString asked;
    mergedFrom->setConfirmation([&asked](const MergeRecord &, const QString &label) {
        asked = label;
        return true;
    });
    QVERIFY(mergedFrom->unmergeRow(0));
    QCOMPARE(asked, QStringLiteral("Amy KHAN"));
    QCOMPARE(MergeLedger(*m_ws).rootOf(m_amy2), m_amy2);
    QCOMPARE(summaryCount(window, EntityTypes::displayName(EntityType::Person)), 5);
    QCOMPARE(mergedFrom->model()->rowCount(), 0);
    QCOMPARE(inspector->entityId(), m_amy1);
    QCOMPARE(inspector->sourceModel()->rowCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(networks.count() > 0 && !window.networksPane()->isRunning(), 30000);
    QCOMPARE(networkCount(window), 2);
    // Remembered as different, so that the next run does not merge them again.
    const QList<RememberedDecision> decisions = ReviewQueue(*m_ws).decisions();
    QCOMPARE(decisions.size(), 1);
    QCOMPARE(decisions.first().decision, -1);
    QCOMPARE(ReviewQueue(*m_ws).pendingCount(), 0);
}

void TestResolveUi::unmergeRefusedShowsCoreReason()
{
    // Sam into Amy 2 first, then Amy 2 (with Sam) into Amy 1: the first merge cannot be undone
    // while the second stands on it.
    QString error;
    MergeLedger ledger(*m_ws);
    const qint64 first =
        ledger.merge(m_amy2, m_sam, 0.5, QStringLiteral("test"), QStringLiteral("manual"), &error);
    QVERIFY2(first, qPrintable(error));
    const qint64 second =
        ledger.merge(m_amy1, m_amy2, 0.5, QStringLiteral("test"), QStringLiteral("manual"), &error);
    QVERIFY2(second, qPrintable(error));

    MainWindow window;
    QVERIFY(openWindow(window));
    InspectorPane *inspector = window.inspectorPane();
    inspector->showEntity(m_amy1);
    MergedFromView *mergedFrom = inspector->mergedFromView();
    QCOMPARE(mergedFrom->model()->rowCount(), 2);
    QCOMPARE(mergedFrom->model()->rowAt(0).merge.id, first);
    mergedFrom->setConfirmation([](const MergeRecord &, const QString &) { return true; });
    QVERIFY(!mergedFrom->unmergeRow(0));
    QVERIFY2(mergedFrom->message().contains(QStringLiteral("merge %1 was made on top of it").arg(second)),
             qPrintable(mergedFrom->message()));
    QCOMPARE(ledger.rootOf(m_sam), m_amy1);
    // The later one can be undone, then the first.
    QVERIFY(mergedFrom->unmergeRow(1));
    QVERIFY(mergedFrom->message().isEmpty());
    QCOMPARE(ledger.rootOf(m_amy2), m_amy2);
    QCOMPARE(ledger.rootOf(m_sam), m_amy2);
}

void TestResolveUi::chartReplacesAbsorbedEntity()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    ChartDocument *doc = chartOf(window);
    QVERIFY(doc);
    window.chart()->clear();
    window.chart()->addEntities({m_amy2, m_r2});
    doc->moveEntities({{m_amy2, QPointF(-300, 40)}, {m_r2, QPointF(200, 10)}});
    QCOMPARE(doc->linkIds().size(), 1); // Amy 2 suspect in R2
    window.chart()->setSelectedEntityIds({m_amy2});

    window.reviewPane()->acceptCurrent();
    QCOMPARE(sorted(doc->allEntityIds()), sorted({m_amy1, m_r2}));
    QCOMPARE(doc->position(m_amy1), QPointF(-300, 40)); // where the absorbed one stood
    QCOMPARE(doc->position(m_r2), QPointF(200, 10));
    const QList<qint64> links = doc->linkIds();
    QCOMPARE(links.size(), 1);
    QCOMPARE(doc->links().value(links.first()).from, m_amy1);
    QCOMPARE(doc->links().value(links.first()).to, m_r2);
    // The selection followed, and the inspector shows the survivor.
    QCOMPARE(doc->selectedEntityIds(), QList<qint64>{m_amy1});
    QCOMPARE(window.inspectorPane()->entityId(), m_amy1);

    // One undoable edit, the decision with the chart following it: undo separates the two again
    // and shows the chart as it was, redo merges them and shows it as it is now.
    doc->undoStack()->undo();
    QCOMPARE(sorted(doc->allEntityIds()), sorted({m_amy2, m_r2}));
    QCOMPARE(MergeLedger(*m_ws).rootOf(m_amy2), m_amy2);
    doc->undoStack()->redo();
    QCOMPARE(sorted(doc->allEntityIds()), sorted({m_amy1, m_r2}));
    QCOMPARE(MergeLedger(*m_ws).rootOf(m_amy2), m_amy1);
    // Up to date: following again changes nothing.
    QVERIFY(!doc->followWorkspace());
}

void TestResolveUi::chartKeepsSurvivorAndFollowsUnmerge()
{
    MainWindow window;
    QVERIFY(openWindow(window));
    ChartDocument *doc = chartOf(window);
    QVERIFY(doc);
    window.chart()->clear();
    window.chart()->addEntities({m_amy1, m_r1, m_amy2, m_r2});
    doc->moveEntities({{m_amy1, QPointF(0, 0)}, {m_amy2, QPointF(500, 500)}});
    QCOMPARE(doc->linkIds().size(), 2); // Amy 1 - R1, Amy 2 - R2

    window.reviewPane()->acceptCurrent();
    QCOMPARE(sorted(doc->allEntityIds()), sorted({m_amy1, m_r1, m_r2}));
    QCOMPARE(doc->position(m_amy1), QPointF(0, 0)); // the survivor stays where it was
    QCOMPARE(doc->linkIds().size(), 2);
    for (qint64 id : doc->linkIds())
        QCOMPARE(doc->links().value(id).from, m_amy1);

    // Unmerge: Amy 2 comes back with her link; Amy 1 keeps only hers.
    QVERIFY(networksSettled(window));
    InspectorPane *inspector = window.inspectorPane();
    inspector->showEntity(m_amy1);
    inspector->mergedFromView()->setConfirmation([](const MergeRecord &, const QString &) { return true; });
    QVERIFY(inspector->mergedFromView()->unmergeRow(0));
    QCOMPARE(sorted(doc->allEntityIds()), sorted({m_amy1, m_r1, m_amy2, m_r2}));
    QCOMPARE(doc->linkIds().size(), 2);
    QHash<qint64, qint64> incidentOf;
    for (qint64 id : doc->linkIds())
        incidentOf.insert(doc->links().value(id).from, doc->links().value(id).to);
    QCOMPARE(incidentOf.value(m_amy1), m_r1);
    QCOMPARE(incidentOf.value(m_amy2), m_r2);
}

void TestResolveUi::runResolutionMergesSamePerson()
{
    // A second workspace: the same woman in two exports, her name written two ways and her date
    // of birth with day and month swapped in one of them. The importer cannot tell (name and date
    // of birth differ as written): 2 persons; resolution merges them.
    const QString path = m_dir->filePath(QStringLiteral("khan.fcdb"));
    {
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QVERIFY(importInto(*ws, m_dir->filePath(QStringLiteral("khan.csv")),
                           "Ref,Suspect 1,Suspect 1 DOB,Suspect 2,Suspect 2 DOB\n"
                           "K1,\"KHAN, Amy\",04/03/1990,,\n"
                           "K2,Amy Khan,03/04/1990,,\n",
                           kSpec));
        QCOMPARE(ws->countsByType().value(EntityType::Person), 2);
    }
    m_path = path;
    MainWindow window;
    QVERIFY(openWindow(window));
    const QString persons = EntityTypes::displayName(EntityType::Person);
    QCOMPARE(summaryCount(window, persons), 2);

    QAction *run = window.actions()->action(ActionManager::RunResolution);
    QVERIFY(run->isEnabled());
    QSignalSpy finished(window.resolutionRunner(), &ResolutionRunner::finished);
    run->trigger();
    QVERIFY(!run->isEnabled()); // one run at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(run->isEnabled());
    const ResolveReport report = window.resolutionRunner()->lastReport();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(summaryCount(window, persons), 1);

    // The report says so, in total and for persons.
    auto *dialog = window.findChild<ResolveReportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(ResolveReportDialog::summary(report),
             QStringLiteral("1 merge(s) made automatically, 0 pair(s) queued for review."));
    const ResolveReportModel *model = dialog->model();
    int personRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, ResolveReportModel::Type).data().toString() == persons)
            personRow = r;
    QVERIFY(personRow >= 0);
    QCOMPARE(model->index(personRow, ResolveReportModel::ScoredBy).data().toString(),
             ResolveSettingsDialog::savedSettings().model == ResolveModel::Rules ? QStringLiteral("Rules")
                                                                                  : QStringLiteral("Fellegi-Sunter (trained)"));
    QCOMPARE(model->index(personRow, ResolveReportModel::Records).data().toInt(), 2);
    QCOMPARE(model->index(personRow, ResolveReportModel::Merged).data().toInt(), 1);
    QCOMPARE(model->index(personRow, ResolveReportModel::Queued).data().toInt(), 0);
    dialog->close();
}

void TestResolveUi::cancelledJobChangesNothing()
{
    const std::atomic_bool cancel{true};
    QList<double> progress;
    const ResolveReport report = ResolveJob::run(
        WorkspaceAccess(m_path), ResolveSettings(), [&](double f) { progress << f; }, &cancel);
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok);
    QCOMPARE(m_ws->countsByType().value(EntityType::Person), 5);
    QCOMPARE(ResolveReportDialog::summary(report).left(26), QStringLiteral("Resolution was cancelled. "));
    // A workspace that cannot be opened is a failed run with core's reason, not a crash.
    const ResolveReport failed =
        ResolveJob::run(WorkspaceAccess(m_dir->filePath(QStringLiteral("no/such/dir/x.fcdb"))),
                        ResolveSettings(), {}, nullptr);
    QVERIFY(!failed.ok);
    QVERIFY(ResolveReportDialog::summary(failed).startsWith(QStringLiteral("Resolution failed: ")));
}

void TestResolveUi::thresholdsAreKeptPerType()
{
    const ResolveSettings defaults;
    QCOMPARE(ResolveSettingsDialog::savedSettings().thresholdsFor(EntityType::Person).autoMerge,
             defaults.thresholdsFor(EntityType::Person).autoMerge);
    {
        ResolveSettingsDialog dialog;
        dialog.setThresholds(EntityType::Person, ResolveThresholds{0.95, 0.7});
        dialog.setThresholds(EntityType::Vehicle, ResolveThresholds{0.5, 0.8}); // review above merge
        const ResolveSettings chosen = dialog.settings();
        QCOMPARE(chosen.thresholdsFor(EntityType::Vehicle).review, 0.5); // held at the merge score
        dialog.save();
    }
    const ResolveSettings saved = ResolveSettingsDialog::savedSettings();
    QCOMPARE(saved.thresholdsFor(EntityType::Person).autoMerge, 0.95);
    QCOMPARE(saved.thresholdsFor(EntityType::Person).review, 0.7);
    QCOMPARE(saved.thresholdsFor(EntityType::Vehicle).autoMerge, 0.5);
    QCOMPARE(saved.thresholdsFor(EntityType::Vehicle).review, 0.5);
    QSettings().clear();
}

// The person scores are kept per model: switching the model shows that model's scores (core's
// defaults: rules 0.9 / 0.6, match model 0.95 / 0.5 as probabilities), and the choice is saved.
void TestResolveUi::modelChoiceKeepsItsOwnScores()
{
    QSettings().clear();
    const ResolveSettings defaults;
    QCOMPARE(ResolveSettingsDialog::savedSettings().model, defaults.model);
    {
        ResolveSettingsDialog dialog;
        dialog.setModel(ResolveModel::Rules);
        dialog.setThresholds(EntityType::Person, ResolveThresholds{0.85, 0.55});
        dialog.setModel(ResolveModel::Probabilistic);
        QCOMPARE(dialog.settings().thresholdsFor(EntityType::Person).autoMerge, 0.95); // the model's own
        QCOMPARE(dialog.settings().thresholdsFor(EntityType::Person).review, 0.5);
        dialog.setThresholds(EntityType::Person, ResolveThresholds{0.99, 0.4});
        dialog.setThresholds(EntityType::Vehicle, ResolveThresholds{0.8, 0.7});
        dialog.setModel(ResolveModel::Rules);
        QCOMPARE(dialog.settings().thresholdsFor(EntityType::Person).autoMerge, 0.85); // kept while away
        dialog.setModel(ResolveModel::Probabilistic);
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("model"));
        QCOMPARE(combo->currentData().toString(), QStringLiteral("fellegi-sunter"));
        dialog.save();
    }
    ResolveSettings saved = ResolveSettingsDialog::savedSettings();
    QCOMPARE(saved.model, ResolveModel::Probabilistic);
    QCOMPARE(saved.thresholdsFor(EntityType::Person).autoMerge, 0.99);
    QCOMPARE(saved.thresholdsFor(EntityType::Person).review, 0.4);
    QCOMPARE(saved.thresholdsFor(EntityType::Vehicle).autoMerge, 0.8); // vehicles: one pair whatever the model
    saved.model = ResolveModel::Rules;
    QCOMPARE(saved.thresholdsFor(EntityType::Person).autoMerge, 0.85);
    QCOMPARE(saved.thresholdsFor(EntityType::Person).review, 0.55);
    QCOMPARE(saved.thresholdsFor(EntityType::Vehicle).autoMerge, 0.8);
    {
        ResolveSettingsDialog reopened; // shows the saved model and its scores
        QCOMPARE(reopened.model(), ResolveModel::Probabilistic);
        QCOMPARE(reopened.settings().thresholdsFor(EntityType::Person).autoMerge, 0.99);
    }
    QSettings().clear();
}

QTEST_MAIN(TestResolveUi)
#include "tst_resolveui.moc"
