#include "ingest/importer.h"

#include "ingest/importwriter.h"
#include "ingest/rowvalidator.h"
#include "ingest/sha256.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace fc {

namespace {

/** Rows read and validated together, with how far into the file the reader was. */
struct RowBatch
{
    QList<ValidatedRow> rows;
    double progress = 0;
};

/**
 * Reads and validates rows on a thread of its own while the importing thread writes them: the
 * parsing and checking of one row costs about what writing it does, and there are two cores.
 * Batches go through a short queue, so memory stays bounded whatever the file's size.
 */
class ValidatingReader
{
public:
    ValidatingReader(TableReader &reader, RowValidator &validator) : m_reader(reader), m_validator(validator)
    {
        m_thread = std::thread([this] {
            pthread_setname_np(pthread_self(), "fc-validate"); // shows in profilers and debuggers
            run();
        });
    }
    ~ValidatingReader()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }

    /** Seconds the writing thread waited for rows, and the checking thread for room in the queue. */
    double writerWaiting() const { return m_writerWaiting; }
    double validatorWaiting() const { return m_validatorWaiting; }

    /** The next batch; false at the end of the file (or after a read error: see the reader). */
    bool next(RowBatch *batch)
    {
        std::unique_lock lock(m_mutex);
        if (m_queue.empty() && !m_finished) {
            QElapsedTimer waited;
            waited.start();
            m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
            m_writerWaiting += waited.nsecsElapsed() / 1e9;
        }
        if (m_queue.empty())
            return false;
        if (!batch->rows.isEmpty())
            m_spent.push_back(std::move(*batch)); // freed on the thread that allocated it
        *batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

private:
    static constexpr int kBatchRows = 256;
    static constexpr size_t kMaxBatches = 8;

    void run()
    {
        SourceRow row;
        bool more = true;
        while (more) {
            RowBatch batch;
            batch.rows.reserve(kBatchRows);
            while (batch.rows.size() < kBatchRows && (more = m_reader.next(&row))) {
                batch.rows.emplace_back();
                m_validator.validate(std::move(row), &batch.rows.back());
            }
            batch.progress = m_reader.progress();
            std::unique_lock lock(m_mutex);
            if (m_queue.size() >= kMaxBatches && !m_stop) {
                QElapsedTimer waited;
                waited.start();
                m_changed.wait(lock, [this] { return m_queue.size() < kMaxBatches || m_stop; });
                m_validatorWaiting += waited.nsecsElapsed() / 1e9;
            }
            if (m_stop)
                break;
            if (!batch.rows.isEmpty())
                m_queue.push_back(std::move(batch));
            std::deque<RowBatch> spent;
            spent.swap(m_spent);
            lock.unlock();
            m_changed.notify_all();
            spent.clear(); // memory goes back to this thread's arena, without a lock against the writer
        }
        {
            std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_changed.notify_all();
    }

    TableReader &m_reader;
    RowValidator &m_validator;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<RowBatch> m_queue;
    std::deque<RowBatch> m_spent; // written batches, handed back to be freed here
    bool m_finished = false;
    bool m_stop = false;
    double m_writerWaiting = 0;    // under m_mutex, read after the thread has finished
    double m_validatorWaiting = 0; // under m_mutex
    std::thread m_thread;
};

} // namespace

namespace {

/*
 * The spec as the import applied it, as recorded with the import: for a workbook, format.sheet
 * names the sheet actually read (the first one when the spec named none), which is where the
 * provenance of its records finds the sheet; for any other file the spec names no sheet.
 */
QJsonObject storedSpec(QJsonObject spec, const QString &sheet)
{
    QJsonObject format = spec.value(QLatin1String("format")).toObject();
    if (sheet.isEmpty() && !format.contains(QLatin1String("sheet")))
        return spec;
    if (sheet.isEmpty())
        format.remove(QLatin1String("sheet"));
    else
        format.insert(QLatin1String("sheet"), sheet);
    spec.insert(QLatin1String("format"), format);
    return spec;
}

} // namespace

Importer::Importer(Workspace &workspace, const ImportSpec &spec) : m_workspace(workspace), m_spec(spec) {}

Importer::~Importer() = default;

QString Importer::sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return QString();
    }
    Sha256 hash;
    if (!hash.isValid()) {
        if (error)
            *error = tr("cannot hash %1: SHA-256 is not available").arg(path);
        return QString();
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0) {
            if (error)
                *error = tr("cannot read %1: %2").arg(path, file.errorString());
            return QString();
        }
        if (n == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), n));
    }
    return hash.hex();
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    const QFileInfo info(path);
    report.fileName = info.fileName();
    QString error;
    QElapsedTimer timer;
    timer.start();
    report.sha256 = sha256OfFile(path, &error);
    report.timings.hashing = timer.nsecsElapsed() / 1e9;
    if (report.sha256.isEmpty()) {
        report.message = error;
        return report;
    }
    timer.restart();
    auto reader = TableReader::open(path, m_spec.reader, &error);
    report.timings.opening = timer.nsecsElapsed() / 1e9;
    if (!reader) {
        report.message = error;
        return report;
    }
    report.encoding = reader->encoding();
    report.delimiter = reader->delimiter();
    report.sheet = reader->sheetName();
    // The same file again is nothing to do; another sheet of a workbook already imported is a new import.
    if (const auto previous = m_workspace.importBySha256(report.sha256, report.sheet)) {
        report.status = ImportReport::Status::AlreadyImported;
        report.importId = previous->id;
        report.message = report.sheet.isEmpty()
            ? tr("%1 was already imported (import #%2 on %3, same SHA-256): nothing to do")
                  .arg(report.fileName, QString::number(previous->id), previous->startedAt)
            : tr("sheet \"%1\" of %2 was already imported (import #%3 on %4, same SHA-256): nothing to do")
                  .arg(report.sheet, report.fileName, QString::number(previous->id), previous->startedAt);
        return report;
    }
    if (!m_spec.fitsHeader(reader->headers(), report.fileName, &error)) {
        report.message = error;
        return report;
    }

    Database &db = m_workspace.database();
    if (db.isReadOnly()) {
        report.message = tr("cannot import %1: %2").arg(report.fileName, db.readOnlyError());
        return report;
    }
    // The importer writes only ids it has just read or created, inside one transaction; checking
    // every foreign key on every insert would double the cost of a bulk import. The pragma cannot
    // change inside a transaction, so it is switched around it.
    struct ForeignKeysOff
    {
        Database &db;
        explicit ForeignKeysOff(Database &d) : db(d) { db.exec(QStringLiteral("PRAGMA foreign_keys=OFF")); }
        ~ForeignKeysOff() { db.exec(QStringLiteral("PRAGMA foreign_keys=ON")); }
    } foreignKeysOff(db);
    Transaction tx(db);
    if (!tx.isActive()) {
        report.message = tr("cannot start the import of %1: %2").arg(report.fileName, db.lastError());
        return report;
    }
    qint64 importId = 0;
    {
        Statement st = db.prepare(QStringLiteral("INSERT INTO imports(file_name, file_path, file_size, "
                                                 "sha256, spec_name, spec_json, organisation, "
                                                 "organisation_kind, user_name, started_at, encoding, "
                                                 "delimiter) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
        st.bind(1, report.fileName)
            .bind(2, info.absoluteFilePath())
            .bind(3, info.size())
            .bind(4, report.sha256)
            .bind(5, m_spec.name)
            .bind(6, QString::fromUtf8(QJsonDocument(storedSpec(m_spec.json, report.sheet))
                                           .toJson(QJsonDocument::Compact)))
            .bind(7, m_spec.organisation)
            .bind(8, m_spec.organisationKind)
            .bind(9, options.userName)
            .bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
            .bind(11, report.encoding)
            .bind(12, report.delimiter);
        if (!st.exec()) {
            report.message = tr("import of %1 failed: %2").arg(report.fileName, db.lastError());
            return report;
        }
        importId = db.lastInsertRowId();
    }
    ImportWriter writer(m_workspace, m_spec, report);
    if (!writer.begin(importId))
        return report;

    RowValidator validator(m_spec, reader->headers());
    qint64 count = 0;
    timer.restart();
    {
        ValidatingReader rows(*reader, validator);
        RowBatch batch;
        while (rows.next(&batch)) {
            for (ValidatedRow &row : batch.rows) {
                if (options.cancel && options.cancel->load()) {
                    report.status = ImportReport::Status::Cancelled;
                    report.message = tr("import of %1 cancelled at row %2: nothing was imported")
                                         .arg(report.fileName, QString::number(row.row.rowNumber));
                    return report; // the transaction rolls back
                }
                if (options.failAfterRows >= 0 && count >= options.failAfterRows) {
                    report.status = ImportReport::Status::Failed;
                    report.message = tr("import of %1 failed at row %2: injected failure")
                                         .arg(report.fileName, QString::number(row.row.rowNumber));
                    return report;
                }
                ++report.rowsRead;
                if (!writer.write(row))
                    return report;
                ++count;
                if (options.progress && (count % 2000) == 0)
                    options.progress(batch.progress, count);
            }
        }
        report.timings.writerWaiting = rows.writerWaiting();
        report.timings.validatorWaiting = rows.validatorWaiting();

    } // the reading thread has finished: the reader is ours again
    if (!reader->errorString().isEmpty()) {
        report.status = ImportReport::Status::Failed;
        report.message =
            tr("import of %1 failed, nothing was imported: %2").arg(report.fileName, reader->errorString());
        return report;
    }
    // The file is read a piece at a time while the import runs: what was read must be the file
    // whose SHA-256 the import records (and that a re-import is recognised by).
    if (reader->sha256() != report.sha256) {
        report.status = ImportReport::Status::Failed;
        report.message = tr("import of %1 failed, nothing was imported: the file changed while it was being "
                            "read (its SHA-256 is no longer the one taken at the start): import it again")
                             .arg(report.fileName);
        return report;
    }
    report.timings.rows = timer.nsecsElapsed() / 1e9;
    report.notes = reader->notes();
    if (!writer.finish(options.userName.isEmpty() ? m_workspace.userName() : options.userName))
        return report;
    timer.restart();
    const bool committed = tx.commit();
    report.timings.committing = timer.nsecsElapsed() / 1e9;
    if (!committed) {
        report.status = ImportReport::Status::Failed;
        report.message =
            tr("import of %1 failed, nothing was imported: %2").arg(report.fileName, db.lastError());
        return report;
    }
    if (options.progress)
        options.progress(1.0, count);
    report.status = ImportReport::Status::Imported;
    report.importId = importId;
    report.message =
        tr("%1: %2 rows read, %3 imported, %4 rejected%5%6")
            .arg(report.fileName, QString::number(report.rowsRead), QString::number(report.rowsAccepted),
                 QString::number(report.rowsRejected),
                 report.recordsUpdated ? tr(", %1 records updated").arg(report.recordsUpdated) : QString(),
                 report.valuesUnparsed ? tr(", %1 values kept unread (on_bad_value: keep_row)").arg(report.valuesUnparsed)
                                       : QString());
    return report;
}

} // namespace fc
