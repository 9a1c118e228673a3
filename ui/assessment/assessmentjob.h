#pragma once

#include "assessment/assessmentbuilder.h"
#include "store/workspaceaccess.h"

#include <atomic>
#include <functional>

namespace fc {

/** What the workstation asks of an assessment run. */
struct AssessmentJobRequest
{
    AssessmentOptions options;
    QString pdfPath;
    QString odtPath; // empty: no ODT
};

/** What an assessment run returned. */
struct AssessmentJobResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 assessmentId = 0;
    int pages = 0;
    QString sha256;
};

/**
 * Runs the six-monthly assessment for the workstation in a worker thread, on a connection of its
 * own: saves the analyst's section texts with the period's draft (only those that changed, each an
 * alteration in the audit trail), builds the assessment and writes the PDF (and ODT), with progress
 * and cancel between its steps. Publishing stays a deliberate step (fusioncell-cli assess --recipient).
 */
class AssessmentJob
{
public:
    static AssessmentJobResult run(const WorkspaceAccess &access, const AssessmentJobRequest &request,
                                   const std::function<void(double)> &progress, const std::atomic_bool *cancel);
};

} // namespace fc
