// Entity resolution benchmark.
//  1. The demo data set (seeds given with --seed, default 1): imported, resolved, then pairwise
//     precision and recall of persons and vehicles against the generator's ground truth.
//  2. --records N (default 200000) synthetic person records with the demo's recording errors,
//     resolved in memory by ResolveEngine: the time, pairs compared and pairwise precision/recall.
// Run: build-resolve/bin/bench_resolve [--seed S]... [--incidents N] [--records N]

#include "demo/demogenerator.h"
#include "demo/namecatalogue.h"
#include "demotruth.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"
#include "resolve/resolveengine.h"
#include "resolve/stringmetrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace fc;

namespace {

bool runDemo(quint32 seed, int incidents)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.path();
    options.seed = seed;
    options.incidents = incidents;
    DemoOutput demo;
    QString error;
    if (!DemoGenerator(options).generate(&demo, &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return false;
    }
    auto ws = Workspace::open(dir.filePath(QStringLiteral("demo.fcdb")), &error);
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return false;
    }
    for (const auto &pair : std::as_const(demo.imports)) {
        const auto spec = ImportSpec::load(pair.second, &error);
        if (!spec || !Importer(*ws, *spec).importFile(pair.first).ok()) {
            std::fprintf(stderr, "import of %s failed\n", qPrintable(pair.first));
            return false;
        }
    }
    const auto before = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const auto beforeV = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    const ResolveReport report = EntityResolver(*ws).run(ResolveSettings());
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return false;
    }
    const auto persons = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const auto vehicles = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    std::printf("demo seed %u, %d incidents: resolved in %lld ms\n", seed, incidents,
                qlonglong(report.elapsedMs));
    for (const ResolveTypeReport &t : report.types)
        std::printf("  %-8s %6d records %9lld pairs: %5d merged, %4d queued, %6d kept apart, %d conflicts\n",
                    qPrintable(EntityTypes::name(t.type)), t.records, qlonglong(t.candidatePairs), t.merged,
                    t.queued, t.keptApart, t.conflicts);
    std::printf("  persons:  precision %.4f recall %.4f (import alone: %.4f / %.4f; %lld mentions)\n",
                persons.precision(), persons.recall(), before.precision(), before.recall(),
                qlonglong(persons.mentions));
    std::printf("  vehicles: precision %.4f recall %.4f (import alone: %.4f / %.4f; %lld mentions)\n",
                vehicles.precision(), vehicles.recall(), beforeV.precision(), beforeV.recall(),
                qlonglong(vehicles.mentions));
    return true;
}

QString typo(QString word, QRandomGenerator &rng)
{
    if (word.size() < 3)
        return word;
    const int i = 1 + int(rng.bounded(word.size() - 1));
    word[i] = QChar(u'A' + char16_t(rng.bounded(26)));
    return word;
}

void runSynthetic(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QList<QString> &surnames = NameCatalogue::surnames();
    QList<QString> forenames = NameCatalogue::femaleForenames();
    forenames += NameCatalogue::maleForenames();
    static const char *const kTowns[] = {"BIRMINGHAM", "COVENTRY", "ROCHDALE",  "OLDHAM",
                                         "BOLTON",     "WIGAN",    "STOCKPORT", "DERBY",
                                         "NOTTINGHAM", "LEEDS",    "SHEFFIELD", "STOKE"};
    QList<ResolveRecord> records;
    QList<int> truth;
    records.reserve(count);
    int person = 0;
    while (records.size() < count) {
        const QString surname = StringMetrics::matchForm(surnames.at(rng.bounded(int(surnames.size()))));
        const QString forename = StringMetrics::matchForm(forenames.at(rng.bounded(int(forenames.size()))));
        const QDate dob = QDate(1955, 1, 1).addDays(rng.bounded(18000));
        const QString town = QString::fromLatin1(kTowns[rng.bounded(12)]);
        const int mentions = 1 + int(rng.bounded(6));
        for (int m = 0; m < mentions && records.size() < count; ++m) {
            ResolveRecord r;
            r.entityId = records.size() + 1;
            NameForm n{forename, surname, false};
            QDate d = dob;
            const int noise = int(rng.bounded(100));
            if (noise < 5)
                n.surname = typo(n.surname, rng);
            else if (noise < 9)
                n.forename = n.forename.left(1);
            else if (noise < 15)
                d = QDate();
            else if (noise < 17 && d.day() <= 12 && d.day() != d.month())
                d = QDate(d.year(), d.day(), d.month());
            r.names << n;
            if (d.isValid())
                r.dobs << d;
            r.areas << town;
            records << r;
            truth << person;
        }
        ++person;
    }
    QElapsedTimer timer;
    timer.start();
    const ResolvePlan plan = ResolveEngine(EntityType::Person, ResolveThresholds{0.9, 0.6}).run(records);
    const qint64 ms = timer.elapsed();
    QHash<int, qint64> byTruth, byCluster;
    QHash<QPair<int, int>, qint64> byBoth;
    for (int i = 0; i < records.size(); ++i) {
        ++byTruth[truth.at(i)];
        ++byCluster[plan.clusterOf.at(i)];
        ++byBoth[qMakePair(truth.at(i), plan.clusterOf.at(i))];
    }
    qint64 tp = 0, predicted = 0, actual = 0;
    for (qint64 n : std::as_const(byTruth))
        actual += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byCluster))
        predicted += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byBoth))
        tp += demotruth::pairsOf(n);
    std::printf("synthetic: %d person records (%d people), %lld candidate pairs: resolved in %.2f s "
                "(%d merges, %d for review); precision %.4f recall %.4f\n",
                count, person, qlonglong(plan.candidatePairs), double(ms) / 1000.0, int(plan.merges.size()),
                int(plan.reviews.size()), predicted ? double(tp) / double(predicted) : 1.0,
                actual ? double(tp) / double(actual) : 1.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Demo seed (repeatable)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), QStringLiteral("Demo incidents."),
                                        QStringLiteral("N"), QStringLiteral("4000")));
    parser.addOption(QCommandLineOption(QStringLiteral("records"),
                                        QStringLiteral("Synthetic person records (0: none)."),
                                        QStringLiteral("N"), QStringLiteral("200000")));
    parser.process(app);
    QStringList seeds = parser.values(QStringLiteral("seed"));
    if (seeds.isEmpty())
        seeds << QStringLiteral("1");
    for (const QString &s : seeds)
        if (!runDemo(s.toUInt(), parser.value(QStringLiteral("incidents")).toInt()))
            return 1;
    const int records = parser.value(QStringLiteral("records")).toInt();
    if (records > 0)
        runSynthetic(records, 42);
    return 0;
}
