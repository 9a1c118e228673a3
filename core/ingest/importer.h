#pragma once

#include "ingest/importspec.h"
#include "store/workspacetypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace fc {

class Workspace;

/** Settings for one import run. */
struct ImportOptions
{
    QString userName;                                           // who imports (recorded with the import)
    std::function<void(double fraction, qint64 rows)> progress; // called from the importing thread
    const std::atomic_bool *cancel = nullptr;                   // set to stop; the import then rolls back
    qint64 failAfterRows = -1;                                  // test hook: fail after this many rows
};

/** What an import did, for the CLI, the wizard and the tests. */
struct ImportReport
{
    enum class Status { Imported, AlreadyImported, Failed, Cancelled };
    Status status = Status::Failed;
    QString message; // one line: what happened, or why it failed (file, row, column, expected)
    qint64 importId = 0;
    QString fileName;
    QString sha256;
    QString encoding;
    QString delimiter;
    QString sheet;       // the sheet read, for a workbook
    QStringList notes;   // how the file was read, worth knowing (TableReader::notes())
    qint64 rowsRead = 0;
    qint64 rowsAccepted = 0;
    qint64 rowsRejected = 0;
    qint64 recordsUpdated = 0;
    qint64 entitiesCreated = 0;
    qint64 linksCreated = 0;
    QList<RejectInfo> rejects; // every rejected row, in file order
    qint64 valuesUnparsed = 0;       // values kept unread on imported rows ("on_bad_value": "keep_row")
    QList<UnparsedInfo> unparsed;    // each of them, in file order

    /** Where the time went, in seconds (for the benchmark and the curious). */
    struct Timings
    {
        double hashing = 0; // SHA-256 of the file
        double opening = 0; // reading and decoding the file for the readers
        double rows = 0;    // reading, checking and writing the rows (two threads)
        double writerWaiting = 0;    // of which the writing thread waited for checked rows
        double validatorWaiting = 0; // and the checking thread waited for the writer
        double keys = 0;    // the resolution keys, sorted
        double indexes = 0; // secondary indexes built after a first load
        double search = 0;  // search entries rebuilt for entities mentioned before
        double committing = 0;
    } timings;

    bool ok() const { return status == Status::Imported || status == Status::AlreadyImported; }
};

/**
 * Imports one file into a workspace under an import spec, as one transaction: any failure (I/O,
 * disk full, cancel) rolls back and leaves the workspace as it was. Rows that fail validation are
 * rejected one by one, kept verbatim with their reason, and the rest is imported. Entities are
 * resolved deterministically (same VRM, same key within an organisation, same name and DOB).
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    Importer(Workspace &workspace, const ImportSpec &spec);
    ~Importer();

    ImportReport importFile(const QString &path, const ImportOptions &options = {});

    /** SHA-256 of a file in hex, or an empty string if it cannot be read. */
    static QString sha256OfFile(const QString &path, QString *error = nullptr);

private:
    class Run;
    Workspace &m_workspace;
    const ImportSpec &m_spec;
};

} // namespace fc
