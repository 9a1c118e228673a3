#pragma once

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QTableView;

namespace fc {

class AccessController;
class ActionManager;
class AuditPane;
class CaseFilePane;
class ChartBridge;
class ImportListModel;
class InspectorPane;
class MapPane;
class TrendsPane;
class NetworksPane;
class OffendersPane;
class ProfilePane;
class RecentFiles;
class ResolutionRunner;
class ReviewPane;
class ScreenshotTaker;
class SearchPane;
class TimelinePane;
class WorkspaceSession;
class WorkspaceSummaryModel;

/**
 * The workstation's main window: the link chart in the centre, the panes docked around it, the
 * menus from ActionManager. It wires panes to each other and to the chart; it computes nothing
 * itself.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a workspace; an encrypted one with passphrase, or asking for it (AccessController). */
    bool openWorkspace(const QString &path, const QByteArray &passphrase = QByteArray());
    /** Exports the chart to path (PNG, SVG or PDF by its suffix) as a recorded disclosure. */
    bool exportChart(const QString &path, QString *error);
    /** Saves a picture of the window to path once a network is on the chart and laid out. */
    void takeScreenshotWhenReady(const QString &path);
    /** Saves pictures of the map pane (MapPane::saveScreenshots) once its figures are computed. */
    void takeMapScreenshotWhenReady(const QString &path);
    /** Saves a picture of the review pane, floated, once the workspace is open and its first pair shown. */
    void takeReviewScreenshotWhenReady(const QString &path);
    /** Saves offenders.png, profile.png and association.png to directory (OffenderScreenshots). */
    void takeOffenderScreenshotsWhenReady(const QString &directory);
    /** Makes a case file of network 1 and saves a picture of the Case Files dock, floated, to path. */
    void takeCaseFileScreenshotWhenReady(const QString &path);

    WorkspaceSession *session() const { return m_session; }
    ChartBridge *chart() const { return m_chart; }
    SearchPane *searchPane() const { return m_search; }
    InspectorPane *inspectorPane() const { return m_inspector; }
    NetworksPane *networksPane() const { return m_networks; }
    TimelinePane *timelinePane() const { return m_timeline; }
    MapPane *mapPane() const { return m_map; }
    TrendsPane *trendsPane() const { return m_trends; }
    /** Exports the map to path (PNG, SVG or PDF by its suffix) as a recorded disclosure. */
    bool exportMap(const QString &path, QString *error);
    ReviewPane *reviewPane() const { return m_review; }
    QDockWidget *reviewDock() const { return m_reviewDock; }
    ResolutionRunner *resolutionRunner() const { return m_resolution; }
    OffendersPane *offendersPane() const { return m_offenders; }
    ProfilePane *profilePane() const { return m_profile; }
    CaseFilePane *caseFilePane() const { return m_caseFiles; }
    /** New Case File…: of the people (and incidents) among entityIds, shown in the Case Files dock. */
    void newCaseFile(const QList<qint64> &entityIds);
    /** Opens a person's profile in the Profile dock (a consultation) and brings the dock up. */
    void openProfile(qint64 personId);
    ActionManager *actions() const { return m_actions; }
    AccessController *access() const { return m_access; }
    AuditPane *auditPane() const { return m_audit; }
    QString statusPurpose() const;
    WorkspaceSummaryModel *summaryModel() const { return m_summaryModel; }
    ImportListModel *importModel() const { return m_importModel; }
    QString statusCounts() const;

signals:
    void screenshotDone(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addPane(QWidget *pane, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void connectActions();
    void connectPanes();
    void onWorkspaceOpened();
    void onWorkspaceClosed();
    void refreshWorkspaceViews();
    void onNetworksFound(int count);
    void showMessage(const QString &title, const QString &text);

    // Entity resolution: the review dock, Run Resolution, and views that follow merges.
    void setUpResolution();
    void runResolution();
    void resolutionSettingsDialog();
    void assessmentDialog();
    void activitiesDialog();
    void setUpCaseFiles();
    void followMerges();
    void onUnmerged(qint64 survivorId, qint64 absorbedId);

    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void importWizard();
    void saveChartDialog();
    void openChartDialog();
    void exportChartDialog();

    // Offender management: the Offenders and Profile docks (ui/offenders, ui/profile).
    void setUpOffenders();
    void setOffendersWorkspace();

    // Accountability: encrypted workspaces, purpose of access, disclosures, the audit pane.
    void connectAccess();
    void updatePurpose();
    void saveCopyDialog(bool plain);
    void changePassphraseDialog();

    WorkspaceSession *m_session;
    AccessController *m_access;
    ActionManager *m_actions = nullptr;
    RecentFiles *m_recent;
    ChartBridge *m_chart;
    SearchPane *m_search;
    InspectorPane *m_inspector;
    NetworksPane *m_networks;
    TimelinePane *m_timeline;
    MapPane *m_map;
    TrendsPane *m_trends;
    AuditPane *m_audit;
    WorkspaceSummaryModel *m_summaryModel;
    ImportListModel *m_importModel;
    QTableView *m_importView;
    QLabel *m_counts;
    QLabel *m_purpose;
    QByteArray m_defaultState;
    bool m_chartChosen = false; // the first chart after opening has been shown
    ScreenshotTaker *m_screenshot = nullptr;
    ReviewPane *m_review = nullptr;
    QDockWidget *m_reviewDock = nullptr;
    ResolutionRunner *m_resolution = nullptr;
    OffendersPane *m_offenders = nullptr;
    ProfilePane *m_profile = nullptr;
    QDockWidget *m_offendersDock = nullptr;
    QDockWidget *m_profileDock = nullptr;
    CaseFilePane *m_caseFiles = nullptr;
    QDockWidget *m_caseDock = nullptr;
};

} // namespace fc
