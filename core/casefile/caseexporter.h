#pragma once

#include "casefile/casefile.h"
#include "casefile/caseselection.h"
#include "casefile/exhibithasher.h"
#include "casefile/partnerexport.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/** A file an export wrote, as recorded in the audit trail. */
struct ExportedFile
{
    QString path;
    qint64 size = 0;
    QString sha256;
};

/** Where a case file goes, to whom and why. */
struct CaseExportOptions
{
    QString pdfPath;       // required
    QString odtPath;       // optional
    QString recipient;     // who receives it
    QString justification; // why
};

/**
 * Exports a case file or a partner export, as a disclosure. A case file export first hashes every
 * exhibit again (in parallel, with progress and cancel): a file changed or missing since it was
 * attached stops the export with an error naming it, and nothing is written. Then the case file
 * (and, apart, its sensitive material schedule) is written to PDF and ODT through core/report,
 * each file is hashed, and each is recorded in the audit trail as a disclosure with the recipient,
 * justification and SHA-256; if that cannot be recorded the files are removed. A partner export
 * writes the recipient's PDF and, beside it, the withheld manifest (JSON) the sender keeps.
 */
class CaseExporter
{
    Q_DECLARE_TR_FUNCTIONS(CaseExporter)

public:
    explicit CaseExporter(Workspace &workspace);

    std::optional<QList<ExportedFile>> exportCase(qint64 caseId, const CaseExportOptions &options, QString *error,
                                                  const ExhibitHasher::Progress &progress = {},
                                                  std::atomic_bool *cancel = nullptr);

    std::optional<QList<ExportedFile>> exportPartner(const CaseSelection &selection, const Recipient &recipient,
                                                     const QString &justification, const QString &pdfPath,
                                                     const QList<Exhibit> &exhibits, QString *error,
                                                     PartnerExport *built = nullptr);

    /** nullopt if every exhibit still has the SHA-256 it was attached with, else the error naming each that has not. */
    static std::optional<QString> verifyExhibits(const QList<Exhibit> &exhibits, const ExhibitHasher::Progress &progress = {},
                                                 std::atomic_bool *cancel = nullptr);
    /** "case.pdf" -> "case-mg6d.pdf": the sensitive schedule written beside the case file. */
    static QString sensitivePath(const QString &path);
    /** "alert.pdf" -> "alert-withheld.json" */
    static QString manifestPath(const QString &pdfPath);
    static QString sha256Of(const QString &path);

private:
    bool record(const QString &objectType, const QString &objectId, const QString &what, const QList<ExportedFile> &files,
                const QString &recipient, const QString &justification, QString *error);

    Workspace &m_workspace;
};

} // namespace fc
