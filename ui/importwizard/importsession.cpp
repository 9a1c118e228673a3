#include "importwizard/importsession.h"

#include "importwizard/importjob.h"
#include "importwizard/importsummarymodel.h"
#include "importwizard/previewmodel.h"
#include "importwizard/rejecttablemodel.h"
#include "importwizard/specmappingmodel.h"
#include "ingest/importspec.h"
#include "ingest/spectemplate.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace fc {

ImportSession::ImportSession(const WorkspaceAccess &access, QObject *parent)
    : QObject(parent)
    , m_access(access)
    , m_preview(new PreviewModel(this))
    , m_mapping(new SpecMappingModel(this))
    , m_validation(new RejectTableModel(this))
    , m_summary(new ImportSummaryModel(this))
    , m_rejects(new RejectTableModel(this))
{
    connect(&m_watcher, &QFutureWatcher<QList<ImportReport>>::finished, this, &ImportSession::onFinished);
    // Any change of the mapping makes an earlier validation stale.
    connect(m_mapping, &SpecMappingModel::specChanged, this, [this] {
        if (m_state == State::Validated)
            m_state = State::Idle;
    });
}

ImportSession::~ImportSession()
{
    cancel();
    m_watcher.waitForFinished();
}

void ImportSession::setFiles(const QStringList &files)
{
    m_files = files;
    m_state = State::Idle;
}

void ImportSession::setReaderOptions(const ReaderOptions &options)
{
    m_options = options;
    // The spec reads files the way the preview does.
    m_mapping->setFormatValue(QStringLiteral("encoding"), options.encoding);
    m_mapping->setFormatValue(QStringLiteral("delimiter"), options.delimiter == QLatin1String("\t") ? QStringLiteral("tab") : options.delimiter);
    m_mapping->setFormatValue(QStringLiteral("header_row"), options.headerRow);
}

bool ImportSession::loadPreview(int fileIndex, int maxRows)
{
    if (fileIndex < 0 || fileIndex >= m_files.size()) {
        m_preview->clear();
        return false;
    }
    return m_preview->load(m_files.at(fileIndex), m_options, maxRows);
}

void ImportSession::suggestMapping()
{
    ReaderOptions detected = m_options;
    if (m_options.encoding == QLatin1String("auto") && !m_preview->encoding().startsWith(QLatin1String("utf-8")))
        detected.encoding = m_preview->encoding();
    if (m_options.delimiter == QLatin1String("auto") && !m_preview->delimiter().isEmpty())
        detected.delimiter = m_preview->delimiter() == QLatin1String("\t") ? QStringLiteral("tab") : m_preview->delimiter();
    const QString name = m_files.isEmpty() ? tr("New import") : tr("%1 export").arg(QFileInfo(m_files.first()).completeBaseName());
    const QJsonObject spec = SpecTemplate::fromHeader(name, m_preview->headers(), m_preview->sampleRows(), detected);
    m_mapping->setSpec(spec, m_preview->headers(), m_preview->sampleRows());
}

bool ImportSession::checkSpec(QString *error) const
{
    const auto spec = ImportSpec::fromJson(m_mapping->specJson(), error);
    if (!spec)
        return false;
    for (const QString &file : m_files) {
        auto reader = TableReader::open(file, spec->reader, error);
        if (!reader || !spec->fitsHeader(reader->headers(), QFileInfo(file).fileName(), error))
            return false;
    }
    return true;
}

void ImportSession::startValidation()
{
    start(true);
}

void ImportSession::startImport()
{
    start(false);
}

void ImportSession::start(bool dryRun)
{
    if (m_watcher.isRunning())
        return;
    m_dryRun = dryRun;
    if (dryRun) {
        m_validation->clear();
        m_validAccepted = m_validRejected = 0;
        QString error;
        if (!checkSpec(&error)) {
            m_validation->addFileError(QString(), error);
            m_state = State::Idle;
            emit validationFinished(false);
            return;
        }
    } else {
        m_summary->setReports({});
        m_rejects->clear();
    }
    m_state = dryRun ? State::Validating : State::Importing;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QByteArray specJson = m_mapping->specJson();
    const QStringList files = m_files;
    const WorkspaceAccess access = m_access;
    const auto cancelFlag = m_cancel;
    QPointer<ImportSession> self(this);
    // The worker reports; the GUI thread shows.
    ImportJob::Progress progress = [self](int file, double fraction, qint64 rows) {
        QMetaObject::invokeMethod(qApp, [self, file, fraction, rows] {
            if (self)
                self->onProgress(file, fraction, rows);
        }, Qt::QueuedConnection);
    };
    emit progressChanged(0, dryRun ? tr("Checking rows…") : tr("Importing…"));
    m_watcher.setFuture(QtConcurrent::run([dryRun, specJson, files, access, cancelFlag, progress] {
        return dryRun ? ImportJob::dryRun(specJson, files, progress, cancelFlag.get())
                      : ImportJob::run(access, specJson, files, progress, cancelFlag.get());
    }));
}

void ImportSession::onProgress(int file, double fraction, qint64 rows)
{
    if (!m_watcher.isRunning() || m_files.isEmpty())
        return;
    const double overall = (file + std::clamp(fraction, 0.0, 1.0)) / double(m_files.size());
    emit progressChanged(int(overall * 1000),
                         tr("%1: %n row(s) read", nullptr, int(rows)).arg(QFileInfo(m_files.value(file)).fileName()));
}

void ImportSession::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportSession::waitForFinished()
{
    m_watcher.waitForFinished();
}

void ImportSession::onFinished()
{
    const QList<ImportReport> reports = m_watcher.result();
    bool ok = !reports.isEmpty();
    for (const ImportReport &r : reports)
        ok = ok && r.ok();
    if (m_dryRun) {
        for (const ImportReport &r : reports) {
            m_validAccepted += r.rowsAccepted;
            m_validRejected += r.rowsRejected;
            if (!r.ok())
                m_validation->addFileError(r.fileName, r.message);
            m_validation->add(r.fileName, r.rejects);
        }
        m_state = ok ? State::Validated : State::Idle;
        emit progressChanged(1000, ok ? tr("Checked") : tr("Check failed"));
        emit validationFinished(ok);
        return;
    }
    m_summary->setReports(reports);
    for (const ImportReport &r : reports)
        m_rejects->add(r.fileName, r.rejects);
    m_state = State::Imported;
    emit progressChanged(1000, ok ? tr("Imported") : tr("Finished with errors"));
    emit importFinished(ok);
}

bool ImportSession::importedAny() const
{
    for (const ImportReport &r : m_summary->reports())
        if (r.status == ImportReport::Status::Imported)
            return true;
    return false;
}

} // namespace fc
