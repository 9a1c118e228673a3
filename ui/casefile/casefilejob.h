#pragma once

#include "casefile/caseexporter.h"
#include "casefile/casestore.h"
#include "store/workspaceaccess.h"

#include <atomic>
#include <functional>

namespace fc {

/** What a case file job (attach, export, partner export) returned. */
struct CaseFileJobResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QList<ExportedFile> files;
    int withheld = 0; // partner export: records and exhibits withheld (the manifest's size)
    int released = 0;
};

/**
 * The case file work the workstation runs in a worker thread, each on a connection of its own:
 * attaching exhibits (hashed in parallel by CaseStore), exporting a case file (every exhibit hashed
 * again first: a changed or missing file stops it, named) and a partner export. Progress is the
 * fraction of bytes hashed; the cancel flag stops the hashing and nothing is written.
 */
class CaseFileJob
{
public:
    using Progress = std::function<void(double)>;

    static CaseFileJobResult attach(const WorkspaceAccess &access, qint64 caseId, const QList<ExhibitRequest> &files,
                                    const Progress &progress, std::atomic_bool *cancel);
    static CaseFileJobResult exportCase(const WorkspaceAccess &access, qint64 caseId, const CaseExportOptions &options,
                                        const Progress &progress, std::atomic_bool *cancel);
    static CaseFileJobResult exportPartner(const WorkspaceAccess &access, qint64 caseId, const Recipient &recipient,
                                           const QString &justification, const QString &pdfPath);
};

} // namespace fc
