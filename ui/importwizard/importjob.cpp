#include "importwizard/importjob.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

namespace fc {

static QList<ImportReport> failAll(const QStringList &files, const QString &message)
{
    QList<ImportReport> reports;
    for (const QString &file : files) {
        ImportReport r;
        r.status = ImportReport::Status::Failed;
        r.fileName = QFileInfo(file).fileName();
        r.message = message;
        reports << r;
    }
    return reports;
}

QList<ImportReport> ImportJob::run(const WorkspaceAccess &access, const QByteArray &specJson, const QStringList &files,
                                   const Progress &progress, const std::atomic_bool *cancel)
{
    QString error;
    const auto spec = ImportSpec::fromJson(specJson, &error);
    if (!spec)
        return failAll(files, error);
    auto workspace = access.open(&error);
    if (!workspace)
        return failAll(files, error);
    Importer importer(*workspace, *spec);
    QList<ImportReport> reports;
    for (int i = 0; i < files.size(); ++i) {
        ImportOptions options;
        options.userName = workspace->userName();
        options.cancel = cancel;
        if (progress)
            options.progress = [&progress, i](double fraction, qint64 rows) { progress(i, fraction, rows); };
        if (cancel && cancel->load()) {
            ImportReport r;
            r.status = ImportReport::Status::Cancelled;
            r.fileName = QFileInfo(files.at(i)).fileName();
            r.message = QCoreApplication::translate("fc::ImportJob", "Not imported: the import was cancelled.");
            reports << r;
            continue;
        }
        reports << importer.importFile(files.at(i), options);
    }
    return reports;
}

QList<ImportReport> ImportJob::dryRun(const QByteArray &specJson, const QStringList &files, const Progress &progress,
                                      const std::atomic_bool *cancel)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return failAll(files, QCoreApplication::translate("fc::ImportJob", "Cannot create a temporary folder to check the files: %1")
                                  .arg(dir.errorString()));
    return run(WorkspaceAccess(dir.filePath(QStringLiteral("dryrun.fcdb"))), specJson, files, progress, cancel);
}

} // namespace fc
