#include "offenders/offenderjob.h"

#include "offenders/motivationregister.h"
#include "offenders/networkrole.h"
#include "offenders/offendinghistory.h"
#include "offenders/persondisplay.h"
#include "offenders/priorityscorer.h"
#include "offenders/prioritystore.h"
#include "offenders/workspaceharm.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>

namespace fc {

OffenderJobResult OffenderJob::run(const WorkspaceAccess &access, const QDate &asOf,
                                   const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    OffenderJobResult result;
    result.asOf = asOf;
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto cancelled = [&] {
        result.cancelled = cancel && cancel->load();
        return result.cancelled;
    };
    QString error;
    auto workspace = access.open(&error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    report(0.05);
    PriorityStore store(*workspace);
    result.bands = store.bands();
    result.bandsCustomised = store.isCustomised();
    const OffendingHistory history = OffendingHistory::load(*workspace);
    report(0.4);
    if (cancelled())
        return result;
    PriorityScorer scorer(result.bands, WorkspaceHarm::active(*workspace, &result.harmTable));
    if (result.bands.usesNetwork()) {
        scorer.setNetworkRoles(NetworkRoles::compute(NetworkRoles::projection(*workspace),
                                                     result.bands.betweennessPoints > 0));
        report(0.6);
        if (cancelled())
            return result;
    }
    const PriorityReview last = store.lastReview();
    result.lastReviewId = last.id;
    result.lastReviewAt = last.reviewedAt;
    const QList<PriorityScore> ranked = scorer.rank(history, asOf, true, last.ranks);
    report(0.75);
    if (cancelled())
        return result;
    const QHash<qint64, Motivation> motivations = MotivationRegister(*workspace).currentAll();
    result.rows.reserve(ranked.size());
    for (int i = 0; i < ranked.size(); ++i) {
        OffenderRow row;
        row.score = ranked.at(i);
        row.person = i < detailedRows ? PersonDisplay::of(*workspace, row.score.personId, asOf).text() : row.score.label;
        const auto m = motivations.constFind(row.score.personId);
        if (m != motivations.constEnd())
            row.motivation = *m;
        result.rows.append(std::move(row));
        if (i % 100 == 99) {
            if (cancelled()) {
                result.rows.clear();
                return result;
            }
            report(0.75 + 0.2 * double(i) / double(ranked.size()));
        }
    }
    // The list names people: it is a consultation (as the CLI records it).
    Transaction transaction(workspace->database());
    if (!workspace->auditLog().append(AuditLog::Action::Consultation, workspace->userName(), QStringLiteral("offenders"),
                                      QString(), QStringLiteral("priority list of %1 people as of %2")
                                                     .arg(result.rows.size()).arg(asOf.toString(Qt::ISODate)),
                                      workspace->purpose())
        || !transaction.commit()) {
        result.error = QCoreApplication::translate("fc::OffenderJob", "The ranking could not be recorded in the audit "
                                                                      "trail: %1").arg(workspace->database().lastError());
        result.rows.clear();
    }
    report(1.0);
    return result;
}

} // namespace fc
