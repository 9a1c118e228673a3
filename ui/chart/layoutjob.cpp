#include "chart/layoutjob.h"

#include "layout/circularlayout.h"
#include "layout/groupedlayout.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace fc {

LayoutJob::LayoutJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result result = m_watcher.result();
        emit finished(result.positions, result.cancelled);
    });
}

LayoutJob::~LayoutJob()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void LayoutJob::start(const LayoutGraph &graph, Kind kind, const ForceLayout::Options &options)
{
    cancel();
    m_watcher.waitForFinished();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    QPointer<LayoutJob> self(this);
    auto cancelFlag = m_cancel;
    m_watcher.setFuture(QtConcurrent::run([graph, kind, options, cancelFlag, generation, self]() -> Result {
        Result result;
        switch (kind) {
        case Kind::Circular:
            result.positions = CircularLayout::compute(graph);
            return result;
        case Kind::ByType:
            result.positions = GroupedLayout::byGroup(graph);
            return result;
        case Kind::Hierarchical:
            result.positions = GroupedLayout::hierarchical(graph);
            return result;
        case Kind::Force:
            break;
        }
        ForceLayout layout(graph, options);
        // Frames: about 25 a second on small charts; on big ones applying a frame (moving
        // thousands of items) costs the UI thread real time, so they come less often, and never
        // faster than the UI takes them (the previous frame must have been applied).
        const int interval = graph.nodeCount() < 500 ? 40 : graph.nodeCount() < 2000 ? 100 : 250;
        auto consumed = std::make_shared<std::atomic_bool>(true);
        QElapsedTimer sinceFrame;
        sinceFrame.start();
        while (layout.step()) {
            if (cancelFlag->load()) {
                result.cancelled = true;
                break;
            }
            if (sinceFrame.elapsed() >= interval && consumed->load()) {
                sinceFrame.restart();
                consumed->store(false);
                const QList<QPointF> positions = layout.positions();
                // Queued to the job's thread; a frame of an older run is dropped there.
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, positions, generation, consumed] {
                        if (self && self->m_generation == generation && self->isRunning())
                            emit self->frame(positions);
                        consumed->store(true);
                    },
                    Qt::QueuedConnection);
            }
        }
        result.positions = layout.positions();
        return result;
    }));
}

void LayoutJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool LayoutJob::isRunning() const
{
    return m_watcher.isRunning();
}

void LayoutJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

} // namespace fc
