// Imports 1,000,000 demo incident rows through the full pipeline (reader, spec, validation,
// resolution, provenance, FTS) and prints rows/s next to the sqlite3 CLI's ".import" of the same
// file into a bare table, measured in the same run. Usage: bench_import [rows] [workdir]
//
// A second figure shows where the rest goes: the sqlite3 CLI writing the very rows, indexes and
// search entries the import wrote (copied from its workspace, so no reading, checking or resolving
// at all), which is the least any pipeline storing the same facts could take; a third, sqlite3
// writing only what provenance and full-text search cannot do without (see below).

#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "ingest/tablereader.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace fc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir tmp;
    const QString dir = argc > 2 ? QString::fromLocal8Bit(argv[2]) : tmp.path();
    QDir().mkpath(dir);

    // The Northgate export is the UTF-8 CSV (sqlite3 cannot read the UTF-16 one); it gets about
    // 40% of the incidents, so ask for enough and keep the first `rows` records.
    std::printf("Generating demo data...\n");
    std::fflush(stdout);
    DemoOptions options;
    options.outDir = dir + QStringLiteral("/demo");
    options.incidents = int(rows * 2.8);
    options.seed = 42;
    DemoOutput output;
    QString error;
    if (!DemoGenerator(options).generate(&output, &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return 1;
    }
    const QString source = output.imports.first().first;
    const QString spec = output.imports.first().second;
    auto reader = TableReader::open(source, ReaderOptions(), &error);
    if (!reader) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString file = dir + QStringLiteral("/incidents-%1.csv").arg(rows);
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        out.write(reader->headers().join(QLatin1Char(',')).toUtf8() + "\r\n");
        SourceRow row;
        qint64 n = 0;
        while (n < rows && reader->next(&row)) {
            out.write(row.raw.toUtf8() + "\r\n");
            ++n;
        }
        if (n < rows) {
            std::fprintf(stderr, "only %lld rows generated\n", n);
            return 1;
        }
    }
    const double mb = QFileInfo(file).size() / 1e6;
    std::printf("File: %lld rows, %.1f MB\n", rows, mb);

    // Peer: sqlite3 .import into a bare table, one transaction, no indexes.
    const QString bare = dir + QStringLiteral("/bare.db");
    QFile::remove(bare);
    QElapsedTimer timer;
    timer.start();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {bare, QStringLiteral(".mode csv"), QStringLiteral(".import '%1' incidents").arg(file)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 .import failed (is the sqlite3 package installed?): %s\n",
                     sqlite.readAllStandardError().constData());
        return 1;
    }
    const double peer = timer.elapsed() / 1000.0;

    // FusionCell: the full pipeline into a new workspace.
    const QString ws = dir + QStringLiteral("/bench.fcdb");
    for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(ws + s);
    auto workspace = Workspace::open(ws, &error);
    const auto importSpec = ImportSpec::load(spec, &error);
    if (!workspace || !importSpec) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    timer.restart();
    const ImportReport report = Importer(*workspace, *importSpec).importFile(file);
    // Closed within the time, as sqlite3's own run is: whatever is still to be written counts.
    workspace.reset();
    const double ours = timer.elapsed() / 1000.0;
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return 1;
    }

    // The floor: SQLite storing the same rows, indexes and search entries, from a copy. And a
    // lower one: the least the model could store (the raw rows, the entities, links and
    // mentions without their facts, a contentless search index, only the indexes that finding a
    // key, an entity's mentions and links, or a record's import need): what any design keeping
    // provenance and full-text search would still have to write.
    QStringList indexSql;
    {
        QProcess indexes;
        indexes.start(QStringLiteral("sqlite3"),
                      {ws, QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                          "AND tbl_name IN ('source_records', 'entities', 'mentions', 'links', "
                                          "'entity_keys')")});
        indexes.waitForFinished(-1);
        for (const QString &sql : QString::fromUtf8(indexes.readAllStandardOutput()).split(QLatin1Char('\n')))
            if (!sql.trimmed().isEmpty())
                indexSql << sql;
    }
    auto copyTime = [&](bool least) -> double {
        const QString floorDb = dir + QStringLiteral("/floor.db");
        for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(floorDb + s);
        QStringList script = {
            QStringLiteral("PRAGMA page_size=16384"), QStringLiteral("PRAGMA journal_mode=WAL"),
            QStringLiteral("PRAGMA cache_size=-65536"), QStringLiteral("ATTACH '%1' AS w").arg(ws),
            QStringLiteral("BEGIN")};
        for (const char *table : {"source_records", "entities", "mentions", "links"})
            script << QStringLiteral("CREATE TABLE %1 AS SELECT * FROM w.%1 WHERE 0").arg(QLatin1String(table))
                   << (least && qstrcmp(table, "mentions") == 0
                           ? QStringLiteral("INSERT INTO mentions SELECT id, entity_id, source_record_id, role, '' "
                                            "FROM w.mentions")
                           : QStringLiteral("INSERT INTO %1 SELECT * FROM w.%1").arg(QLatin1String(table)));
        script << QStringLiteral("CREATE TABLE entity_keys(key TEXT PRIMARY KEY, entity_id INTEGER) WITHOUT ROWID")
               << QStringLiteral("INSERT INTO entity_keys SELECT * FROM w.entity_keys ORDER BY key")
               << QStringLiteral("CREATE VIRTUAL TABLE search USING fts5(label, body, tokenize = 'unicode61 "
                                 "remove_diacritics 2', detail = none%1)")
                      .arg(least ? QStringLiteral(", content=''") : QString())
               << QStringLiteral("INSERT INTO search(rowid, label, body) SELECT rowid, label, body FROM w.search");
        static const QStringList kNeeded = {QStringLiteral("entity_keys_entity"), QStringLiteral("mentions_entity"),
                                            QStringLiteral("links_from"), QStringLiteral("links_to"),
                                            QStringLiteral("source_records_import")};
        for (const QString &sql : indexSql)
            if (!least || std::any_of(kNeeded.cbegin(), kNeeded.cend(),
                                      [&sql](const QString &name) { return sql.contains(name + QLatin1Char(' ')); }))
                script << sql;
        script << QStringLiteral("COMMIT");
        QElapsedTimer copyTimer;
        copyTimer.start();
        QProcess copy;
        copy.start(QStringLiteral("sqlite3"), {floorDb});
        copy.write((script.join(QStringLiteral(";\n")) + QStringLiteral(";\n")).toUtf8());
        copy.closeWriteChannel();
        if (!copy.waitForFinished(-1) || copy.exitCode() != 0) {
            std::fprintf(stderr, "sqlite3 copy failed: %s\n", copy.readAllStandardError().constData());
            return -1;
        }
        const double seconds = copyTimer.elapsed() / 1000.0;
        for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(floorDb + s);
        return seconds;
    };
    const double floor = copyTime(false);
    const double least = copyTime(true);
    if (floor < 0 || least < 0)
        return 1;

    std::printf("\n%-44s %10s %12s\n", "", "seconds", "rows/s");
    std::printf("%-44s %10.2f %12.0f\n", "sqlite3 .import (bare table, no indexes)", peer, rows / peer);
    std::printf("%-44s %10.2f %12.0f\n", "fusioncell import (full pipeline)", ours, rows / ours);
    std::printf("%-44s %10.2f %12.0f\n", "sqlite3 writing the same rows (a copy)", floor, rows / floor);
    std::printf("%-44s %10.2f %12.0f\n", "sqlite3 writing the least the model needs", least, rows / least);
    std::printf("ratio fusioncell / sqlite3 .import: %.2fx (goal: <= 3x)\n", ours / peer);
    std::printf("ratio of what the import stores, written by sqlite3 alone, to .import: %.2fx\n", floor / peer);
    std::printf("ratio of the least a store with provenance and search writes, to .import: %.2fx\n", least / peer);
    std::printf("rows accepted %lld, rejected %lld, entities %lld, links %lld\n", report.rowsAccepted,
                report.rowsRejected, report.entitiesCreated, report.linksCreated);
    const ImportReport::Timings &t = report.timings;
    std::printf("of which: SHA-256 %.2f s, reading the file %.2f s, rows (checked on one thread, written on "
                "the other) %.2f s, keys %.2f s, indexes %.2f s, search %.2f s, commit %.2f s\n",
                t.hashing, t.opening, t.rows, t.keys, t.indexes, t.search, t.committing);
    std::printf("while the rows were written: the writing thread waited %.2f s for checked rows, the checking "
                "thread %.2f s for the writer\n",
                t.writerWaiting, t.validatorWaiting);
    return 0;
}
