#include "resolve/resolutionrunner.h"

#include "app/uithreadprogress.h"

#include "resolve/resolvejob.h"
#include "resolve/resolvereportdialog.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QtConcurrent>

namespace fc {

ResolutionRunner::ResolutionRunner(QWidget *parentWidget)
    : QObject(parentWidget), m_parentWidget(parentWidget)
{
    connect(&m_watcher, &QFutureWatcher<ResolveReport>::finished, this, &ResolutionRunner::onFinished);
}

ResolutionRunner::~ResolutionRunner()
{
    // The job holds its own connection to the workspace: it must stop before the window goes.
    cancel();
    m_watcher.waitForFinished();
}

bool ResolutionRunner::isRunning() const
{
    return m_running;
}

void ResolutionRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool ResolutionRunner::start(const WorkspaceAccess &access, const ResolveSettings &settings)
{
    if (m_running || !access.isValid())
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_progress = new QProgressDialog(tr("Resolving entities…"), tr("Cancel"), 0, 1000, m_parentWidget);
    m_progress->setWindowTitle(tr("Run Resolution"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(500);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, this, &ResolutionRunner::cancel);

    const auto cancelFlag = m_cancel;
    const auto progress = uiThreadProgress(this, &ResolutionRunner::setProgress);
    m_watcher.setFuture(QtConcurrent::run([access, settings, cancelFlag, progress] {
        return ResolveJob::run(access, settings, progress, cancelFlag.get());
    }));
    emit runningChanged(true);
    return true;
}

void ResolutionRunner::setProgress(double fraction)
{
    if (m_progress && m_running)
        m_progress->setValue(int(fraction * 1000));
}

void ResolutionRunner::waitForFinished()
{
    if (!m_running)
        return;
    QEventLoop loop;
    connect(this, &ResolutionRunner::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

void ResolutionRunner::onFinished()
{
    m_report = m_watcher.result();
    m_running = false;
    if (m_progress)
        m_progress->deleteLater();
    emit runningChanged(false);
    if (m_showsReport && m_parentWidget) {
        auto *dialog = new ResolveReportDialog(m_report, m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ResolveReportDialog::reviewRequested, this, &ResolutionRunner::reviewRequested);
        dialog->open(); // window-modal without a nested event loop
    }
    emit finished();
}

} // namespace fc
