#pragma once

#include "resolve/resolvetypes.h"
#include "store/workspaceaccess.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

class QProgressDialog;
class QWidget;

namespace fc {

/**
 * Runs Analysis > Run Resolution: ResolveJob in a worker thread with a progress dialog and
 * Cancel, then the report (ResolveReportDialog, not blocking). The window only starts it and
 * refreshes its views on finished().
 */
class ResolutionRunner : public QObject
{
    Q_OBJECT
public:
    explicit ResolutionRunner(QWidget *parentWidget);
    ~ResolutionRunner() override;

    /** Starts a run; false when one is already running. */
    bool start(const WorkspaceAccess &access, const ResolveSettings &settings);
    bool isRunning() const;
    void cancel();
    /** Blocks until a running job is done and finished() was emitted (tests, shutdown). */
    void waitForFinished();

    ResolveReport lastReport() const { return m_report; }
    /** Whether the report is shown in a dialog when a run ends (default true). */
    void setShowsReport(bool shows) { m_showsReport = shows; }

signals:
    void runningChanged(bool running);
    /** A run ended (lastReport() says how); the workspace may have changed even when cancelled. */
    void finished();
    /** The analyst asked from the report to work through the review queue. */
    void reviewRequested();

private:
    void onFinished();
    void setProgress(double fraction);

    QWidget *m_parentWidget;
    QFutureWatcher<ResolveReport> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QProgressDialog> m_progress;
    ResolveReport m_report;
    bool m_showsReport = true;
    bool m_running = false; // from start() until finished() (the watcher's own state runs ahead)
};

} // namespace fc
