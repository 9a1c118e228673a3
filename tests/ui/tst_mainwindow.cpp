#include "activities/activitiesdialog.h"
#include "analysis/activityregister.h"
#include "app/aboutdialog.h"
#include "assessment/assessmentdialog.h"
#include "assessment/assessmentregister.h"
#include "app/chartbridge.h"
#include "app/markingbanner.h"
#include "app/restartablejob.h"
#include "app/preferences.h"
#include "app/recentfiles.h"
#include "app/workspacesession.h"
#include "importlistmodel.h"
#include "inspector/attributetablemodel.h"
#include "inspector/incidenttablemodel.h"
#include "inspector/inspectorpane.h"
#include "mainwindow.h"
#include "networks/networkspane.h"
#include "networks/networktablemodel.h"
#include "search/entitymimedata.h"
#include "search/searchpane.h"
#include "search/searchresultmodel.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepane.h"
#include "trends/trendspane.h"
#include "uitestworkspace.h"
#include "workspacesummarymodel.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QThread>
#include <QUndoStack>
#include <QLineSeries>
#include <QDockWidget>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QtTest>

using namespace fc;

/**
 * The workstation around the chart, offscreen, on a workspace imported in the test from a CSV
 * whose numbers are counted by hand (tests/ui/data/README.md).
 */
class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fixtureIsWhatTheCsvSays();
    void restartableJobRunsTheNewestOnly();
    void searchGroupsHitsByType_data();
    void searchGroupsHitsByType();
    void searchResultsDragAsEntityIds();
    void inspectorShowsProvenance();
    void inspectorIncidentsSortByValue();
    void networksPaneFindsTheNetwork();
    void trendsPaneChartsTheSeries();
    void assessmentDialogWritesTheReportWithProgress();
    void activitiesDialogAddsAndRemovesWithUndo();
    void activitiesDialogAnchorsNetworksOffTheUiThread();
    void timelineCountsByMonthAndWeek_data();
    void timelineCountsByMonthAndWeek();
    void timelineSelectionAndBrushing();
    void timelineLabelsAFewBuckets_data();
    void timelineLabelsAFewBuckets();
    void timelineAxisIsReadable();
    void defaultLayoutShowsNetworksWithRoomToRead();
    void windowOpensWorkspaceAndShowsNetwork();
    void searchDoubleClickAddsToChart();
    void undoShortcutUndoesChartEdits();
    void noTwoActionsShareAShortcut();
    void markingAndCreditsAreShown();
    void recentFilesAndLayoutAreRemembered();
    void badWorkspaceIsRefused();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_john = 0, m_mary = 0, m_peter = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("FusionCellTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("ui.fcdb"));
    ImportReport report;
    QString error;
    m_ws = UiTestWorkspace::create(m_path, &report, &error);
    QVERIFY2(m_ws, qPrintable(error));
    m_john = UiTestWorkspace::idOf(*m_ws, EntityType::Person, QStringLiteral("SMITH"));
    m_mary = UiTestWorkspace::idOf(*m_ws, EntityType::Person, QStringLiteral("JONES"));
    m_peter = UiTestWorkspace::idOf(*m_ws, EntityType::Person, QStringLiteral("BROWN"));
    QVERIFY(m_john && m_mary && m_peter);
}

void TestMainWindow::fixtureIsWhatTheCsvSays()
{
    const auto counts = m_ws->countsByType();
    QCOMPARE(counts.value(EntityType::Incident), 3);
    QCOMPARE(counts.value(EntityType::Person), 3);
    QCOMPARE(counts.value(EntityType::Vehicle), 2);
    QCOMPARE(counts.value(EntityType::Location), 2);
}

void TestMainWindow::searchGroupsHitsByType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("hits");
    QTest::newRow("surname") << QStringLiteral("SMITH") << int(EntityType::Person) << 1;
    QTest::newRow("vrm") << QStringLiteral("AB12CDE") << int(EntityType::Vehicle) << 1;
    QTest::newRow("reference") << QStringLiteral("INC003") << int(EntityType::Incident) << 1;
    QTest::newRow("store name") << QStringLiteral("Briggate") << int(EntityType::Location) << 1;
}

void TestMainWindow::searchGroupsHitsByType()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    QFETCH(int, hits);
    SearchPane pane;
    pane.setWorkspace(m_ws.get());
    QVERIFY(pane.search(text) >= hits);
    const QModelIndex group = pane.model()->groupIndex(EntityType(type));
    QVERIFY2(group.isValid(), "no group for the type");
    QCOMPARE(pane.model()->rowCount(group), hits);
    QVERIFY(group.data().toString().contains(QStringLiteral("(%1)").arg(hits)));
}

void TestMainWindow::searchResultsDragAsEntityIds()
{
    SearchPane pane;
    pane.setWorkspace(m_ws.get());
    pane.search(QStringLiteral("SMITH"));
    const QModelIndex group = pane.model()->groupIndex(EntityType::Person);
    const QModelIndex hit = pane.model()->index(0, 0, group);
    QCOMPARE(hit.data(SearchResultModel::EntityIdRole).toLongLong(), m_john);
    std::unique_ptr<QMimeData> mime(pane.model()->mimeData({hit}));
    QVERIFY(mime);
    QVERIFY(mime->hasFormat(QStringLiteral("application/x-fusioncell-entities")));
    QCOMPARE(mime->data(QStringLiteral("application/x-fusioncell-entities")),
             QByteArray::number(m_john) + '\n');
    QCOMPARE(EntityMimeData::ids(mime.get()), QList<qint64>{m_john});
}

void TestMainWindow::inspectorShowsProvenance()
{
    InspectorPane pane;
    pane.setWorkspace(m_ws.get());
    pane.showEntity(m_john);
    QVERIFY(pane.title().contains(QStringLiteral("SMITH")));
    // John is in file rows 2 (INC001) and 4 (INC003).
    AttributeTableModel *sources = pane.sourceModel();
    QList<qint64> rows;
    for (int r = 0; r < sources->rowCount(); ++r) {
        QCOMPARE(sources->index(r, AttributeTableModel::Organisation).data().toString(),
                 QStringLiteral("Northgate Foods"));
        QCOMPARE(sources->index(r, AttributeTableModel::File).data().toString(),
                 QStringLiteral("shop_thefts.csv"));
        QCOMPARE(sources->index(r, AttributeTableModel::GradingColumn).data().toString(),
                 QStringLiteral("2B P"));
        rows << sources->index(r, AttributeTableModel::Row).data().toLongLong();
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QCOMPARE(rows, (QList<qint64>{2, 4}));
    // Every attribute carries its provenance; the grading tooltip spells out the code.
    AttributeTableModel *attributes = pane.attributeModel();
    QVERIFY(attributes->rowCount() > 0);
    bool sawDob = false;
    for (int r = 0; r < attributes->rowCount(); ++r) {
        QCOMPARE(attributes->index(r, AttributeTableModel::Organisation).data().toString(),
                 QStringLiteral("Northgate Foods"));
        QVERIFY(attributes->index(r, AttributeTableModel::Row).data().toLongLong() >= 2);
        sawDob = sawDob || attributes->index(r, AttributeTableModel::Attribute).data().toString() ==
                               QLatin1String("dob");
        const QString tip =
            attributes->index(r, AttributeTableModel::GradingColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Source 2")) && tip.contains(QStringLiteral("Intelligence B")) &&
                     tip.contains(QStringLiteral("Handling P")),
                 qPrintable(tip));
    }
    QVERIFY(sawDob);
    QCOMPARE(pane.incidentModel()->rowCount(), 2);
}

void TestMainWindow::inspectorIncidentsSortByValue()
{
    InspectorPane pane;
    pane.setWorkspace(m_ws.get());
    pane.showEntity(m_john);
    QSortFilterProxyModel *proxy = pane.incidentProxy();
    proxy->sort(IncidentTableModel::Value, Qt::DescendingOrder);
    // INC003 £300.00 before INC001 £120.00.
    QCOMPARE(proxy->index(0, IncidentTableModel::Reference).data().toString(), QStringLiteral("INC003"));
    QCOMPARE(proxy->index(1, IncidentTableModel::Reference).data().toString(), QStringLiteral("INC001"));
    proxy->sort(IncidentTableModel::Date, Qt::AscendingOrder);
    QCOMPARE(proxy->index(0, IncidentTableModel::Reference).data().toString(), QStringLiteral("INC001"));
}

void TestMainWindow::networksPaneFindsTheNetwork()
{
    NetworksPane pane;
    pane.setWorkspace(WorkspaceAccess(m_path));
    QSignalSpy finished(&pane, &NetworksPane::finished);
    pane.refresh();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toInt(), 1);
    const NetworkSummary &s = pane.model()->networkAt(0).summary;
    QCOMPARE(s.members, (QList<qint64>{std::min(m_john, m_mary), std::max(m_john, m_mary)}));
    QCOMPARE(s.incidents.size(), 2);
    QCOMPARE(s.totalValueGbp, 420.0);
    QCOMPARE(pane.model()->index(0, NetworkTableModel::Members).data().toInt(), 2);
    QCOMPARE(pane.model()->index(0, NetworkTableModel::Value).data(NetworkTableModel::SortRole).toDouble(),
             420.0);

    QSignalSpy open(&pane, &NetworksPane::openNetworkRequested);
    emit pane.view()->doubleClicked(pane.proxy()->index(0, 0));
    QCOMPARE(open.size(), 1);
    const auto ids = open.constFirst().constFirst().value<QList<qint64>>();
    QVERIFY(ids.contains(m_john) && ids.contains(m_mary) && !ids.contains(m_peter));
}

// The Trends pane on the hand-counted workspace (tests/ui/data/README.md): by month January 2024 holds
// INC001 and INC002, February none, March INC003. Three months are too little history for either
// method, and the pane says so instead of showing a number.
void TestMainWindow::trendsPaneChartsTheSeries()
{
    TrendsPane pane;
    pane.setWorkspace(WorkspaceAccess(m_path));
    QSignalSpy finished(&pane, &TrendsPane::finished);
    pane.refresh();
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QLineSeries *counts = nullptr;
    for (QAbstractSeries *s : pane.chart()->series())
        if (s->name() == QStringLiteral("Incidents"))
            counts = qobject_cast<QLineSeries *>(s);
    QVERIFY(counts);
    QCOMPARE(counts->count(), 3);
    QCOMPARE(counts->at(0).y(), 2.0);
    QCOMPARE(counts->at(1).y(), 0.0);
    QCOMPARE(counts->at(2).y(), 1.0);
    QVERIFY2(pane.detailsText().contains(QStringLiteral("too little history")), qPrintable(pane.detailsText()));
    QVERIFY(pane.detailsText().contains(QStringLiteral("Method: ")));

    // Split by offence: the series list offers the total and each offence; choosing one charts it.
    auto *split = pane.findChildren<QComboBox *>().at(1);
    finished.clear();
    split->setCurrentIndex(split->findData(int(TrendSplit::Offence)));
    QVERIFY(finished.wait(30000));
    QCOMPARE(pane.result().series.size(), 2);
    auto *series = pane.findChildren<QComboBox *>().at(2);
    QCOMPARE(series->count(), 3);
    series->setCurrentIndex(series->findText(QStringLiteral("robbery")));
    QCOMPARE(pane.shownSeries(), 1); // robbery has 1 incident, shop_theft 2: it comes second
    for (QAbstractSeries *s : pane.chart()->series())
        if (s->name() == QStringLiteral("Incidents"))
            counts = qobject_cast<QLineSeries *>(s);
    QCOMPARE(counts->at(0).y(), 0.0);
    QCOMPARE(counts->at(2).y(), 1.0);
}

void TestMainWindow::assessmentDialogWritesTheReportWithProgress()
{
    QString error;
    auto workspace = Workspace::open(m_path, &error);
    QVERIFY2(workspace, qPrintable(error));
    QTemporaryDir dir;
    AssessmentDialog dialog(workspace.get(), WorkspaceAccess(m_path));
    dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(QDate(2024, 1, 1));
    dialog.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(QDate(2024, 6, 30));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("sectionText"))->setPlainText(QStringLiteral("<i>Our view</i>"));
    const QString pdf = dir.filePath(QStringLiteral("a.pdf"));
    dialog.findChild<QLineEdit *>(QStringLiteral("pdf"))->setText(pdf);
    dialog.findChild<QPushButton *>(QStringLiteral("generate"))->click();
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Written")), 60000);
    QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->value(), 1000);
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a.odt"))).size() > 0);
    // The draft's files hold personal data outside the workspace: each is in the audit trail.
    int drafts = 0;
    for (const AuditEntry &e : workspace->auditLog().entries())
        if (e.objectType == QLatin1String("assessment") && e.action == AuditLog::actionName(AuditLog::Action::Consultation)
            && e.detail.contains(QLatin1String("draft written to a.")))
            ++drafts;
    QCOMPARE(drafts, 2);
    // The analyst's text of the first section (the executive summary) is kept with the draft.
    bool kept = false;
    for (const AssessmentRecord &a : AssessmentRegister(*workspace).assessments())
        if (a.from == QDate(2024, 1, 1) && a.sections.value(QStringLiteral("summary")) == QLatin1String("<i>Our view</i>"))
            kept = true;
    QVERIFY(kept);
}

/**
 * The worker behind the panes: a start while a job runs cancels it and the owner hears it was
 * superseded (and starts the newest); a cancel ends the job without a restart.
 */
void TestMainWindow::restartableJobRunsTheNewestOnly()
{
    QObject owner;
    std::atomic_bool release{false};
    QList<std::pair<int, bool>> seen;
    std::function<void()> again;
    RestartableJob<int> job(&owner, [&](const int &result, bool superseded) {
        seen.append({result, superseded});
        if (superseded)
            again();
    });
    // A job returns its value when released, minus it when cancelled.
    auto work = [&release](int value) {
        return [&release, value](const std::atomic_bool *cancel) {
            while (!release && !*cancel)
                QThread::msleep(1);
            return *cancel ? -value : value;
        };
    };
    again = [&] { QVERIFY(job.start(work(3))); };
    QVERIFY(job.start(work(1)));
    QVERIFY(job.isRunning());
    QVERIFY(!job.start(work(2))); // cancels 1; the owner starts 3 when 1 has stopped
    release = true;
    QTRY_COMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), (std::pair<int, bool>{-1, true}));
    QCOMPARE(seen.at(1), (std::pair<int, bool>{3, false}));

    release = false;
    QVERIFY(job.start(work(4)));
    job.cancel();
    QTRY_COMPARE(seen.size(), 3);
    QCOMPARE(seen.at(2), (std::pair<int, bool>{-4, false}));
    QVERIFY(!job.isRunning());
}

void TestMainWindow::activitiesDialogAddsAndRemovesWithUndo()
{
    QTemporaryDir dir;
    QString error;
    auto workspace = Workspace::open(dir.filePath(QStringLiteral("a.fcdb")), &error);
    QVERIFY2(workspace, qPrintable(error));
    ActivitiesDialog dialog(workspace.get(), WorkspaceAccess(dir.filePath(QStringLiteral("a.fcdb"))));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("activities"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Op <b>Elm</b>"));
    dialog.findChild<QLineEdit *>(QStringLiteral("targets"))->setText(QStringLiteral("place:7, offender:40"));
    dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Op <b>Elm</b>"));
    QCOMPARE(table->item(0, 6)->text(), QStringLiteral("offender:40, place:7"));
    const qint64 id = table->item(0, 0)->text().toLongLong();
    QUndoStack *stack = dialog.undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo(); // the add undone: gone
    QCOMPARE(table->rowCount(), 0);
    stack->redo(); // back with the same id
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text().toLongLong(), id);
    table->selectRow(0);
    dialog.findChild<QPushButton *>(QStringLiteral("remove"))->click();
    QCOMPARE(table->rowCount(), 0);
    stack->undo(); // the removal undone: restored whole
    QCOMPARE(table->rowCount(), 1);
    const auto restored = ActivityRegister(*workspace).activity(id);
    QVERIFY(restored);
    QCOMPARE(restored->targets.size(), 2);
    // A bad target is refused and nothing is pushed.
    dialog.findChild<QLineEdit *>(QStringLiteral("targets"))->setText(QStringLiteral("place:High Street"));
    dialog.findChild<QPushButton *>(QStringLiteral("add"))->click();
    QVERIFY2(status->text().contains(QStringLiteral("whole number")), qPrintable(status->text()));
    QCOMPARE(stack->count(), 2);
    // Every step is in the audit trail: recorded, removed, restored, removed, restored.
    int audited = 0;
    for (const AuditEntry &e : workspace->auditLog().entries())
        if (e.objectType == QLatin1String("activity"))
            ++audited;
    QCOMPARE(audited, 5);

    // On the main window's stack, an edit can be undone after the dialog is closed.
    QUndoStack main;
    {
        ActivitiesDialog shared(workspace.get(), WorkspaceAccess(dir.filePath(QStringLiteral("a.fcdb"))), &main);
        QCOMPARE(shared.undoStack(), &main);
        shared.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Op Oak"));
        shared.findChild<QLineEdit *>(QStringLiteral("targets"))->setText(QStringLiteral("place:8"));
        shared.findChild<QPushButton *>(QStringLiteral("add"))->click();
    }
    QCOMPARE(main.count(), 1);
    QCOMPARE(ActivityRegister(*workspace).activities().size(), 2);
    main.undo();
    QCOMPARE(ActivityRegister(*workspace).activities().size(), 1);
}

// The fixture holds one network, John SMITH and Mary JONES (two incidents together; Peter BROWN
// alone): its key now is N1 and its anchor the smaller of their two ids.
void TestMainWindow::activitiesDialogAnchorsNetworksOffTheUiThread()
{
    ActivitiesDialog dialog(m_ws.get(), WorkspaceAccess(m_path));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("activities"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("status"));
    auto *targets = dialog.findChild<QLineEdit *>(QStringLiteral("targets"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("add"));
    const int before = table->rowCount();
    dialog.findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Op Ash"));

    // A network no one has: refused once the networks are found, nothing pushed.
    targets->setText(QStringLiteral("network:N7"));
    add->click();
    QVERIFY(!add->isEnabled()); // the click returned; the job's end is handled by the event loop
    QTRY_VERIFY(add->isEnabled());
    QVERIFY2(status->text().contains(QStringLiteral("no offender network N7")), qPrintable(status->text()));
    QCOMPARE(dialog.undoStack()->count(), 0);

    targets->setText(QStringLiteral("network:N1, place:7"));
    add->click();
    QCOMPARE(table->rowCount(), before); // recorded only when the job is done
    QTRY_COMPARE(table->rowCount(), before + 1);
    QCOMPARE(dialog.undoStack()->count(), 1);
    const QList<ActivityRecord> all = ActivityRegister(*m_ws).activities();
    const auto recorded = std::find_if(all.cbegin(), all.cend(), [](const ActivityRecord &a) {
        return a.name == QLatin1String("Op Ash");
    });
    QVERIFY(recorded != all.cend());
    QCOMPARE(recorded->targets.size(), 2);
    const auto network = std::find_if(recorded->targets.cbegin(), recorded->targets.cend(), [](const ActivityTarget &t) {
        return t.kind == QLatin1String("network");
    });
    QVERIFY(network != recorded->targets.cend());
    QCOMPARE(network->target.toLongLong(), std::min(m_john, m_mary));
    QCOMPARE(network->label, QStringLiteral("N1 when recorded"));

    dialog.undoStack()->undo(); // leave the shared fixture as it was
    QCOMPARE(table->rowCount(), before);
}

void TestMainWindow::timelineCountsByMonthAndWeek_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<QDate>("firstStart");
    QTest::newRow("month") << int(TimelineModel::Bucket::Month) << QList<int>{1, 0, 1} << QDate(2024, 1, 1);
    QTest::newRow("week") << int(TimelineModel::Bucket::Week) << QList<int>{1, 0, 0, 0, 0, 0, 0, 0, 0, 1}
                          << QDate(2024, 1, 1);
}

void TestMainWindow::timelineCountsByMonthAndWeek()
{
    QFETCH(int, bucket);
    QFETCH(QList<int>, counts);
    QFETCH(QDate, firstStart);
    TimelinePane pane;
    pane.setWorkspace(m_ws.get());
    pane.setBucket(TimelineModel::Bucket(bucket));
    pane.setChartEntities({m_john, m_mary});
    const TimelineModel &model = pane.model();
    QCOMPARE(model.incidentCount(), 2);
    QList<int> got;
    for (int i = 0; i < model.bucketCount(); ++i)
        got << model.count(i);
    QCOMPARE(got, counts);
    QCOMPARE(model.bucketStart(0), firstStart);
    // The drawn bars are the counts (nothing selected: all in the unselected set).
    QCOMPARE(pane.otherSet()->count(), counts.size());
    for (int i = 0; i < counts.size(); ++i)
        QCOMPARE(int(pane.otherSet()->at(i)), counts.at(i));
}

void TestMainWindow::timelineSelectionAndBrushing()
{
    TimelinePane pane;
    pane.setWorkspace(m_ws.get());
    pane.setBucket(TimelineModel::Bucket::Month);
    pane.setChartEntities({m_john, m_mary});
    // Mary is in INC001 (January) only.
    pane.setSelection({m_mary});
    QCOMPARE(int(pane.selectedSet()->at(0)), 1);
    QCOMPARE(int(pane.otherSet()->at(0)), 0);
    QCOMPARE(int(pane.selectedSet()->at(2)), 0);
    QCOMPARE(int(pane.otherSet()->at(2)), 1);

    QSignalSpy select(&pane, &TimelinePane::selectionRequested);
    pane.clickBucket(2); // March: INC003, John's
    QCOMPARE(select.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{m_john});

    QSignalSpy filter(&pane, &TimelinePane::dateFilterRequested);
    pane.brush(0, 1);
    QCOMPARE(filter.constFirst().at(0).toDate(), QDate(2024, 1, 1));
    QCOMPARE(filter.constFirst().at(1).toDate(), QDate(2024, 2, 29)); // 2024 is a leap year
    pane.clearBrush();
    QVERIFY(!filter.constLast().at(0).toDate().isValid());
}

void TestMainWindow::timelineLabelsAFewBuckets_data()
{
    QTest::addColumn<int>("bucket");
    QTest::addColumn<int>("maxLabels");
    QTest::addColumn<QList<int>>("labelled");
    // 24 months, November 2024 (bucket 0) to October 2026 (23): January 2025 is bucket 2.
    QTest::newRow("every month") << int(TimelineModel::Bucket::Month) << 24 << [] {
        QList<int> all;
        for (int i = 0; i < 24; ++i)
            all << i;
        return all;
    }();
    // 8 labels: every third month, on Jan, Apr, Jul and Oct.
    QTest::newRow("quarters") << int(TimelineModel::Bucket::Month) << 8
                              << QList<int>{2, 5, 8, 11, 14, 17, 20, 23};
    // 5 labels: every second is 12 > 5, every third 8 > 5, every sixth 4: Jan and Jul.
    QTest::newRow("half years") << int(TimelineModel::Bucket::Month) << 5 << QList<int>{2, 8, 14, 20};
    QTest::newRow("years") << int(TimelineModel::Bucket::Month) << 2 << QList<int>{2, 14};
    // One label: every 24 months, on the January of an even year (2026).
    QTest::newRow("one") << int(TimelineModel::Bucket::Month) << 1 << QList<int>{14};
    // The same dates by week: Monday 4 November 2024 to Monday 26 October 2026 is 103 weeks, so
    // 104 buckets; 8 labels: every 2 (52) or 4 (26) weeks is too many, every 13 gives 8.
    QTest::newRow("weeks") << int(TimelineModel::Bucket::Week) << 8
                           << QList<int>{0, 13, 26, 39, 52, 65, 78, 91};
}

void TestMainWindow::timelineLabelsAFewBuckets()
{
    QFETCH(int, bucket);
    QFETCH(int, maxLabels);
    QFETCH(QList<int>, labelled);
    TimelineModel model;
    model.setBucket(TimelineModel::Bucket(bucket));
    model.setItems({{1, QDate(2024, 11, 6), {}}, {2, QDate(2026, 10, 30), {}}});
    QCOMPARE(model.bucketCount(), bucket == int(TimelineModel::Bucket::Month) ? 24 : 104);
    QCOMPARE(model.labelledBuckets(maxLabels), labelled);
}

void TestMainWindow::timelineAxisIsReadable()
{
    // One label per bar while they fit side by side, level (no rotated or elided text).
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    TimelinePane pane;
    pane.resize(440, 260);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setWorkspace(m_ws.get());
    pane.setBucket(TimelineModel::Bucket::Month);
    pane.setChartEntities({m_john, m_mary});
    QTRY_COMPARE(pane.axisLabels(),
                 (QStringList{QStringLiteral("Jan 24"), QStringLiteral("Feb 24"), QStringLiteral("Mar 24")}));
    // By week, ten bars: "1 Jan 24" and the like do not fit under every one of them in 200
    // pixels; the first bar's Monday is labelled, and fewer than ten others.
    pane.setBucket(TimelineModel::Bucket::Week);
    pane.resize(200, 260);
    QTRY_VERIFY(pane.axisLabels().size() < 10);
    const QStringList weeks = pane.axisLabels();
    QVERIFY(!weeks.isEmpty());
    QCOMPARE(weeks.constFirst(), QStringLiteral("1 Jan 24"));
    QLocale::setDefault(QLocale::system());
}

void TestMainWindow::defaultLayoutShowsNetworksWithRoomToRead()
{
    // No saved layout: the window as it first opens.
    Preferences::windowState().set({});
    Preferences::windowGeometry().set({});
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *networks = window.findChild<QDockWidget *>(QStringLiteral("NetworksDock"));
    QVERIFY(networks);
    // Networks in front; the review queue in the tab next to it, then imports and audit trail.
    QTabBar *tabs = nullptr;
    for (QTabBar *bar : window.findChildren<QTabBar *>())
        if (bar->count() > 1 && bar->tabText(0) == networks->windowTitle())
            tabs = bar;
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(tabs->tabText(1), window.reviewDock()->windowTitle());
    QCOMPARE(tabs->count(), 4);
    // Nothing cut off: every chart tool is on the toolbar (none pushed into its overflow menu),
    // and every inspector tab fits without scroll arrows.
    int chartTools = 0;
    for (QToolBar *bar : window.findChildren<QToolBar *>()) {
        if (bar->windowTitle() != QStringLiteral("Chart"))
            continue;
        for (QAction *action : bar->actions()) {
            if (action->isSeparator())
                continue;
            ++chartTools;
            QVERIFY2(bar->widgetForAction(action)->isVisible(), qPrintable(action->text()));
        }
    }
    QVERIFY(chartTools >= 10);
    auto *inspectorTabs = window.inspectorPane()->findChild<QTabWidget *>();
    QVERIFY(inspectorTabs);
    QVERIFY(inspectorTabs->tabBar()->sizeHint().width() <= inspectorTabs->tabBar()->width());
    // The chart has most of the window.
    const QWidget *chart = window.centralWidget();
    QVERIFY(chart->width() >= 900 && chart->height() >= 550);
}

void TestMainWindow::windowOpensWorkspaceAndShowsNetwork()
{
    MainWindow window;
    window.show();
    QSignalSpy networks(window.networksPane(), &NetworksPane::finished);
    QVERIFY(window.openWorkspace(m_path));
    QVERIFY(window.statusCounts().contains(QStringLiteral("3 ")));
    QCOMPARE(window.summaryModel()->rowCount(), 7); // the 6 entity types (with zeros) + links
    QCOMPARE(window.importModel()->rowCount(), 1);
    QVERIFY(networks.wait(30000));
    // With no saved chart, the largest network goes on the chart.
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->entityIds().contains(m_john), 10000);
    QVERIFY(window.chart()->entityIds().contains(m_mary));
    QVERIFY(!window.chart()->entityIds().contains(m_peter));
    // The timeline follows the chart: its incidents include INC001 and INC003.
    QVERIFY(window.timelinePane()->model().incidentCount() >= 2);
}

void TestMainWindow::undoShortcutUndoesChartEdits()
{
    // Ctrl+Z and Ctrl+Shift+Z work from anywhere in the window: one action per key (two actions on
    // one key cancel each other out and neither fires).
    MainWindow window;
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy networks(window.networksPane(), &NetworksPane::finished);
    QVERIFY(window.openWorkspace(m_path));
    QVERIFY(networks.wait(30000));
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->entityIds().contains(m_john), 10000);
    const qsizetype before = window.chart()->entityIds().size();
    window.chart()->addEntities({m_peter});
    QCOMPARE(window.chart()->entityIds().size(), before + 1);
    window.chart()->widget()->setFocus();
    QTest::keySequence(&window, QKeySequence::Undo);
    QCOMPARE(window.chart()->entityIds().size(), before);
    QVERIFY(!window.chart()->entityIds().contains(m_peter));
    QTest::keySequence(&window, QKeySequence::Redo);
    QVERIFY(window.chart()->entityIds().contains(m_peter));
}

void TestMainWindow::noTwoActionsShareAShortcut()
{
    // Every window-wide shortcut is carried by one action only (with a workspace open, so that
    // every pane has made its actions); single keys inside a pane (A/R/S in the review pane,
    // Delete on the chart) are scoped to that pane and may repeat elsewhere.
    MainWindow window;
    window.show();
    QVERIFY(window.openWorkspace(m_path));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // actions already replaced
    QHash<QString, QString> owner;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcutContext() != Qt::WindowShortcut &&
            action->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString k = key.toString();
            QVERIFY2(
                !owner.contains(k),
                qPrintable(
                    QStringLiteral("%1 is on \"%2\" and \"%3\"").arg(k, owner.value(k), action->text())));
            owner.insert(k, action->text());
        }
    }
    QVERIFY(owner.contains(QKeySequence(QKeySequence::Undo).toString()));
}

void TestMainWindow::searchDoubleClickAddsToChart()
{
    MainWindow window;
    // Activating a person opens their profile: with a purpose stated, no dialog asks for one.
    window.session()->setPurpose(QStringLiteral("tst_mainwindow"));
    QVERIFY(window.openWorkspace(m_path));
    window.chart()->clear();
    window.searchPane()->search(QStringLiteral("BROWN"));
    const QModelIndex group = window.searchPane()->model()->groupIndex(EntityType::Person);
    emit window.searchPane()->view()->doubleClicked(window.searchPane()->model()->index(0, 0, group));
    QTRY_VERIFY_WITH_TIMEOUT(window.chart()->entityIds().contains(m_peter), 5000);
    // Selecting on the chart shows the entity in the inspector.
    window.chart()->setSelectedEntityIds({m_peter});
    QTRY_COMPARE_WITH_TIMEOUT(window.inspectorPane()->entityId(), m_peter, 5000);
}

void TestMainWindow::markingAndCreditsAreShown()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto banners = window.findChildren<MarkingBanner *>();
    QVERIFY(banners.size() >= 2);
    for (MarkingBanner *b : banners) {
        QCOMPARE(b->text(), QStringLiteral("OFFICIAL-SENSITIVE"));
        QVERIFY(b->isVisible());
    }
    const QString credits = AboutDialog::credits().join(QLatin1Char('\n'));
    QVERIFY(
        credits.contains(QStringLiteral("Contains OS and ONS data © Crown copyright and database right")));
    QVERIFY(credits.contains(QStringLiteral("boundaries by Martin Chorley")));
    QVERIFY(credits.contains(QStringLiteral("data.police.uk, Open Government Licence v3")));
}

void TestMainWindow::recentFilesAndLayoutAreRemembered()
{
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        window.show();
        window.close();
    }
    QCOMPARE(RecentFiles().files().value(0), QFileInfo(m_path).absoluteFilePath());
    QVERIFY(!Preferences::windowState().get().isEmpty());
    QVERIFY(!Preferences::windowGeometry().get().isEmpty());
}

void TestMainWindow::badWorkspaceIsRefused()
{
    WorkspaceSession session;
    QString error;
    const QString bad = m_dir.filePath(QStringLiteral("no/such/dir/x.fcdb"));
    QVERIFY(!session.open(bad, &error));
    QVERIFY2(error.contains(bad), qPrintable(error));
    QVERIFY(!session.isOpen());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
