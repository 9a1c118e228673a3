#include "casefile/casefilejob.h"

#include "casefile/caseselection.h"
#include "store/workspace.h"

namespace fc {

namespace {

ExhibitHasher::Progress hashProgress(const CaseFileJob::Progress &progress, std::atomic_bool *cancel)
{
    return [progress, cancel](qint64 done, qint64 total) {
        if (progress)
            progress(total > 0 ? double(done) / double(total) : 1.0);
        return !(cancel && cancel->load());
    };
}

} // namespace

CaseFileJobResult CaseFileJob::attach(const WorkspaceAccess &access, qint64 caseId, const QList<ExhibitRequest> &files,
                                      const Progress &progress, std::atomic_bool *cancel)
{
    CaseFileJobResult out;
    auto workspace = access.open(&out.error);
    if (!workspace)
        return out;
    out.ok = CaseStore(*workspace).attach(caseId, files, &out.error, hashProgress(progress, cancel), cancel);
    out.cancelled = !out.ok && cancel && cancel->load();
    return out;
}

CaseFileJobResult CaseFileJob::exportCase(const WorkspaceAccess &access, qint64 caseId, const CaseExportOptions &options,
                                          const Progress &progress, std::atomic_bool *cancel)
{
    CaseFileJobResult out;
    auto workspace = access.open(&out.error);
    if (!workspace)
        return out;
    const auto written = CaseExporter(*workspace).exportCase(caseId, options, &out.error, hashProgress(progress, cancel), cancel);
    out.ok = written.has_value();
    out.cancelled = !out.ok && cancel && cancel->load();
    if (written)
        out.files = *written;
    return out;
}

CaseFileJobResult CaseFileJob::exportPartner(const WorkspaceAccess &access, qint64 caseId, const Recipient &recipient,
                                             const QString &justification, const QString &pdfPath)
{
    CaseFileJobResult out;
    auto workspace = access.open(&out.error);
    if (!workspace)
        return out;
    CaseStore store(*workspace);
    const auto info = store.get(caseId);
    if (!info) {
        out.error = QCoreApplication::translate("CaseFileJob", "case %1 is not in this workspace").arg(caseId);
        return out;
    }
    CaseSelection selection;
    selection.kind = info->kind;
    selection.subject = info->subject;
    selection.title = info->title;
    selection.persons = info->persons;
    selection.incidents = info->incidents;
    PartnerExport built;
    const auto written = CaseExporter(*workspace).exportPartner(selection, recipient, justification, pdfPath,
                                                                store.exhibits(caseId), &out.error, &built);
    out.ok = written.has_value();
    if (written)
        out.files = *written;
    out.withheld = int(built.withheld.size());
    out.released = int(built.released.size());
    return out;
}

} // namespace fc
