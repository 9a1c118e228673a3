#include "mainwindow.h"

#include "app/aboutdialog.h"
#include "app/accesscontroller.h"
#include "app/actionmanager.h"
#include "app/chartbridge.h"
#include "app/dialogprompter.h"
#include "app/markingbanner.h"
#include "app/preferences.h"
#include "app/recentfiles.h"
#include "app/screenshottaker.h"
#include "app/workspacesession.h"
#include "audit/auditpane.h"
#include "harm/harmtabledialog.h"
#include "importlistmodel.h"
#include "importwizard/importwizard.h"
#include "inspector/inspectorpane.h"
#include "networks/networkspane.h"
#include "networks/networktablemodel.h"
#include "offenders/offenderscreenshots.h"
#include "offenders/offenderspane.h"
#ifdef FC_HAVE_CHART_PANE
#include "chart/chartpane.h"
#endif
#include "profile/profilepane.h"
#include "resolve/resolutionrunner.h"
#include "resolve/resolvesettingsdialog.h"
#include "resolve/reviewpane.h"
#include "search/searchpane.h"
#include "store/workspace.h"
#include "timeline/timelinepane.h"
#include "map/mappane.h"
#include "trends/trendspane.h"
#include "workspacesummarymodel.h"

#include <QAction>
#include <QCloseEvent>
#include "activities/activitiesdialog.h"
#include "assessment/assessmentdialog.h"
#include "casefile/casefilepane.h"
#include "casefile/caseselection.h"

#include <QDockWidget>
#include <QTimer>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <cstdio>

namespace fc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new WorkspaceSession(this))
    , m_access(new AccessController(m_session, std::make_unique<DialogPrompter>(this), this))
    , m_recent(new RecentFiles(this))
    , m_chart(new ChartBridge(this))
    , m_search(new SearchPane(this))
    , m_inspector(new InspectorPane(this))
    , m_networks(new NetworksPane(this))
    , m_timeline(new TimelinePane(this))
    , m_map(new MapPane(this))
    , m_trends(new TrendsPane(this))
    , m_audit(new AuditPane(this))
    , m_summaryModel(new WorkspaceSummaryModel(this))
    , m_importModel(new ImportListModel(this))
    , m_importView(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_purpose(new QLabel(this))
{
    setWindowTitle(tr("FusionCell"));
    setDockOptions(AnimatedDocks | AllowNestedDocks | AllowTabbedDocks);
    setCentralWidget(m_chart->widget());

    // The marking stays visible whatever the docks do: a banner that cannot be moved or hidden,
    // and again in the status bar.
    auto *banner = new QToolBar(tr("Marking"), this);
    banner->setObjectName(QStringLiteral("MarkingToolBar"));
    banner->setMovable(false);
    banner->setFloatable(false);
    banner->toggleViewAction()->setEnabled(false);
    banner->setContextMenuPolicy(Qt::PreventContextMenu);
    auto *top = new MarkingBanner(banner);
    top->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    banner->addWidget(top);
    addToolBar(Qt::TopToolBarArea, banner);
    m_counts->setTextFormat(Qt::PlainText);
    m_purpose->setTextFormat(Qt::PlainText); // typed by the analyst
    statusBar()->addPermanentWidget(m_purpose);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(new MarkingBanner(this));

    auto *summaryView = new QTableView(this);
    summaryView->setModel(m_summaryModel);
    summaryView->horizontalHeader()->setStretchLastSection(true);
    summaryView->verticalHeader()->hide();
    m_importView->setModel(m_importModel);
    m_importView->horizontalHeader()->setStretchLastSection(true);
    m_importView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_importView->verticalHeader()->hide();

    m_actions = new ActionManager(this);
    m_actions->setUndoStack(m_chart->undoStack());
    m_recent->attachMenu(m_actions->recentMenu());

    // Default layout: the chart takes most of the window; search and the workspace summary on the
    // left, the inspector on the right, and below the chart the networks (shown first, the review
    // queue, imports and audit trail in tabs beside them) next to the timeline.
    QDockWidget *search = addPane(m_search, tr("Search"), QStringLiteral("SearchDock"), Qt::LeftDockWidgetArea);
    QDockWidget *summary = addPane(summaryView, tr("Workspace"), QStringLiteral("WorkspaceDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(search, summary);
    search->raise();
    QDockWidget *inspector = addPane(m_inspector, tr("Inspector"), QStringLiteral("InspectorDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(inspector, addPane(m_map, tr("Map"), QStringLiteral("MapDock"), Qt::RightDockWidgetArea));
    inspector->raise();
    QDockWidget *networks = addPane(m_networks, tr("Networks"), QStringLiteral("NetworksDock"), Qt::BottomDockWidgetArea);
    QDockWidget *timeline = addPane(m_timeline, tr("Timeline"), QStringLiteral("TimelineDock"), Qt::BottomDockWidgetArea);
    QDockWidget *imports = addPane(m_importView, tr("Imports"), QStringLiteral("ImportsDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(networks, timeline, Qt::Horizontal);
    setUpResolution(); // the review dock goes in a tab next to the networks
    setUpOffenders();  // offenders in a tab next to the timeline, the profile next to the inspector
    setUpCaseFiles();  // case files in a tab next to the profile
    tabifyDockWidget(networks, imports);
    tabifyDockWidget(networks, addPane(m_audit, tr("Audit Trail"), QStringLiteral("AuditDock"), Qt::BottomDockWidgetArea));
    networks->raise();
    // Trends in a tab behind the timeline (both are about time).
    tabifyDockWidget(timeline, addPane(m_trends, tr("Trends"), QStringLiteral("TrendsDock"), Qt::BottomDockWidgetArea));
    timeline->raise();

    connectActions();
    connectPanes();
    connectAccess();

    resize(1400, 900);
    // Sizes that show each pane's columns without crowding the chart (the chart takes what the
    // window gains beyond this).
    resizeDocks({search, inspector}, {250, 360}, Qt::Horizontal);
    resizeDocks({networks, timeline}, {840, 440}, Qt::Horizontal);
    resizeDocks({networks}, {250}, Qt::Vertical);
    m_defaultState = saveState();
    restoreGeometry(Preferences::windowGeometry().get());
    restoreState(Preferences::windowState().get());
    onWorkspaceClosed();
}

MainWindow::~MainWindow()
{
    // The session (created first) is destroyed before the panes: they let go of its workspace
    // first, and the chart stops any layout that reads it.
    m_networks->cancel();
    m_offenders->setWorkspace(WorkspaceAccess(), nullptr);
    m_profile->setWorkspace(WorkspaceAccess(), nullptr);
    m_caseFiles->setWorkspace(WorkspaceAccess(), nullptr);
    m_resolution->cancel(); // its job has a connection of its own; the runner waits for it
    m_review->setWorkspace(nullptr);
    m_chart->setWorkspace(nullptr);
    m_search->setWorkspace(nullptr);
    m_inspector->setWorkspace(nullptr);
    m_timeline->setWorkspace(nullptr);
    m_audit->setWorkspace(nullptr);
    delete m_session;
    m_session = nullptr;
}

QDockWidget *MainWindow::addPane(QWidget *pane, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() finds docks by object name
    dock->setWidget(pane);
    addDockWidget(area, dock);
    m_actions->viewMenu()->addAction(dock->toggleViewAction());
    return dock;
}

void MainWindow::setUpResolution()
{
    m_review = new ReviewPane(this);
    m_resolution = new ResolutionRunner(this);
    m_reviewDock = addPane(m_review, tr("Review"), QStringLiteral("ReviewDock"), Qt::BottomDockWidgetArea);
    m_reviewDock->setFocusProxy(m_review); // focus on the dock reaches the pane and its A, R, S keys
    if (auto *networks = qobject_cast<QDockWidget *>(m_networks->parentWidget()))
        tabifyDockWidget(networks, m_reviewDock);
    connect(m_review, &ReviewPane::pendingCountChanged, this, [this](int waiting) {
        m_reviewDock->setWindowTitle(waiting ? tr("Review (%1)").arg(waiting) : tr("Review"));
    });
    connect(m_review, &ReviewPane::workspaceChanged, m_session, &WorkspaceSession::notifyDataChanged);
    connect(m_review, &ReviewPane::entityActivated, m_inspector, &InspectorPane::showEntity);
    connect(m_inspector, &InspectorPane::unmerged, this, &MainWindow::onUnmerged);
    connect(m_session, &WorkspaceSession::opened, this, [this] { m_review->setWorkspace(m_session->workspace(), m_session->access()); });
    connect(m_session, &WorkspaceSession::closed, this, [this] { m_review->setWorkspace(nullptr); });
    connect(m_session, &WorkspaceSession::dataChanged, this, &MainWindow::followMerges);
    connect(m_actions->action(ActionManager::RunResolution), &QAction::triggered, this, &MainWindow::runResolution);
    connect(m_actions->action(ActionManager::ResolutionSettings), &QAction::triggered, this,
            &MainWindow::resolutionSettingsDialog);
    connect(m_actions->action(ActionManager::SixMonthlyAssessment), &QAction::triggered, this,
            &MainWindow::assessmentDialog);
    connect(m_actions->action(ActionManager::Activities), &QAction::triggered, this, &MainWindow::activitiesDialog);
    // While a run writes through its own connection, decisions wait (the pane would find the
    // workspace busy) and no second run starts.
    connect(m_resolution, &ResolutionRunner::runningChanged, this, [this](bool running) {
        m_review->setEnabled(!running);
        m_actions->action(ActionManager::RunResolution)->setEnabled(!running && m_session->isOpen());
    });
    connect(m_resolution, &ResolutionRunner::finished, m_session, &WorkspaceSession::notifyDataChanged);
    connect(m_resolution, &ResolutionRunner::reviewRequested, this, [this] {
        m_reviewDock->show();
        m_reviewDock->raise();
        m_review->setFocus();
    });
}

void MainWindow::runResolution()
{
    if (m_session->isOpen())
        m_resolution->start(m_session->access(), ResolveSettingsDialog::savedSettings());
}

void MainWindow::resolutionSettingsDialog()
{
    ResolveSettingsDialog(this).exec();
}

void MainWindow::setUpOffenders()
{
    m_offenders = new OffendersPane(this);
    m_profile = new ProfilePane(this);
    m_offendersDock = addPane(m_offenders, tr("Offenders"), QStringLiteral("OffendersDock"), Qt::BottomDockWidgetArea);
    if (auto *timeline = qobject_cast<QDockWidget *>(m_timeline->parentWidget())) {
        tabifyDockWidget(timeline, m_offendersDock);
        timeline->raise();
    }
    m_profileDock = addPane(m_profile, tr("Profile"), QStringLiteral("ProfileDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(qobject_cast<QDockWidget *>(m_inspector->parentWidget()), m_profileDock);
    m_offenders->setUndoStack(m_chart->undoStack());
    m_profile->setUndoStack(m_chart->undoStack());
    m_review->setUndoStack(m_chart->undoStack());
    m_profile->setConsultationGate([this](qint64 entityId) { return m_access->consultEntity(entityId); });
    connect(m_offenders, &OffendersPane::openProfileRequested, this, &MainWindow::openProfile);
    connect(m_profile, &ProfilePane::workspaceChanged, m_offenders, &OffendersPane::refresh);
    connect(m_profile, &ProfilePane::entityActivated, m_inspector, &InspectorPane::showEntity);
    connect(m_session, &WorkspaceSession::dataChanged, m_offenders, &OffendersPane::refresh);
    // A person chosen in search opens in the profile too while the Profile dock is up.
    connect(m_search, &SearchPane::entityActivated, this, [this](qint64 id) {
        if (m_profileDock->isVisible() && !m_profileDock->visibleRegion().isEmpty())
            m_profile->openProfile(id);
    });
#ifdef FC_HAVE_CHART_PANE
    if (auto *pane = qobject_cast<ChartPane *>(m_chart->widget()))
        connect(pane, &ChartPane::profileRequested, this, &MainWindow::openProfile);
#endif
}

void MainWindow::setOffendersWorkspace()
{
    const bool open = m_session->isOpen();
    m_offenders->setWorkspace(open ? m_session->access() : WorkspaceAccess(), m_session->workspace());
    m_profile->setWorkspace(open ? m_session->access() : WorkspaceAccess(), m_session->workspace());
}

void MainWindow::openProfile(qint64 personId)
{
    m_profileDock->show();
    m_profileDock->raise();
    m_profile->openProfile(personId);
}

void MainWindow::setUpCaseFiles()
{
    m_caseFiles = new CaseFilePane(this);
    m_caseDock = addPane(m_caseFiles, tr("Case Files"), QStringLiteral("CaseFilesDock"), Qt::RightDockWidgetArea);
    tabifyDockWidget(m_profileDock, m_caseDock);
    m_caseFiles->setUndoStack(m_chart->undoStack());
    const auto follow = [this] {
        m_caseFiles->setWorkspace(m_session->isOpen() ? m_session->access() : WorkspaceAccess(), m_session->workspace());
    };
    connect(m_session, &WorkspaceSession::opened, this, follow);
    connect(m_session, &WorkspaceSession::closed, this, follow);
    connect(m_session, &WorkspaceSession::purposeChanged, this, [this] {
        if (m_session->isOpen())
            m_caseFiles->setWorkspace(m_session->access(), m_session->workspace());
    });
    connect(m_caseFiles, &CaseFilePane::workspaceChanged, m_audit, &AuditPane::refresh);
    connect(m_actions->action(ActionManager::NewCaseFile), &QAction::triggered, this, [this] {
        QList<qint64> ids = m_chart->selectedEntityIds();
        if (ids.isEmpty() && m_profile->personId() && m_profileDock->isVisible())
            ids = {m_profile->personId()};
        newCaseFile(ids);
    });
    connect(m_profile, &ProfilePane::caseFileRequested, this, [this](qint64 id) { newCaseFile({id}); });
#ifdef FC_HAVE_CHART_PANE
    if (auto *pane = qobject_cast<ChartPane *>(m_chart->widget()))
        connect(pane, &ChartPane::caseFileRequested, this, &MainWindow::newCaseFile);
#endif
}

void MainWindow::newCaseFile(const QList<qint64> &entityIds)
{
    if (!m_session->isOpen())
        return;
    QString error;
    if (!m_caseFiles->newCaseForEntities(entityIds, &error)) {
        showMessage(tr("No case file"), error);
        return;
    }
    m_caseDock->show();
    m_caseDock->raise();
}

void MainWindow::assessmentDialog()
{
    if (m_session->isOpen())
        AssessmentDialog(m_session->workspace(), m_session->access(), this).exec();
}

void MainWindow::activitiesDialog()
{
    if (m_session->isOpen())
        ActivitiesDialog(m_session->workspace(), m_session->access(), m_chart->undoStack(), this).exec();
}

void MainWindow::followMerges()
{
    // Merges change which entities are live and where links end: the queue, the chart and the
    // inspector read them again (counts, networks and search follow through refreshWorkspaceViews,
    // NetworksPane and the search index that core keeps).
    m_review->refresh();
    m_chart->followWorkspace();
    m_inspector->reload();
}

void MainWindow::onUnmerged(qint64 survivorId, qint64 absorbedId)
{
    // The chart showed the merged entity: after the unmerge it shows both again.
    const bool onChart = m_chart->entityIds().contains(survivorId);
    m_session->notifyDataChanged();
    if (onChart)
        m_chart->addEntities({absorbedId});
}

void MainWindow::connectActions()
{
    connect(m_actions->action(ActionManager::NewWorkspace), &QAction::triggered, this, &MainWindow::newWorkspaceDialog);
    connect(m_actions->action(ActionManager::OpenWorkspace), &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    connect(m_actions->action(ActionManager::ImportWizard), &QAction::triggered, this, &MainWindow::importWizard);
    connect(m_actions->action(ActionManager::SaveChart), &QAction::triggered, this, &MainWindow::saveChartDialog);
    connect(m_actions->action(ActionManager::OpenChart), &QAction::triggered, this, &MainWindow::openChartDialog);
    connect(m_actions->action(ActionManager::ExportChart), &QAction::triggered, this, &MainWindow::exportChartDialog);
    connect(m_actions->action(ActionManager::Quit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(ActionManager::ResetLayout), &QAction::triggered, this, [this] { restoreState(m_defaultState); });
    connect(m_actions->action(ActionManager::RefreshNetworks), &QAction::triggered, m_networks, &NetworksPane::refresh);
    connect(m_actions->action(ActionManager::About), &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(m_actions->action(ActionManager::HarmTables), &QAction::triggered, this, [this] {
        HarmTableDialog(
            [this]() -> Database * { return m_session->workspace() ? &m_session->workspace()->database() : nullptr; },
            m_chart->undoStack(), this)
            .exec();
    });
    connect(m_actions->action(ActionManager::ZoomIn), &QAction::triggered, this, [this] { m_chart->zoomBy(1.25); });
    connect(m_actions->action(ActionManager::ZoomOut), &QAction::triggered, this, [this] { m_chart->zoomBy(0.8); });
    m_actions->action(ActionManager::ZoomIn)->setEnabled(m_chart->hasChart());
    m_actions->action(ActionManager::ZoomOut)->setEnabled(m_chart->hasChart());
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openWorkspace(path); });
    connect(m_session, &WorkspaceSession::opened, this, &MainWindow::onWorkspaceOpened);
    connect(m_session, &WorkspaceSession::closed, this, &MainWindow::onWorkspaceClosed);
    connect(m_session, &WorkspaceSession::dataChanged, this, &MainWindow::refreshWorkspaceViews);
    connect(m_session, &WorkspaceSession::dataChanged, m_networks, &NetworksPane::refresh);
    connect(m_session, &WorkspaceSession::dataChanged, m_search, &SearchPane::markResultsStale);
    connect(m_session, &WorkspaceSession::dataChanged, m_map, &MapPane::refresh);
    connect(m_session, &WorkspaceSession::dataChanged, m_trends, &TrendsPane::refresh);
}

void MainWindow::connectPanes()
{
    connect(m_search, &SearchPane::addToChartRequested, m_chart, &ChartBridge::addEntities);
    connect(m_search, &SearchPane::entityActivated, m_inspector, &InspectorPane::showEntity);
    connect(m_networks, &NetworksPane::openNetworkRequested, m_chart, &ChartBridge::showNetwork);
    connect(m_networks, &NetworksPane::finished, this, &MainWindow::onNetworksFound);
    connect(m_chart, &ChartBridge::selectionChanged, m_inspector, &InspectorPane::showSelection);
    connect(m_chart, &ChartBridge::selectionChanged, m_timeline, &TimelinePane::setSelection);
    connect(m_chart, &ChartBridge::linkSelected, m_inspector, &InspectorPane::showLink);
    connect(m_chart, &ChartBridge::contentsChanged, this, [this] {
        m_timeline->setChartEntities(m_chart->entityIds());
        if (m_screenshot)
            m_screenshot->changed();
    });
    connect(m_chart, &ChartBridge::layoutFinished, this, [this] {
        if (m_screenshot) {
            m_chart->fitAll();
            m_screenshot->settled();
        }
    });
    connect(m_timeline, &TimelinePane::dateFilterRequested, m_chart, &ChartBridge::setDateFilter);
    connect(m_timeline, &TimelinePane::dateFilterRequested, m_map, &MapPane::setDateFilter);
    connect(m_chart, &ChartBridge::selectionChanged, m_map, &MapPane::setChartSelection);
    connect(m_map, &MapPane::addToChartRequested, m_chart, &ChartBridge::addEntities);
    connect(m_map, &MapPane::exportRequested, this, [this](const QString &path) {
        QString error;
        if (exportMap(path, &error))
            statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
        else if (!error.isEmpty())
            showMessage(tr("Map not exported"), error);
    });
    connect(m_timeline, &TimelinePane::selectionRequested, m_chart, &ChartBridge::setSelectedEntityIds);
    connect(m_inspector, &InspectorPane::incidentActivated, this, [this](qint64 id) { m_chart->addEntities({id}); });
}

bool MainWindow::openWorkspace(const QString &path, const QByteArray &passphrase)
{
    QString error;
    if (!m_access->openWorkspace(path, passphrase, &error)) {
        if (!error.isEmpty()) // empty: the analyst cancelled
            showMessage(tr("Cannot open workspace"), error);
        return false;
    }
    m_recent->add(path);
    return true;
}

void MainWindow::onWorkspaceOpened()
{
    Workspace *ws = m_session->workspace();
    setWindowTitle(tr("%1 — FusionCell").arg(QDir::toNativeSeparators(m_session->path())));
    m_chartChosen = false;
    m_chart->setWorkspace(ws);
    m_search->setWorkspace(ws);
    m_inspector->setWorkspace(ws);
    m_timeline->setWorkspace(ws);
    m_networks->setWorkspace(m_session->access());
    m_map->setWorkspace(m_session->access());
    m_trends->setWorkspace(m_session->access());
    m_audit->setWorkspace(ws);
    setOffendersWorkspace();
    m_actions->setWorkspaceOpen(true);
    m_actions->setWorkspaceEncrypted(m_session->isEncrypted());
    refreshWorkspaceViews();
    m_networks->refresh();
    m_offenders->refresh();
    m_trends->refresh();
}

void MainWindow::onWorkspaceClosed()
{
    setWindowTitle(tr("FusionCell"));
    m_chart->setWorkspace(nullptr);
    m_search->setWorkspace(nullptr);
    m_inspector->setWorkspace(nullptr);
    m_timeline->setWorkspace(nullptr);
    m_networks->setWorkspace(WorkspaceAccess());
    m_map->setWorkspace(WorkspaceAccess());
    m_trends->setWorkspace(WorkspaceAccess());
    m_audit->setWorkspace(nullptr);
    setOffendersWorkspace();
    m_summaryModel->setCounts({}, 0);
    m_importModel->setImports({});
    m_actions->setWorkspaceOpen(false);
    m_counts->setText(tr("No workspace open"));
}

void MainWindow::refreshWorkspaceViews()
{
    Workspace *ws = m_session->workspace();
    if (!ws)
        return;
    const auto counts = ws->countsByType();
    const qint64 links = ws->linkCount();
    m_summaryModel->setCounts(counts, links);
    m_importModel->setImports(ws->imports());
    m_importView->resizeColumnsToContents();
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(EntityTypes::displayName(it.key()));
    parts << tr("%1 links").arg(links);
    m_counts->setText(parts.join(QStringLiteral(" · ")));
}

QString MainWindow::statusCounts() const
{
    return m_counts->text();
}

void MainWindow::onNetworksFound(int count)
{
    // On opening, the chart shows the last saved chart, or else the largest network, so that an
    // analyst (and the README's first command) sees a network straight away.
    if (m_chartChosen || !m_session->isOpen())
        return;
    m_chartChosen = true;
    bool shown = false;
    const QList<ChartInfo> charts = m_session->workspace()->charts();
    if (!charts.isEmpty()) {
        const ChartInfo latest = *std::max_element(charts.begin(), charts.end(), [](const ChartInfo &a, const ChartInfo &b) {
            return a.updatedAt < b.updatedAt;
        });
        QString error;
        shown = m_chart->load(latest.id, &error);
    }
    if (!shown && count > 0)
        m_chart->showNetwork(NetworkTableModel::chartEntities(m_networks->model()->networkAt(0)));
    if (m_screenshot)
        m_screenshot->ready();
}

void MainWindow::takeScreenshotWhenReady(const QString &path)
{
    m_screenshot = new ScreenshotTaker(this, path, this);
    connect(m_screenshot, &ScreenshotTaker::done, this, &MainWindow::screenshotDone);
    if (m_chartChosen)
        m_screenshot->ready();
}

void MainWindow::takeMapScreenshotWhenReady(const QString &path)
{
    if (auto *dock = qobject_cast<QDockWidget *>(m_map->parentWidget())) {
        dock->setFloating(true);
        dock->resize(1400, 1000);
        dock->show();
        dock->raise();
    }
    connect(
        m_map, &MapPane::finished, this,
        [this, path] { QTimer::singleShot(300, this, [this, path] { emit screenshotDone(m_map->saveScreenshots(path)); }); },
        Qt::SingleShotConnection);
}

void MainWindow::takeReviewScreenshotWhenReady(const QString &path)
{
    m_reviewDock->setFloating(true);
    m_reviewDock->resize(1300, 560);
    m_reviewDock->show();
    m_reviewDock->raise();
    connect(
        m_session, &WorkspaceSession::opened, this,
        [this, path] {
            QTimer::singleShot(800, this, [this, path] { emit screenshotDone(m_reviewDock->grab().save(path)); });
        },
        Qt::SingleShotConnection);
}

void MainWindow::takeOffenderScreenshotsWhenReady(const QString &directory)
{
    auto *shots = new OffenderScreenshots(this, directory);
    connect(shots, &OffenderScreenshots::finished, this, &MainWindow::screenshotDone);
    shots->start();
}

void MainWindow::takeCaseFileScreenshotWhenReady(const QString &path)
{
    m_caseDock->setFloating(true);
    m_caseDock->resize(1400, 820);
    m_caseDock->show();
    m_caseDock->raise();
    connect(
        m_session, &WorkspaceSession::opened, this,
        [this, path] {
            QString error;
            const auto selection = CaseSelection::forNetwork(*m_session->workspace(), 1, &error);
            if (!selection || !m_caseFiles->newCase(*selection, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                emit screenshotDone(false);
                return;
            }
            QTimer::singleShot(800, this, [this, path] { emit screenshotDone(m_caseDock->grab().save(path)); });
        },
        Qt::SingleShotConnection);
}

void MainWindow::showMessage(const QString &title, const QString &text)
{
    // Messages can quote file names and values from imported files: plain text only.
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(), tr("FusionCell workspaces (*.fcdb)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".fcdb")))
        path += QLatin1String(".fcdb");
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
        return;
    }
    QString error;
    if (m_access->createWorkspace(path, &error))
        m_recent->add(path);
    else if (!error.isEmpty())
        showMessage(tr("Cannot create workspace"), error);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("FusionCell workspaces (*.fcdb)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::importWizard()
{
    if (!m_session->isOpen())
        return;
    ImportWizard wizard(m_session->access(), this);
    wizard.exec();
    if (wizard.importedAny())
        m_session->notifyDataChanged();
}

void MainWindow::saveChartDialog()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Chart"), tr("Chart name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QString error;
    if (!m_chart->save(name.trimmed(), &error))
        showMessage(tr("Chart not saved"), error);
    else
        statusBar()->showMessage(tr("Chart saved"), 3000);
}

void MainWindow::openChartDialog()
{
    const QList<ChartInfo> charts = m_session->workspace()->charts();
    if (charts.isEmpty()) {
        showMessage(tr("Open Chart"), tr("This workspace has no saved charts."));
        return;
    }
    QStringList names;
    for (const ChartInfo &c : charts)
        names << tr("%1 (%2)").arg(c.name, c.updatedAt);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Open Chart"), tr("Chart:"), names, 0, false, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_chart->load(charts.at(names.indexOf(choice)).id, &error))
        showMessage(tr("Chart not opened"), error);
}

void MainWindow::exportChartDialog()
{
    const QString dir = Preferences::lastExportDirectory().get();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), dir,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                      &selectedFilter);
    if (path.isEmpty())
        return;
    Preferences::lastExportDirectory().set(QFileInfo(path).absolutePath());
    QString error;
    if (exportChart(path, &error))
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else if (!error.isEmpty())
        showMessage(tr("Chart not exported"), error);
}

bool MainWindow::exportChart(const QString &path, QString *error)
{
    const QString format = QFileInfo(path).suffix().toLower();
    return m_access->discloseFile(QStringLiteral("chart"), path, format,
                                  tr("The link chart as a %1 file").arg(format.toUpper()),
                                  [this, path](QString *why) { return m_chart->exportTo(path, why); }, error);
}

bool MainWindow::exportMap(const QString &path, QString *error)
{
    const QString format = QFileInfo(path).suffix().toLower();
    return m_access->discloseFile(QStringLiteral("map"), path, format,
                                  tr("The map as a %1 file").arg(format.toUpper()),
                                  [this, path](QString *why) { return m_map->exportTo(path, why); }, error);
}

void MainWindow::connectAccess()
{
    connect(m_actions->action(ActionManager::PurposeOfAccess), &QAction::triggered, m_access,
            &AccessController::changePurpose);
    connect(m_actions->action(ActionManager::ChangePassphrase), &QAction::triggered, this,
            &MainWindow::changePassphraseDialog);
    connect(m_actions->action(ActionManager::SavePlainCopy), &QAction::triggered, this,
            [this] { saveCopyDialog(true); });
    connect(m_actions->action(ActionManager::SaveEncryptedCopy), &QAction::triggered, this,
            [this] { saveCopyDialog(false); });
    m_inspector->setConsultationGate([this](qint64 entityId) { return m_access->consultEntity(entityId); });
    m_audit->setAccessController(m_access);
    connect(m_access, &AccessController::auditChanged, m_audit, &AuditPane::refresh);
    connect(m_session, &WorkspaceSession::dataChanged, m_audit, &AuditPane::refresh);
    connect(m_session, &WorkspaceSession::purposeChanged, this, &MainWindow::updatePurpose);
    updatePurpose();
}

void MainWindow::updatePurpose()
{
    const QString purpose = m_session->purpose();
    m_purpose->setText(purpose.isEmpty() ? tr("No purpose of access stated") : tr("Purpose: %1").arg(purpose));
    // The networks worker logs its analysis with the purpose: it gets the new one.
    if (m_session->isOpen()) {
        m_networks->setWorkspace(m_session->access());
        setOffendersWorkspace();
    }
}

QString MainWindow::statusPurpose() const
{
    return m_purpose->text();
}

void MainWindow::saveCopyDialog(bool plain)
{
    const QString title = plain ? tr("Save Plain Copy") : tr("Save Encrypted Copy");
    const QString path = QFileDialog::getSaveFileName(this, title, Preferences::lastExportDirectory().get(),
                                                      tr("FusionCell workspaces (*.fcdb)"));
    if (path.isEmpty())
        return;
    QString error;
    if (plain ? m_access->savePlainCopy(path, &error) : m_access->saveEncryptedCopy(path, &error))
        statusBar()->showMessage(tr("Copy written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    else if (!error.isEmpty())
        showMessage(tr("Copy not written"), error);
}

void MainWindow::changePassphraseDialog()
{
    QString error;
    if (m_access->changePassphrase(&error)) {
        m_networks->setWorkspace(m_session->access()); // its worker opens with the new passphrase
        m_map->setWorkspace(m_session->access());
        m_trends->setWorkspace(m_session->access());
        statusBar()->showMessage(tr("Passphrase changed"), 5000);
    } else if (!error.isEmpty()) {
        showMessage(tr("Passphrase not changed"), error);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    Preferences::windowGeometry().set(saveGeometry());
    Preferences::windowState().set(saveState());
    m_networks->cancel();
    m_trends->cancel();
    event->accept();
}

} // namespace fc
