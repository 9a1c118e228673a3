#include "resolve/reviewloadjob.h"

#include "store/workspace.h"

#include <QThread>

namespace fc {

ReviewLoad ReviewLoadJob::run(const WorkspaceAccess &access, const std::atomic_bool *cancel)
{
    QString error;
    auto workspace = access.open(&error);
    if (!workspace) {
        ReviewLoad out;
        out.thread = QThread::currentThread();
        out.error = error;
        return out;
    }
    return load(*workspace, cancel);
}

ReviewLoad ReviewLoadJob::load(Workspace &workspace, const std::atomic_bool *cancel)
{
    ReviewLoad out;
    out.thread = QThread::currentThread();
    auto cancelled = [&] {
        out.cancelled = cancel && cancel->load();
        return out.cancelled;
    };
    ReviewQueue queue(workspace);
    out.waiting = queue.pendingCount();
    if (cancelled())
        return out;
    const QList<ReviewPriority::Ranked> items = queue.prioritised(std::nullopt, 1);
    if (items.isEmpty() || cancelled())
        return out;
    out.first = items.first();
    const ReviewItem &item = out.first->item;
    out.sideA = queue.side(item.entityA);
    out.sideB = queue.side(item.entityB);
    // Persons only, and only with a saved model: pairs queued by the hand-set rules keep the
    // reasons they were queued with.
    if (item.type == EntityType::Person && !cancelled()) {
        PairExplainer explainer(workspace);
        if (explainer.hasModel())
            out.explanation = explainer.explain(item.entityA, item.entityB);
    }
    return out;
}

} // namespace fc
