#pragma once

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>

namespace fc {

/**
 * The worker behind a pane's refresh: one job at a time on the thread pool, with a cancel flag the
 * job polls. Starting while a job runs cancels it and remembers the request: the owner is told the
 * old job was superseded when it ends, and starts again then with its newest settings, so that
 * only the latest figures are shown. The destructor cancels and waits, so a job never outlives
 * its pane.
 */
template <typename Result>
class RestartableJob
{
public:
    /** finished(result, superseded) runs on the owner's thread when a job ends. */
    RestartableJob(QObject *owner, std::function<void(const Result &result, bool superseded)> finished)
        : m_finished(std::move(finished))
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, owner, [this] {
            const bool superseded = m_superseded;
            m_superseded = false;
            m_finished(m_watcher.result(), superseded);
        });
    }
    ~RestartableJob()
    {
        cancel();
        m_watcher.waitForFinished();
    }
    RestartableJob(const RestartableJob &) = delete;
    RestartableJob &operator=(const RestartableJob &) = delete;

    bool isRunning() const { return m_watcher.isRunning(); }

    /**
     * Runs work(cancel) off the UI thread and returns true; while a job runs, cancels it instead
     * and returns false (the owner starts again when told it was superseded).
     */
    bool start(std::function<Result(const std::atomic_bool *cancel)> work)
    {
        if (m_watcher.isRunning()) {
            m_cancel->store(true);
            m_superseded = true;
            return false;
        }
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_watcher.setFuture(QtConcurrent::run([work = std::move(work), cancel = m_cancel] { return work(cancel.get()); }));
        return true;
    }

    /** Cancels the running job, if any, and any restart asked for. */
    void cancel()
    {
        if (m_cancel)
            m_cancel->store(true);
        m_superseded = false;
    }

private:
    std::function<void(const Result &, bool)> m_finished;
    QFutureWatcher<Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_superseded = false;
};

} // namespace fc
