#include "casefile/caseexporter.h"

#include "casefile/casedocument.h"
#include "casefile/casefilebuilder.h"
#include "casefile/casestore.h"
#include "casefile/partnerexportbuilder.h"
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace fc {

CaseExporter::CaseExporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString CaseExporter::sensitivePath(const QString &path)
{
    const QFileInfo fi(path);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-mg6d.") + fi.suffix());
}

QString CaseExporter::manifestPath(const QString &pdfPath)
{
    const QFileInfo fi(pdfPath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral("-withheld.json"));
}

QString CaseExporter::sha256Of(const QString &path)
{
    const FileHash h = ExhibitHasher::hashFile(path);
    return h.sha256;
}

std::optional<QString> CaseExporter::verifyExhibits(const QList<Exhibit> &exhibits, const ExhibitHasher::Progress &progress,
                                                    std::atomic_bool *cancel)
{
    QStringList paths;
    for (const Exhibit &e : exhibits)
        paths << e.filePath;
    const QList<FileHash> now = ExhibitHasher::hash(paths, progress, cancel);
    QStringList problems;
    for (int i = 0; i < exhibits.size(); ++i) {
        const Exhibit &e = exhibits.at(i);
        const FileHash &h = now.at(i);
        if (!h.ok())
            problems << tr("exhibit %1 (%2): %3").arg(e.reference, QDir::toNativeSeparators(e.filePath), h.error);
        else if (h.sha256 != e.sha256)
            problems << tr("exhibit %1 (%2) has changed since it was attached: SHA-256 was %3, is now %4")
                            .arg(e.reference, QDir::toNativeSeparators(e.filePath), e.sha256, h.sha256);
    }
    if (problems.isEmpty())
        return std::nullopt;
    return tr("export stopped: %1").arg(problems.join(QStringLiteral("; ")));
}

bool CaseExporter::record(const QString &objectType, const QString &objectId, const QString &what,
                          const QList<ExportedFile> &files, const QString &recipient, const QString &justification,
                          QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    bool ok = tx.isActive();
    for (const ExportedFile &f : files) {
        if (!ok)
            break;
        // The audit trail is a record, not a message: its wording is not translated.
        const QString detail = QStringLiteral("%1: %2, %3 bytes, sha256 %4")
                                   .arg(what, QFileInfo(f.path).fileName())
                                   .arg(f.size)
                                   .arg(f.sha256);
        ok = m_workspace.recordDisclosure(objectType, objectId, detail, recipient, justification);
    }
    ok = ok && tx.commit();
    if (!ok) {
        const QString why = db.lastError();
        for (const ExportedFile &f : files)
            QFile::remove(f.path);
        if (error)
            *error = tr("the export was not kept: its disclosure could not be recorded in the audit trail: %1").arg(why);
    }
    return ok;
}

std::optional<QList<ExportedFile>> CaseExporter::exportCase(qint64 caseId, const CaseExportOptions &options,
                                                            QString *error, const ExhibitHasher::Progress &progress,
                                                            std::atomic_bool *cancel)
{
    auto failWith = [&](const QString &message) -> std::optional<QList<ExportedFile>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (options.pdfPath.isEmpty())
        return failWith(tr("no PDF file to write"));
    if (options.recipient.trimmed().isEmpty() || options.justification.trimmed().isEmpty())
        return failWith(tr("a case file export is a disclosure: a recipient and a justification are required"));
    CaseStore store(m_workspace);
    if (!store.get(caseId))
        return failWith(tr("there is no case %1 in this workspace").arg(caseId));
    if (const auto problem = verifyExhibits(store.exhibits(caseId), progress, cancel))
        return failWith(*problem);
    QString why;
    const auto file = CaseFileBuilder(m_workspace).build(caseId, &why);
    if (!file)
        return failWith(why);
    const ReportDocument main = CaseDocument::caseFile(*file);
    const ReportDocument sensitive = CaseDocument::sensitiveSchedule(*file);
    QStringList written;
    auto cleanup = [&]() {
        for (const QString &p : written)
            QFile::remove(p);
    };
    struct Job { QString path; const ReportDocument *doc; bool pdf; };
    QList<Job> jobs{{options.pdfPath, &main, true}, {sensitivePath(options.pdfPath), &sensitive, true}};
    if (!options.odtPath.isEmpty())
        jobs << Job{options.odtPath, &main, false} << Job{sensitivePath(options.odtPath), &sensitive, false};
    QList<ExportedFile> files;
    for (const Job &job : jobs) {
        const bool ok = job.pdf ? PdfReportWriter::write(*job.doc, job.path, &why)
                                : OdtReportWriter::write(*job.doc, job.path, &why);
        if (!ok) {
            cleanup();
            return failWith(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(job.path), why));
        }
        written << job.path;
        files << ExportedFile{job.path, QFileInfo(job.path).size(), sha256Of(job.path)};
    }
    if (!record(QStringLiteral("casefile"), QString::number(caseId), QStringLiteral("case file"), files,
                options.recipient.trimmed(), options.justification.trimmed(), error))
        return std::nullopt;
    QStringList names;
    for (const ExportedFile &f : files)
        names << QStringLiteral("%1 (sha256 %2)").arg(QFileInfo(f.path).fileName(), f.sha256);
    store.logEvent(caseId, QStringLiteral("exported"),
                   QStringLiteral("to %1: %2").arg(options.recipient.trimmed(), names.join(QStringLiteral(", "))));
    return files;
}

std::optional<QList<ExportedFile>> CaseExporter::exportPartner(const CaseSelection &selection, const Recipient &recipient,
                                                               const QString &justification, const QString &pdfPath,
                                                               const QList<Exhibit> &exhibits, QString *error,
                                                               PartnerExport *built)
{
    auto failWith = [&](const QString &message) -> std::optional<QList<ExportedFile>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (justification.trimmed().isEmpty())
        return failWith(tr("a partner export is a disclosure: a justification is required"));
    if (const auto problem = verifyExhibits(exhibits))
        return failWith(*problem);
    QString why;
    const auto x = PartnerExportBuilder(m_workspace).build(selection, recipient, exhibits, &why);
    if (!x)
        return failWith(why);
    if (!PdfReportWriter::write(CaseDocument::partnerExport(*x), pdfPath, &why))
        return failWith(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(pdfPath), why));
    const QString manifest = manifestPath(pdfPath);
    QSaveFile out(manifest);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(QJsonDocument(x->manifestJson()).toJson(QJsonDocument::Indented)) < 0 || !out.commit()) {
        QFile::remove(pdfPath);
        return failWith(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(manifest), out.errorString()));
    }
    const QList<ExportedFile> files{{pdfPath, QFileInfo(pdfPath).size(), sha256Of(pdfPath)}};
    const QString to = QStringLiteral("%1 (%2)").arg(recipient.organisation.trimmed(), recipient.kind);
    const QString what = QStringLiteral("partner export (%1 record(s) released, %2 withheld; manifest %3)")
                             .arg(x->released.size())
                             .arg(x->withheld.size())
                             .arg(QFileInfo(manifest).fileName());
    if (!record(QStringLiteral("partner_export"), QStringLiteral("%1 %2").arg(selection.kind, selection.subject), what,
                files, to, justification.trimmed(), error)) {
        QFile::remove(manifest);
        return std::nullopt;
    }
    if (built)
        *built = *x;
    return files;
}

} // namespace fc
