// Case file benchmark: one offender with --incidents N (default 500) incident reports at 20 stores,
// imported through the importer, and --exhibits K (default 50) files of --mib M MiB each (default
// 20: 1,000 MiB in all) written to a temporary directory. Measured: attaching the exhibits (every
// file hashed, in parallel), and exporting the case file (every exhibit hashed again, the case
// built, PDF + ODT and the MG6D schedule written, each file hashed and audited). Goal: the export
// under 20 s. Peer in the same run: coreutils sha256sum over the same files (one process, one core),
// run after ours so that both read the files from the page cache.
// Run: build-bench/bin/bench_casefile [--incidents N] [--exhibits K] [--mib M]

#include "casefile/caseexporter.h"
#include "casefile/caseselection.h"
#include "casefile/casestore.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

using namespace fc;

namespace {

const QByteArray kSpec = R"({
  "name": "Bench retailer export",
  "source": {"organisation": "Bench Retail", "kind": "retailer"},
  "format": {"delimiter": ",", "encoding": "utf-8", "header_row": 1, "date_format": "dd/MM/yyyy HH:mm", "money_format": "uk"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {
    "incident": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "When", "offence": "Offence", "value_gbp": "Value", "narrative": "Details"}},
    "store":    {"type": "location", "subtype": "store", "key": "Store", "fields": {"name": "Store Name"}},
    "suspect":  {"type": "person", "fields": {"full_name": "Suspect", "dob": {"column": "DOB", "date_format": "dd/MM/yyyy"}}} },
  "links": [ {"type": "occurred_at", "from": "incident", "to": "store"},
             {"type": "suspect_in", "from": "suspect", "to": "incident"} ] })";

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), QStringLiteral("Incidents."), QStringLiteral("N"), QStringLiteral("500")));
    parser.addOption(QCommandLineOption(QStringLiteral("exhibits"), QStringLiteral("Exhibit files."), QStringLiteral("K"), QStringLiteral("50")));
    parser.addOption(QCommandLineOption(QStringLiteral("mib"), QStringLiteral("MiB per exhibit."), QStringLiteral("M"), QStringLiteral("20")));
    parser.process(app);
    const int incidents = parser.value(QStringLiteral("incidents")).toInt();
    const int exhibits = parser.value(QStringLiteral("exhibits")).toInt();
    const qint64 mib = parser.value(QStringLiteral("mib")).toLongLong();

    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.fcdb")), &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QByteArray csv = "Ref,When,Offence,Value,Details,Store,Store Name,Suspect,DOB\n";
    QRandomGenerator rng(20261204);
    const QDate first(2023, 1, 1);
    for (int i = 0; i < incidents; ++i) {
        const QDate d = first.addDays(i * 2);
        csv += QStringLiteral("B%1,%2 %3:%4,shop_theft,%5.%6,%7,S%8,Bench Store %8,Dana WREN,04/05/1991\n")
                   .arg(i + 1)
                   .arg(d.toString(QStringLiteral("dd/MM/yyyy")))
                   .arg(9 + rng.bounded(10), 2, 10, QLatin1Char('0'))
                   .arg(rng.bounded(60), 2, 10, QLatin1Char('0'))
                   .arg(5 + rng.bounded(400))
                   .arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                   .arg(i % 7 == 0 ? QStringLiteral("CCTV retained ref CC%1").arg(10000 + i) : QString())
                   .arg(rng.bounded(20))
                   .toUtf8();
    }
    const QString csvPath = dir.filePath(QStringLiteral("incidents.csv"));
    QFile f(csvPath);
    f.open(QIODevice::WriteOnly);
    f.write(csv);
    f.close();
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    const ImportReport report = Importer(*ws, *spec).importFile(csvPath);
    if (!report.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return 1;
    }

    // The exhibit files: random bytes (a 1 MiB block per file, each MiB varied), written once.
    QList<ExhibitRequest> requests;
    QStringList paths;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (char &c : block)
        c = char(rng.bounded(256));
    for (int k = 0; k < exhibits; ++k) {
        const QString path = dir.filePath(QStringLiteral("exhibit-%1.bin").arg(k + 1, 2, 10, QLatin1Char('0')));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        for (qint64 m = 0; m < mib; ++m) {
            block[0] = char(k);
            block[1] = char(m);
            out.write(block);
        }
        out.close();
        paths << path;
        requests << ExhibitRequest{path, QStringLiteral("DW/%1").arg(k + 1), QStringLiteral("clip %1").arg(k + 1), QStringLiteral("P")};
    }

    const qint64 personId = ws->entities(EntityType::Person).first().id;
    const auto selection = CaseSelection::forPerson(*ws, personId, &error);
    CaseStore store(*ws);
    const auto caseId = store.create(selection->kind, selection->subject, selection->title, selection->persons,
                                     selection->incidents, &error);
    QElapsedTimer t;
    t.start();
    if (!store.attach(*caseId, requests, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double attachSeconds = t.elapsed() / 1000.0;
    t.restart();
    CaseExportOptions options{dir.filePath(QStringLiteral("case.pdf")), dir.filePath(QStringLiteral("case.odt")),
                              QStringLiteral("CPS"), QStringLiteral("benchmark")};
    const auto files = CaseExporter(*ws).exportCase(*caseId, options, &error);
    if (!files) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double exportSeconds = t.elapsed() / 1000.0;
    // The re-hash alone, for the breakdown.
    t.restart();
    CaseExporter::verifyExhibits(store.exhibits(*caseId));
    const double rehashSeconds = t.elapsed() / 1000.0;

    t.restart();
    QProcess sha;
    sha.start(QStringLiteral("sha256sum"), paths);
    sha.waitForFinished(-1);
    const double peerSeconds = t.elapsed() / 1000.0;
    if (sha.exitCode() != 0) {
        std::fprintf(stderr, "sha256sum failed\n");
        return 1;
    }
    // The peer's hashes must be ours.
    const QList<Exhibit> attached = store.exhibits(*caseId);
    const QList<QByteArray> lines = sha.readAllStandardOutput().split('\n');
    for (int k = 0; k < attached.size(); ++k)
        if (!lines.value(k).startsWith(attached.at(k).sha256.toLatin1())) {
            std::fprintf(stderr, "hash of %s differs from sha256sum's\n", qPrintable(attached.at(k).filePath));
            return 1;
        }

    const double gib = double(exhibits) * double(mib) / 1024.0;
    std::printf("case file: %d incidents (%d in the schedule), %d exhibits, %.2f GiB\n", incidents,
                int(selection->incidents.size()), exhibits, gib);
    std::printf("attach (hash every exhibit, %d threads):   %7.2f s\n", QThreadPool::globalInstance()->maxThreadCount(), attachSeconds);
    std::printf("export (re-hash, build, PDF+ODT+MG6D):     %7.2f s   goal < 20 s: %s\n", exportSeconds,
                exportSeconds < 20 ? "met" : "NOT MET");
    std::printf("  of which re-hashing alone:               %7.2f s (%.0f MiB/s)\n", rehashSeconds, gib * 1024 / rehashSeconds);
    std::printf("peer: sha256sum of the same files:          %7.2f s (%.0f MiB/s)\n", peerSeconds, gib * 1024 / peerSeconds);
    for (const ExportedFile &e : *files)
        std::printf("  %s %lld bytes\n", qPrintable(QFileInfo(e.path).fileName()), e.size);
    return 0;
}
