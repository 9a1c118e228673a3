// Import and query times for a plain and an SQLCipher-encrypted copy of the same workspace, in the
// same run. Goal: encryption overhead under 25%. Usage: bench_encryption [incidents]

#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>

using namespace fc;

namespace {
struct Timing
{
    double import = 0;
    double query = 0;
};

Timing run(const QString &path, const QByteArray &key, const DemoOutput &demo)
{
    Timing t;
    QString error;
    auto ws = Workspace::open(path, &error, key);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    QElapsedTimer timer;
    timer.start();
    for (const auto &pair : demo.imports) {
        const auto spec = ImportSpec::load(pair.second, &error);
        const ImportReport r = Importer(*ws, *spec).importFile(pair.first);
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.message));
            std::exit(1);
        }
    }
    t.import = timer.elapsed() / 1000.0;
    ws.reset();
    // Queries on a freshly opened connection (cold page cache): what an analyst's session does.
    ws = Workspace::open(path, &error, key);
    timer.restart();
    qint64 sink = 0;
    for (int i = 0; i < 5; ++i) {
        sink += ws->entityRecords().size();
        sink += ws->linkRecords().size();
        for (const char *q : {"khan", "smith", "NF00", "theft", "leeds"})
            sink += ws->search(QString::fromLatin1(q), 200).size();
        for (const EntityRecord &e : ws->entities(EntityType::Person, 200))
            sink += ws->attributes(e.id).size() + ws->linksOf(e.id).size();
    }
    t.query = timer.elapsed() / 1000.0;
    if (sink == 0)
        std::fprintf(stderr, "no data queried\n");
    return t;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (!Database::encryptionAvailable()) {
        std::fprintf(stderr, "built against plain SQLite: nothing to compare\n");
        return 1;
    }
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.filePath(QStringLiteral("demo"));
    options.incidents = argc > 1 ? QByteArray(argv[1]).toInt() : 40000;
    DemoOutput demo;
    QString error;
    if (!DemoGenerator(options).generate(&demo, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Timing plain = run(dir.filePath(QStringLiteral("plain.fcdb")), QByteArray(), demo);
    const Timing enc = run(dir.filePath(QStringLiteral("encrypted.fcdb")), "benchmark passphrase", demo);
    std::printf("%d demo incidents (all four exports)\n", options.incidents);
    std::printf("%-22s %10s %10s %10s\n", "", "plain s", "SQLCipher s", "overhead");
    std::printf("%-22s %10.2f %10.2f %9.1f%%\n", "import", plain.import, enc.import, 100.0 * (enc.import / plain.import - 1));
    std::printf("%-22s %10.2f %10.2f %9.1f%%\n", "queries", plain.query, enc.query, 100.0 * (enc.query / plain.query - 1));
    std::printf("goal: overhead under 25%%\n");
    return 0;
}
