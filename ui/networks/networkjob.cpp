#include "networks/networkjob.h"

#include "graph/networkfinder.h"
#include "graph/offenderprojection.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

NetworkJobResult NetworkJob::run(const WorkspaceAccess &access, const std::function<void(double)> &progress,
                                 const std::atomic_bool *cancel)
{
    NetworkJobResult result;
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto isCancelled = [&] { return cancel && cancel->load(); };

    QString error;
    auto workspace = access.open(&error);
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
    const int persons = projection.graph().vertexCount();
    if (!result.cancelled && persons > 0) {
        // In a transaction of its own: the window may log a consultation at the same moment.
        Transaction transaction(workspace->database());
        if (!workspace->auditLog().append(AuditLog::Action::Consultation, workspace->userName(),
                                          QStringLiteral("analysis"), QStringLiteral("networks"),
                                          QStringLiteral("offender networks over %1 persons (%2 networks)")
                                              .arg(persons)
                                              .arg(result.networks.size()),
                                          workspace->purpose())
            || !transaction.commit()) {
            // Results that could not be logged are not shown.
            result.error = QCoreApplication::translate("fc::NetworkJob", "The analysis could not be recorded in the "
                                                                         "audit trail: %1")
                               .arg(workspace->database().lastError());
            result.networks.clear();
        }
    }
    report(1.0);
    return result;
}

} // namespace fc
