#pragma once

#include "layout/forcelayout.h"
#include "layout/layoutgraph.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace fc {

/**
 * Runs a chart layout in a worker thread (QtConcurrent) so the UI never blocks: the force layout
 * sends intermediate positions about 25 times a second for the chart to animate, and can be
 * stopped with cancel() (it then finishes with the positions reached). The ordered layouts are
 * quick but run the same way.
 */
class LayoutJob : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Force, Circular, ByType, Hierarchical };

    explicit LayoutJob(QObject *parent = nullptr);
    ~LayoutJob() override;

    void start(const LayoutGraph &graph, Kind kind, const ForceLayout::Options &options = {});
    void cancel();
    bool isRunning() const;
    /** Blocks until the worker is done (tests and shutdown only, never on a UI action). */
    void waitForFinished();

signals:
    void frame(const QList<QPointF> &positions);
    void finished(const QList<QPointF> &positions, bool cancelled);

private:
    struct Result
    {
        QList<QPointF> positions;
        bool cancelled = false;
    };

    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result> m_watcher;
    int m_generation = 0;
};

} // namespace fc
