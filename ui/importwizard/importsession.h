#pragma once

#include "ingest/importer.h"
#include "ingest/tablereader.h"
#include "store/workspaceaccess.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <memory>

namespace fc {

class ImportSummaryModel;
class PreviewModel;
class RejectTableModel;
class SpecMappingModel;

/**
 * Everything the import wizard knows, without widgets: the files, the reader options, the
 * preview, the column mapping, the validation (a dry run) and the import itself (a worker with
 * progress and Cancel), and the report. The wizard's pages are views onto it, and tests drive it
 * directly ("import through the wizard's model").
 */
class ImportSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Validating, Validated, Importing, Imported };

    /** Imports into the workspace that access opens (the wizard's worker opens its own connection). */
    explicit ImportSession(const WorkspaceAccess &access, QObject *parent = nullptr);
    ~ImportSession() override;

    QString workspacePath() const { return m_access.path(); }
    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }

    ReaderOptions readerOptions() const { return m_options; }
    void setReaderOptions(const ReaderOptions &options);
    /** Reads the first rows of a file with the current options; false + preview()->errorString(). */
    bool loadPreview(int fileIndex = 0, int maxRows = 100);
    /** Starts the mapping from SpecTemplate's suggestions for the previewed file's header. */
    void suggestMapping();
    /** Checks the spec and that each file has the columns it reads; *error names what and where. */
    bool checkSpec(QString *error) const;

    /** Dry run over every row (worker); validationFinished() when done. */
    void startValidation();
    /** Real import (worker); importFinished() when done. */
    void startImport();
    void cancel();
    void waitForFinished();
    State state() const { return m_state; }
    bool isRunning() const { return m_watcher.isRunning(); }
    /** Rows the dry run would accept / reject, over all files. */
    qint64 validAccepted() const { return m_validAccepted; }
    qint64 validRejected() const { return m_validRejected; }
    bool importedAny() const;

    PreviewModel *preview() const { return m_preview; }
    SpecMappingModel *mapping() const { return m_mapping; }
    RejectTableModel *validationErrors() const { return m_validation; }
    ImportSummaryModel *summary() const { return m_summary; }
    RejectTableModel *rejects() const { return m_rejects; }

signals:
    void progressChanged(int permille, const QString &text);
    void validationFinished(bool ok);
    void importFinished(bool ok);

private:
    void start(bool dryRun);
    void onFinished();
    void onProgress(int file, double fraction, qint64 rows);

    WorkspaceAccess m_access;
    QStringList m_files;
    ReaderOptions m_options;
    State m_state = State::Idle;
    bool m_dryRun = false;
    qint64 m_validAccepted = 0;
    qint64 m_validRejected = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<ImportReport>> m_watcher;
    PreviewModel *m_preview;
    SpecMappingModel *m_mapping;
    RejectTableModel *m_validation;
    ImportSummaryModel *m_summary;
    RejectTableModel *m_rejects;
};

} // namespace fc
