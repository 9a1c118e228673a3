#include "casefile/exhibithasher.h"

#include "ingest/sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <vector>

namespace fc {

FileHash ExhibitHasher::hashFile(const QString &path, std::atomic<qint64> *done, const std::atomic_bool *cancel)
{
    FileHash h;
    h.path = path;
    QFile f(path);
    if (!QFileInfo::exists(path)) {
        h.error = tr("missing");
        return h;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        h.error = tr("cannot be read: %1").arg(f.errorString());
        return h;
    }
    Sha256 sha;
    if (!sha.isValid()) {
        h.error = tr("SHA-256 is not available (OpenSSL)");
        return h;
    }
    constexpr qint64 kChunk = 4 << 20;
    QByteArray buffer(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            h.error = tr("cancelled");
            return h;
        }
        const qint64 n = f.read(buffer.data(), kChunk);
        if (n < 0) {
            h.error = tr("cannot be read: %1").arg(f.errorString());
            return h;
        }
        if (n == 0)
            break;
        sha.add(QByteArrayView(buffer.constData(), n));
        h.size += n;
        if (done)
            done->fetch_add(n);
    }
    h.sha256 = sha.hex();
    return h;
}

QList<FileHash> ExhibitHasher::hash(const QStringList &paths, const Progress &progress, std::atomic_bool *cancel)
{
    std::atomic_bool localCancel{false};
    std::atomic_bool *stop = cancel ? cancel : &localCancel;
    qint64 total = 0;
    for (const QString &p : paths)
        total += QFileInfo(p).size();
    std::atomic<qint64> done{0};
    std::vector<FileHash> results(paths.size());
    std::vector<int> indices(paths.size());
    for (int i = 0; i < paths.size(); ++i)
        indices[i] = i;
    if (progress && !progress(0, total))
        stop->store(true);
    QFuture<void> future = QtConcurrent::map(indices, [&](int i) {
        results[i] = hashFile(paths.at(i), &done, stop);
        Sha256::releaseThreadState();
    });
    while (!future.isFinished()) {
        if (progress && !progress(done.load(), total))
            stop->store(true);
        QThread::msleep(20);
    }
    future.waitForFinished();
    if (progress)
        progress(done.load(), total);
    return QList<FileHash>(results.begin(), results.end());
}

} // namespace fc
