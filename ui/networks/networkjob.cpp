#include "networks/networkjob.h"

#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

NetworkJobResult NetworkJob::run(const QString &workspacePath, const std::function<void(double)> &progress,
                                 const std::atomic_bool *cancel)
{
    NetworkJobResult result;
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto isCancelled = [&] { return cancel && cancel->load(); };

    QString error;
    auto workspace = Workspace::open(workspacePath, &error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    report(0.05);
    const QList<EntityRecord> entities = workspace->entityRecords();
    report(0.2);
    const QList<LinkRecord> links = workspace->linkRecords();
    report(0.35);
    if (isCancelled()) {
        result.cancelled = true;
        return result;
    }
    const OffenderProjection projection = OffenderProjection::build(entities, links);
    report(0.5);
    GraphProgress graphProgress;
    graphProgress.cancel = cancel;
    graphProgress.progress = [&](qint64 done, qint64 total) {
        if (total > 0)
            report(0.5 + 0.5 * double(done) / double(total));
    };
    result.networks = NetworkFinder().find(projection, graphProgress);
    result.cancelled = isCancelled();
    report(1.0);
    return result;
}

} // namespace fc
