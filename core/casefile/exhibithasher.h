#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>

namespace fc {

/** The SHA-256 of one exhibit file as read now, or why it could not be read. */
struct FileHash
{
    QString path;
    qint64 size = 0;
    QString sha256; // lower-case hex; empty on error
    QString error;  // "missing", or the read error
    bool ok() const { return error.isEmpty() && !sha256.isEmpty(); }
};

/**
 * Hashes exhibit files with SHA-256 (OpenSSL), streamed 4 MiB at a time so that a large CCTV clip
 * is never held in memory, several files at once with QtConcurrent on the global thread pool. The
 * calling thread waits, reporting progress (bytes done of bytes in all) every 100 ms; the progress
 * function returns false, or the cancel flag is set, to stop: the files not finished are then
 * reported as cancelled.
 */
class ExhibitHasher
{
    Q_DECLARE_TR_FUNCTIONS(ExhibitHasher)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static QList<FileHash> hash(const QStringList &paths, const Progress &progress = {},
                                std::atomic_bool *cancel = nullptr);
    /** One file, on the calling thread. */
    static FileHash hashFile(const QString &path, std::atomic<qint64> *done = nullptr,
                             const std::atomic_bool *cancel = nullptr);
};

} // namespace fc
