#pragma once

#include "ingest/importer.h"
#include "store/workspaceaccess.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <atomic>
#include <functional>

namespace fc {

/**
 * Imports files under one spec, meant to run in a worker thread: it opens its own connection to
 * the workspace (one SQLite connection per thread; an encrypted one with the session's
 * passphrase, the imports recorded under the session's user) and runs the Importer file by file with
 * progress and cancel. A dry run imports into a throw-away workspace instead, which checks every
 * row with exactly the importer's own parsers and gives the per-row errors without touching the
 * analyst's workspace.
 */
class ImportJob
{
public:
    /** progress(file index, fraction of that file, rows so far) is called from the worker. */
    using Progress = std::function<void(int file, double fraction, qint64 rows)>;

    static QList<ImportReport> run(const WorkspaceAccess &access, const QByteArray &specJson, const QStringList &files,
                                   const Progress &progress, const std::atomic_bool *cancel);
    static QList<ImportReport> dryRun(const QByteArray &specJson, const QStringList &files, const Progress &progress,
                                      const std::atomic_bool *cancel);
};

} // namespace fc
