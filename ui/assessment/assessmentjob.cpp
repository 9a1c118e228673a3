#include "assessment/assessmentjob.h"

#include "assessment/assessmentregister.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "store/workspace.h"

#include <QFile>

namespace fc {

AssessmentJobResult AssessmentJob::run(const WorkspaceAccess &access, const AssessmentJobRequest &request,
                                       const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    AssessmentJobResult out;
    auto workspace = access.open(&out.error);
    if (!workspace)
        return out;
    AssessmentRegister reg(*workspace);
    const AssessmentOptions &o = request.options;
    out.assessmentId = reg.draft(o.from, o.to, o.title, o.marking, &out.error);
    if (!out.assessmentId)
        return out;
    const QMap<QString, QString> stored = reg.assessment(out.assessmentId)->sections;
    for (const auto &section : AssessmentBuilder::sections()) {
        const QString text = o.analystText.value(section.first);
        if (text.trimmed() == stored.value(section.first).trimmed())
            continue;
        if (!reg.setSectionText(out.assessmentId, section.first, text, &out.error))
            return out;
    }
    const auto result = AssessmentBuilder::build(
        *workspace, o, &out.error,
        [&](int percent, const QString &) {
            if (progress)
                progress(0.85 * percent / 100.0);
        },
        cancel);
    if (!result) {
        out.cancelled = cancel && cancel->load();
        return out;
    }
    if (!PdfReportWriter::write(result->report, request.pdfPath, &out.error, &out.pages))
        return out;
    if (progress)
        progress(0.93);
    if (cancel && cancel->load()) {
        out.cancelled = true;
        return out;
    }
    if (!request.odtPath.isEmpty() && !OdtReportWriter::write(result->report, request.odtPath, &out.error))
        return out;
    // Each file written holds personal data outside the workspace: recorded, or not kept.
    for (const QString &file : {request.pdfPath, request.odtPath}) {
        if (!file.isEmpty() && !reg.recordDraftFile(out.assessmentId, file, &out.error)) {
            QFile::remove(request.pdfPath);
            if (!request.odtPath.isEmpty())
                QFile::remove(request.odtPath);
            return out;
        }
    }
    out.sha256 = AssessmentRegister::fileSha256(request.pdfPath);
    out.ok = true;
    if (progress)
        progress(1.0);
    return out;
}

} // namespace fc
