// Entity resolution benchmark.
//  1. Demo data sets (--noise standard and/or hard, seeds given with --seed, default 1), generated
//     and imported once; then each engine resolves a fresh copy of the workspace (measure()) and
//     its pairwise precision and recall of persons and vehicles against the generator's ground
//     truth are printed overall, over the mentions written with a date of birth, and per pair of
//     exports (A x B, A x A), with the review queue, candidate pairs per record, time and peak
//     memory. Every engine is measured in the same run on the same data, so their lines compare.
//  2. --records N (default 200000) synthetic person records with the demo's recording errors,
//     resolved in memory by ResolveEngine: the time, pairs compared and pairwise precision/recall;
//     then the same records end to end: imported as an export and resolved in the workspace.
//  3. --diagnose: the match model's missed pairs by cause and the ceiling of recall under the safety
//     rules; --queue-causes: the review queue by cause, in memory (runs on the 1,000,000-incident
//     demo; --keep keeps the imported demo, --reuse DIR uses it again).
// Run: build-bench/bin/bench_resolve [--noise hard] [--seed S]... [--incidents N] [--records N]

#include "demo/demogenerator.h"
#include "demo/namecatalogue.h"
#include "demotruth.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/candidateblocker.h"
#include "resolve/contextblocker.h"
#include "resolve/entityresolver.h"
#include "resolve/recordloader.h"
#include "resolve/resolveengine.h"
#include "resolve/stringmetrics.h"
#include "store/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace fc;

namespace {

// Peak resident memory of this process (VmHWM), in MB; resetPeakMemory() starts a new peak
// (Linux: writing 5 to /proc/self/clear_refs), so that each engine's peak is its own.
double peakMemoryMb(const char *field = "VmHWM:")
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void resetPeakMemory()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

/** A demo data set generated and imported once; every engine resolves its own copy. */
struct DemoSet
{
    QTemporaryDir dir;
    QString label; // "hard demo, seed 1, 4000 incidents"
    QString workspacePath;
    QString groundTruthPath;
};

std::unique_ptr<DemoSet> prepareDemo(DemoNoise noise, quint32 seed, int incidents, const QString &reuse = QString(),
                                     bool keep = false)
{
    auto set = std::make_unique<DemoSet>();
    if (!reuse.isEmpty()) {
        // An imported demo kept by an earlier run (--keep): the workspace and its ground truth.
        set->label = QStringLiteral("demo in %1").arg(reuse);
        set->workspacePath = QDir(reuse).filePath(QStringLiteral("imported.fcdb"));
        set->groundTruthPath = QDir(reuse).filePath(QStringLiteral("ground_truth.json"));
        return set;
    }
    if (keep) {
        set->dir.setAutoRemove(false);
        std::printf("keeping the demo in %s\n", qPrintable(set->dir.path()));
    }
    DemoOptions options;
    options.outDir = set->dir.path();
    options.seed = seed;
    options.incidents = incidents;
    options.noise = noise;
    set->label = QStringLiteral("%1 demo, seed %2, %3 incidents")
                     .arg(noise == DemoNoise::Hard ? QStringLiteral("hard") : QStringLiteral("standard"))
                     .arg(seed)
                     .arg(incidents);
    DemoOutput demo;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!DemoGenerator(options).generate(&demo, &error)) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(error));
        return nullptr;
    }
    set->groundTruthPath = demo.groundTruthPath;
    set->workspacePath = set->dir.filePath(QStringLiteral("imported.fcdb"));
    auto ws = Workspace::open(set->workspacePath, &error);
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return nullptr;
    }
    for (const auto &pair : std::as_const(demo.imports)) {
        const auto spec = ImportSpec::load(pair.second, &error);
        if (!spec || !Importer(*ws, *spec).importFile(pair.first).ok()) {
            std::fprintf(stderr, "import of %s failed\n", qPrintable(pair.first));
            return nullptr;
        }
    }
    std::printf("\n%s: generated and imported in %.1f s\n", qPrintable(set->label), timer.elapsed() / 1000.0);
    return set;
}

/** Runs one engine on a workspace (through EntityResolver, as `resolve` does). */
using EngineRun = std::function<ResolveReport(Workspace &, const ResolveSettings &)>;

ResolveReport runCurrentEngine(Workspace &ws, const ResolveSettings &settings)
{
    return EntityResolver(ws).run(settings);
}

/** Candidate pairs per record as an engine's blocking makes them: each record's number of
 *  partners, max and mean (mean = 2 x pairs / records). */
struct CandidateStats
{
    int records = 0;
    qint64 pairs = 0;
    int maxPerRecord = 0;
    double meanPerRecord = 0;
};
using CandidateCount = std::function<CandidateStats(Workspace &, EntityType, const ResolveSettings &)>;

CandidateStats currentEngineCandidates(Workspace &ws, EntityType type, const ResolveSettings &settings)
{
    CandidateStats stats;
    QString error;
    const QList<ResolveRecord> records = RecordLoader::load(ws, type, &error);
    std::vector<int> partners(size_t(records.size()), 0);
    for (const auto &[a, b] :
         CandidateBlocker::pairs(records, settings.maxBlockSize, nullptr, settings.blockWindow)) {
        ++partners[size_t(a)];
        ++partners[size_t(b)];
        ++stats.pairs;
    }
    stats.records = int(records.size());
    stats.maxPerRecord = partners.empty() ? 0 : *std::max_element(partners.begin(), partners.end());
    stats.meanPerRecord = records.isEmpty() ? 0 : 2.0 * double(stats.pairs) / double(records.size());
    return stats;
}

QString sourceName(const QString &file)
{
    // "northgate_foods_incidents.csv" -> "northgate"; the police nominals -> "police".
    const QString first = file.section(QLatin1Char('_'), 0, 0);
    return first == QLatin1String("gmp") ? QStringLiteral("police") : first;
}

void printScore(const char *engine, const QString &what, const demotruth::PairwiseScore &s)
{
    std::printf("  %-14s %-28s %9.4f %9.4f %12lld %12lld %12lld\n", engine, qPrintable(what), s.precision(),
                s.recall(), qlonglong(s.truePairs), qlonglong(s.predictedPairs), qlonglong(s.actualPairs));
}

void printScores(const char *engine, const QString &kind, const demotruth::SourceScores &s, bool withDob)
{
    printScore(engine, kind + QStringLiteral(" overall"), s.overall);
    if (withDob)
        printScore(engine, kind + QStringLiteral(" both with DOB"), s.withDob);
    for (auto it = s.bySources.cbegin(); it != s.bySources.cend(); ++it) {
        if (!it.value().actualPairs && !it.value().predictedPairs)
            continue;
        printScore(engine,
                   QStringLiteral("  %1 x %2")
                       .arg(sourceName(s.sources.at(it.key().first)), sourceName(s.sources.at(it.key().second))),
                   it.value());
    }
}

/**
 * Measures one engine on a fresh copy of the demo workspace and prints its table: pairwise
 * precision and recall of persons and vehicles (overall, both mentions with a date of birth, and
 * per pair of exports), the review queue (pairs, and as a share of person records), candidate
 * pairs per record, time and peak memory. To compare another engine, call it again with that
 * engine's name, settings and run (and its own candidate count, if it blocks differently).
 */
bool measure(const DemoSet &demo, const char *engineName, const ResolveSettings &settings,
             const EngineRun &run = runCurrentEngine, const CandidateCount &candidates = currentEngineCandidates)
{
    const QString copy = demo.dir.filePath(QStringLiteral("%1.fcdb").arg(QString::fromLatin1(engineName)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(demo.workspacePath, copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(demo.workspacePath));
        return false;
    }
    QString error;
    auto ws = Workspace::open(copy, &error);
    if (!ws) {
        std::fprintf(stderr, "workspace: %s\n", qPrintable(error));
        return false;
    }
    const CandidateStats personBlocks = candidates(*ws, EntityType::Person, settings);
    const CandidateStats vehicleBlocks = candidates(*ws, EntityType::Vehicle, settings);

    const double before = peakMemoryMb("VmRSS:");
    resetPeakMemory();
    const ResolveReport report = run(*ws, settings);
    const double peak = peakMemoryMb();
    if (!report.ok) {
        std::fprintf(stderr, "%s: %s\n", engineName, qPrintable(report.message));
        return false;
    }
    std::printf("\n[%s] on the %s: resolved in %.2f s, peak memory %.0f MB (%.0f MB before the run)\n",
                engineName, qPrintable(demo.label), double(report.elapsedMs) / 1000.0, peak, before);
    for (const ResolveTypeReport &t : report.types) {
        const CandidateStats &c = t.type == EntityType::Person ? personBlocks : vehicleBlocks;
        std::printf("  %-8s %7d records %10lld candidate pairs (per record: mean %.1f, max %d; bound 2 x %d per "
                    "key, %d keys at most): %6d merged, "
                    "%6d queued for review (%.1f%% of records), %6d kept apart, %d conflicts, %d blocks skipped, "
                    "%d passes\n",
                    qPrintable(EntityTypes::name(t.type)), t.records, qlonglong(t.candidatePairs), c.meanPerRecord,
                    c.maxPerRecord, t.blockWindow, t.maxKeysPerRecord, t.merged, t.queued,
                    t.records ? 100.0 * t.queued / t.records : 0.0, t.keptApart, t.conflicts, t.skippedBlocks,
                    t.passes);
    }
    const demotruth::SourceScores persons =
        demotruth::scoreBySource(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const demotruth::SourceScores vehicles =
        demotruth::scoreBySource(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    std::printf("  %-14s %-28s %9s %9s %12s %12s %12s\n", "engine", "pairs of mentions", "precision", "recall",
                "true pairs", "predicted", "actual");
    printScores(engineName, QStringLiteral("persons"), persons, true);
    printScores(engineName, QStringLiteral("vehicles"), vehicles, false);
    if (persons.overall.unmapped || vehicles.overall.unmapped)
        std::printf("  (%lld person and %lld vehicle mentions not found in the workspace)\n",
                    qlonglong(persons.overall.unmapped), qlonglong(vehicles.overall.unmapped));
    return true;
}
/** The demo's workspace, or nullptr after saying why on stderr. */
std::unique_ptr<Workspace> openDemo(const DemoSet &demo)
{
    QString error;
    auto ws = Workspace::open(demo.workspacePath, &error);
    if (!ws)
        std::fprintf(stderr, "bench_resolve: cannot open %s: %s\n", qPrintable(demo.workspacePath), qPrintable(error));
    return ws;
}

/** The records resolution reads (empty after saying why on stderr). */
QList<ResolveRecord> loadRecords(Workspace &ws, EntityType type)
{
    QString error;
    const QList<ResolveRecord> records = RecordLoader::load(ws, type, &error);
    if (!error.isEmpty())
        std::fprintf(stderr, "bench_resolve: %s\n", qPrintable(error));
    return records;
}


/** The import alone, for reference: what resolution starts from. */
void measureImportAlone(const DemoSet &demo)
{
    const std::unique_ptr<Workspace> ws = openDemo(demo);
    if (!ws)
        return;
    const auto persons = demotruth::scoreBySource(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const auto vehicles = demotruth::scoreBySource(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    std::printf("\n[import alone] on the %s\n", qPrintable(demo.label));
    printScore("import alone", QStringLiteral("persons overall"), persons.overall);
    printScore("import alone", QStringLiteral("persons both with DOB"), persons.withDob);
    printScore("import alone", QStringLiteral("vehicles overall"), vehicles.overall);
}

/** The match model run in memory on the demo's persons as `resolve` makes it (default thresholds
 *  and block window; no workspace copy, so it runs on the 1,000,000-incident demo). */
struct ModelRun
{
    std::unique_ptr<Workspace> ws;
    QList<ResolveRecord> records;
    std::shared_ptr<MatchModel> model; // as trained by the run
    ResolvePlan plan;
    double seconds = 0; // loading and resolving
};

/** The run, or nullopt after openDemo() said why. */
std::optional<ModelRun> runModelInMemory(const DemoSet &demo)
{
    ModelRun run;
    run.ws = openDemo(demo);
    if (!run.ws)
        return std::nullopt;
    QElapsedTimer timer;
    timer.start();
    run.records = loadRecords(*run.ws, EntityType::Person);
    ResolveSettings settings;
    settings.model = ResolveModel::Probabilistic;
    ResolveEngine engine(EntityType::Person, settings.thresholdsFor(EntityType::Person), settings.maxBlockSize);
    engine.setBlockWindow(settings.blockWindow);
    run.model = std::make_shared<MatchModel>();
    engine.setModel(run.model);
    run.plan = engine.run(run.records);
    run.seconds = double(timer.elapsed()) / 1000.0;
    return run;
}

/**
 * --queue-causes: the match model's review queue of persons by cause, in memory (no truth needed,
 * so it runs on the 1,000,000-incident demo): no date of birth and no context evidence (by name
 * level and by how common the surname is), ambiguous or conflicting strong pairs, and the review
 * band.
 */
void queueCauses(const DemoSet &demo)
{
    const std::optional<ModelRun> run = runModelInMemory(demo);
    if (!run)
        return;
    const QList<ResolveRecord> &records = run->records;
    const MatchModel *m = run->model.get();
    const ResolvePlan &plan = run->plan;
    QHash<QString, int> surnames;
    for (const ResolveRecord &r : records)
        for (const NameForm &n : r.names)
            ++surnames[n.surname];
    QMap<QString, qint64> causes;
    for (const CandidatePair &p : plan.reviews) {
        // As the pass that queued the pair compared it (a later pass compares clusters).
        const ResolveRecord &a = ResolveEngine::comparedRecord(plan, records, p.a, p.pass);
        const ResolveRecord &b = ResolveEngine::comparedRecord(plan, records, p.b, p.pass);
        const MatchResult r = m->score(a, b);
        const MatchModel::Levels l = m->levels(a, b);
        QString why;
        if (r.needsContext && (l[MatchModel::Dob] >= 0 || l[MatchModel::Name] == MatchModel::NameDifferent)) {
            why = QStringLiteral("never merged automatically (names at no level or dates two digits apart), shared "
                                 "vehicle or co-offender: name level %1, DOB level %2")
                      .arg(l[MatchModel::Name])
                      .arg(l[MatchModel::Dob]);
        } else if (r.needsContext) {
            int common = 0;
            for (const NameForm &n : a.names)
                common = std::max(common, surnames.value(n.surname));
            why = QStringLiteral("no DOB, no context: name level %1, surname on %2 records")
                      .arg(l[MatchModel::Name])
                      .arg(common > 1000 ? QStringLiteral(">1000") : common > 100 ? QStringLiteral("101-1000") : QStringLiteral("<=100"));
        } else if (r.score >= ResolveSettings().modelThresholds.value(EntityType::Person).autoMerge) {
            why = QStringLiteral("strong but ambiguous or conflicting, name level %1, DOB level %2")
                      .arg(l[MatchModel::Name])
                      .arg(l[MatchModel::Dob]);
        } else {
            why = QStringLiteral("review band %1, name level %2, DOB level %3, town %4, context %5")
                      .arg(int(r.score * 10) / 10.0)
                      .arg(l[MatchModel::Name])
                      .arg(l[MatchModel::Dob])
                      .arg(l[MatchModel::Area])
                      .arg(ContextBlocker::hasContext(a, b) ? 1 : 0);
        }
        ++causes[why];
    }
    std::printf("\n[queue causes] %lld person records, %lld candidate pairs, %lld merges, %lld queued (%.1f%% of "
                "records), %d conflicts, %d pairs left to one decision, %d not queued without evidence, in %.1f s\n",
                qlonglong(records.size()), qlonglong(plan.candidatePairs), qlonglong(plan.merges.size()),
                qlonglong(plan.reviews.size()), records.isEmpty() ? 0.0 : 100.0 * double(plan.reviews.size()) / double(records.size()),
                plan.conflicts, plan.leftToOneDecision, plan.notQueuedWithoutEvidence, run->seconds);
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        std::printf("    %8lld  %s\n", qlonglong(it.value()), qPrintable(it.key()));
}

/**
 * The best recall attainable under the safety rules of issue 14, whatever the names say: within
 * each ground-truth person, records are joined (union-find) by every pair the rules allow to be
 * merged automatically: no veto (two incompatible dates of birth), and either both sides carry a
 * date of birth or the pair has context evidence (a shared vehicle, co-offender or store within
 * MatchModel::kStoreWindowDays). Mention pairs (as the pairwise recall counts them) inside the
 * resulting components are the ceiling; the true pairs left between components are listed by what
 * context they do have (a town, the same store outside the window, nothing). Variants: the store
 * at any time, and a town in common allowed as context (which the rules do not allow).
 */
void ceiling(const QList<ResolveRecord> &records, const QList<int> &truthOf, const QList<int> &weight,
             const MatchModel &m, const QSet<quint64> &candidates)
{
    QHash<int, QList<int>> byTruth;
    for (int i = 0; i < records.size(); ++i)
        if (truthOf.at(i) >= 0)
            byTruth[truthOf.at(i)] << i;
    auto sharedStoreEver = [](const ResolveRecord &x, const ResolveRecord &y) {
        for (const StoreVisit &a : x.visits)
            for (const StoreVisit &b : y.visits)
                if (a.store == b.store)
                    return true;
        return false;
    };
    // variant 0: the rules; 1: store at any time; 2: town too; 3: any pair not vetoed; 4: the rules
    // among the candidate pairs of the blocking only.
    qint64 actual = 0, tp[5] = {0, 0, 0, 0, 0};
    QMap<QString, qint64> unreachable;
    for (const QList<int> &members : std::as_const(byTruth)) {
        qint64 total = 0;
        for (int r : members)
            total += weight.at(r);
        actual += demotruth::pairsOf(total);
        for (int variant = 0; variant < 5; ++variant) {
            QHash<int, int> parent;
            for (int r : members)
                parent[r] = r;
            std::function<int(int)> find = [&](int x) { return parent[x] == x ? x : parent[x] = find(parent[x]); };
            for (qsizetype x = 0; x < members.size(); ++x)
                for (qsizetype y = x + 1; y < members.size(); ++y) {
                    const ResolveRecord &a = records.at(members.at(x)), &b = records.at(members.at(y));
                    bool incompatible = false;
                    const MatchModel::Levels l = m.levels(a, b, nullptr, &incompatible);
                    if (incompatible)
                        continue;
                    bool ok = l[MatchModel::Dob] >= 0 || l[MatchModel::Vehicle] == 0 ||
                              l[MatchModel::Associate] == 0 || l[MatchModel::Store] == 0;
                    if (variant == 4) {
                        const quint64 key = (quint64(std::min(members.at(x), members.at(y))) << 32) |
                                            quint64(std::max(members.at(x), members.at(y)));
                        ok = ok && candidates.contains(key);
                    } else {
                        if (variant >= 1)
                            ok = ok || sharedStoreEver(a, b);
                        if (variant >= 2)
                            ok = ok || l[MatchModel::Area] == 0;
                        if (variant >= 3)
                            ok = true;
                    }
                    if (ok)
                        parent[find(members.at(x))] = find(members.at(y));
                }
            QHash<int, qint64> component;
            for (int r : members)
                component[find(r)] += weight.at(r);
            for (qint64 w : std::as_const(component))
                tp[variant] += demotruth::pairsOf(w);
            if (variant == 0)
                for (qsizetype x = 0; x < members.size(); ++x)
                    for (qsizetype y = x + 1; y < members.size(); ++y) {
                        const int ra = members.at(x), rb = members.at(y);
                        if (find(ra) == find(rb))
                            continue;
                        const ResolveRecord &a = records.at(ra), &b = records.at(rb);
                        const MatchModel::Levels l = m.levels(a, b);
                        const QString why =
                            QStringLiteral("DOB %1 / %2; %3; %4")
                                .arg(a.dobs.isEmpty() ? QStringLiteral("none") : QStringLiteral("yes"),
                                     b.dobs.isEmpty() ? QStringLiteral("none") : QStringLiteral("yes"),
                                     sharedStoreEver(a, b) ? QStringLiteral("same store outside the window")
                                                           : QStringLiteral("no shared store"),
                                     l[MatchModel::Area] == 0 ? QStringLiteral("a town in common")
                                                              : QStringLiteral("no town in common"));
                        unreachable[why] += qint64(weight.at(ra)) * weight.at(rb);
                    }
        }
    }
    std::printf("  ceiling under the safety rules, pair by pair (a cluster may combine evidence no pair has; the "
                "cluster rule on dates of birth is not applied) (mention pairs; %lld true pairs):\n",
                qlonglong(actual));
    static const char *const kVariant[] = {"the rules (DOB on both sides, or vehicle / co-offender / store in the window)",
                                           "+ the same store at any time", "+ a town in common",
                                           "any pair not vetoed (no context rule)",
                                           "the rules, among the candidate pairs only (name, DOB and context blocks)"};
    for (int v = 0; v < 5; ++v)
        std::printf("    %-76s recall <= %.4f (%lld pairs)\n", kVariant[v], actual ? double(tp[v]) / double(actual) : 1.0,
                    qlonglong(tp[v]));
    std::printf("  true pairs beyond the rules' reach, by the evidence they have (mention pairs between components):\n");
    for (auto it = unreachable.cbegin(); it != unreachable.cend(); ++it)
        std::printf("    %8lld  %s\n", qlonglong(it.value()), qPrintable(it.key()));
}

/**
 * Each record's ground-truth person (the one most of its mentions belong to) and its weight (its
 * mentions), from the demo's ground truth; false when the file cannot be read.
 */
bool recordTruth(Workspace &ws, const QString &groundTruthPath, EntityType type, const QList<ResolveRecord> &records,
                 QList<int> *truthOf, QList<int> *weight)
{
    QFile file(groundTruthPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject truth = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, qint64> entityOf;
    Statement all = ws.database().prepare(QStringLiteral(
        "SELECT i.file_name, sr.row_number, es.role, es.entity_id FROM entity_sources es "
        "JOIN source_records sr ON sr.id = es.source_record_id JOIN imports i ON i.id = sr.import_id"));
    while (all.step())
        entityOf.insert(all.text(0) + QLatin1Char('|') + QString::number(all.int64(1)) + QLatin1Char('|') +
                            all.text(2),
                        all.int64(3));
    QHash<qint64, QHash<int, int>> votes;
    const QJsonArray entities =
        truth.value(type == EntityType::Person ? QStringLiteral("persons") : QStringLiteral("vehicles"))
            .toArray();
    for (int t = 0; t < entities.size(); ++t)
        for (const QJsonValue &mv : entities.at(t).toObject().value(QStringLiteral("mentions")).toArray()) {
            const QJsonObject m = mv.toObject();
            const qint64 e = entityOf.value(
                m.value(QStringLiteral("file")).toString().section(QLatin1Char('/'), -1) + QLatin1Char('|') +
                    QString::number(m.value(QStringLiteral("row")).toInteger()) + QLatin1Char('|') +
                    m.value(QStringLiteral("role")).toString(),
                -1);
            if (e >= 0)
                ++votes[e][t];
        }
    for (const ResolveRecord &r : records) {
        int best = -1, n = 0, total = 0;
        const QHash<int, int> v = votes.value(r.entityId);
        for (auto it = v.cbegin(); it != v.cend(); ++it) {
            total += it.value();
            if (it.value() > n)
                best = it.key(), n = it.value();
        }
        *truthOf << best;
        *weight << std::max(1, total);
    }
    return true;
}

/**
 * --diagnose: why true pairs of person records stay apart (and false pairs merge) under the
 * match model, on the imported demo before any resolution: each record is given the ground-truth
 * person most of its mentions belong to; pairs are weighted by their mentions (as the pairwise
 * figures are), and grouped by what the engine did with them and by their comparison levels.
 */
void diagnose(const DemoSet &demo, EntityType type, ResolveModel model)
{
    const std::unique_ptr<Workspace> ws = openDemo(demo);
    if (!ws)
        return;
    const QList<ResolveRecord> records = loadRecords(*ws, type);
    QList<int> truthOf, weight;
    if (!recordTruth(*ws, demo.groundTruthPath, type, records, &truthOf, &weight))
        return;
    ResolveSettings settings;
    settings.model = model;
    ResolveEngine engine(type, settings.thresholdsFor(type), settings.maxBlockSize);
    auto m = std::make_shared<MatchModel>();
    if (model == ResolveModel::Probabilistic && type == EntityType::Person)
        engine.setModel(m);
    const ResolvePlan plan = engine.run(records);
    if (engine.model()) {
        std::printf("\n[diagnose] model: lambda %.4g\n", m->lambda());
        for (const Comparison &c : m->comparisons())
            for (int l = 0; l < c.levelCount(); ++l)
                std::printf("  %-10s %-12s m %.5f u %.6f w %+.2f\n", qPrintable(c.key()),
                            qPrintable(c.level(l).key), c.level(l).m, c.level(l).u, c.weight(l));
    }
    QSet<quint64> candidates, queued;
    {
        const auto named = CandidateBlocker::pairs(records, settings.maxBlockSize, nullptr, settings.blockWindow);
        for (const auto &[a, b] : named)
            candidates.insert((quint64(a) << 32) | quint64(b));
        if (engine.model())
            for (const auto &[a, b] : ContextBlocker::pairs(records, named, settings.blockWindow))
                if (m->levels(records.at(a), records.at(b))[MatchModel::Name] != MatchModel::NameDifferent)
                    candidates.insert((quint64(a) << 32) | quint64(b));
    }
    for (const CandidatePair &p : plan.reviews)
        queued.insert((quint64(std::min(p.a, p.b)) << 32) | quint64(std::max(p.a, p.b)));
    // Store visits: (store, day) per live person record.
    QHash<qint64, QList<QPair<qint64, qint64>>> visits;
    {
        Statement v = ws->database().prepare(QStringLiteral(
            "SELECT lp.from_id, s.id, i.occurred_at FROM links lp JOIN entities i ON i.id = lp.to_id AND "
            "i.type = 4 "
            "JOIN links ls ON ls.from_id = i.id JOIN entities s ON s.id = ls.to_id AND s.type = 3 "
            "JOIN entities p ON p.id = lp.from_id AND p.type = 1"));
        while (v.step())
            visits[v.int64(0)] << qMakePair(
                v.int64(1), QDateTime::fromString(v.text(2), Qt::ISODate).date().toJulianDay());
    }
    auto storeGap = [&](int a, int b) {
        qint64 best = -1;
        for (const auto &x : visits.value(records.at(a).entityId))
            for (const auto &y : visits.value(records.at(b).entityId))
                if (x.first == y.first && (best < 0 || std::abs(x.second - y.second) < best))
                    best = std::abs(x.second - y.second);
        return best < 0     ? QStringLiteral("no store")
               : best <= 30 ? QStringLiteral("store<=30d")
               : best <= 90 ? QStringLiteral("store<=90d")
                            : QStringLiteral("store>90d");
    };
    QMap<QString, qint64> missed, wrong;
    QHash<int, QList<int>> byTruth;
    for (int i = 0; i < records.size(); ++i)
        if (truthOf.at(i) >= 0)
            byTruth[truthOf.at(i)] << i;
    auto describe = [&](int a, int b) {
        const ResolveRecord &x = records.at(a), &y = records.at(b);
        const MatchResult r = engine.score(x, y, false);
        QString what;
        if (!candidates.contains((quint64(a) << 32) | quint64(b)))
            what = QStringLiteral("not a candidate");
        else if (r.veto)
            what = QStringLiteral("veto");
        else if (queued.contains((quint64(a) << 32) | quint64(b)))
            what = QStringLiteral("queued");
        else if (r.score < settings.thresholdsFor(type).review)
            what = QStringLiteral("below review");
        else
            what = QStringLiteral("between (other pair queued/conflict)");
        if (engine.model()) {
            const MatchModel::Levels l = m->levels(x, y);
            what += QStringLiteral(" | name %1 dob %2 area %3 veh %4 assoc %5 | ctx %6 %7")
                        .arg(l[0])
                        .arg(l[1])
                        .arg(l[2])
                        .arg(l[3])
                        .arg(l[4])
                        .arg(r.needsContext)
                        .arg(storeGap(a, b));
        }
        return what;
    };
    qint64 missedTotal = 0;
    for (const QList<int> &members : std::as_const(byTruth))
        for (qsizetype x = 0; x < members.size(); ++x)
            for (qsizetype y = x + 1; y < members.size(); ++y) {
                const int a = std::min(members.at(x), members.at(y)),
                          b = std::max(members.at(x), members.at(y));
                if (plan.clusterOf.at(a) == plan.clusterOf.at(b))
                    continue;
                const qint64 w = qint64(weight.at(a)) * weight.at(b);
                missed[describe(a, b)] += w;
                missedTotal += w;
            }
    for (const CandidatePair &p : plan.merges)
        if (truthOf.at(p.a) != truthOf.at(p.b))
            wrong[describe(std::min(p.a, p.b), std::max(p.a, p.b))] +=
                qint64(weight.at(p.a)) * weight.at(p.b);
    auto print = [](const char *title, const QMap<QString, qint64> &map, qint64 total) {
        QList<QPair<qint64, QString>> rows;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            rows << qMakePair(it.value(), it.key());
        std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        std::printf("  %s (%lld mention pairs, direct record pairs only)\n", title, qlonglong(total));
        for (qsizetype i = 0; i < rows.size() && i < 25; ++i)
            std::printf("    %8lld  %s\n", qlonglong(rows.at(i).first), qPrintable(rows.at(i).second));
    };
    print("missed", missed, missedTotal);
    ceiling(records, truthOf, weight, *m, candidates);
    if (engine.model()) {
        // Per comparison pattern among candidate pairs: same person / different people (record pairs).
        QMap<QString, QPair<int, int>> patterns;
        for (const auto &[a, b] : CandidateBlocker::pairs(records, settings.maxBlockSize)) {
            const MatchModel::Levels l = m->levels(records.at(a), records.at(b));
            const QString key = QStringLiteral("name %1 dob %2 area %3 veh %4 assoc %5 %7 score %6")
                                    .arg(l[0])
                                    .arg(l[1])
                                    .arg(l[2])
                                    .arg(l[3])
                                    .arg(l[4])
                                    .arg(storeGap(a, b))
                                    .arg(engine.score(records.at(a), records.at(b), false).score, 0, 'f', 4);
            auto &c = patterns[key];
            (truthOf.at(a) == truthOf.at(b) && truthOf.at(a) >= 0 ? c.first : c.second) += 1;
        }
        QList<QPair<int, QString>> rows;
        for (auto it = patterns.cbegin(); it != patterns.cend(); ++it)
            rows << qMakePair(it.value().first + it.value().second, it.key());
        std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        std::printf("  candidate patterns: same / different\n");
        for (qsizetype i = 0; i < rows.size() && i < 40; ++i)
            std::printf("    %6d %6d  %s\n", patterns.value(rows.at(i).second).first,
                        patterns.value(rows.at(i).second).second, qPrintable(rows.at(i).second));
    }
    print("wrongly merged edges", wrong, 0);
    std::printf("  queue %lld pairs for %lld records\n", qlonglong(plan.reviews.size()),
                qlonglong(records.size()));
    QMap<QString, QPair<int, int>> queue;
    for (const CandidatePair &p : plan.reviews) {
        const MatchResult r = engine.score(ResolveEngine::comparedRecord(plan, records, p.a, p.pass),
                                           ResolveEngine::comparedRecord(plan, records, p.b, p.pass), false);
        const QString why = r.needsContext                                    ? QStringLiteral("needs context")
                            : r.score >= settings.thresholdsFor(type).autoMerge ? QStringLiteral("conflict/ambiguous")
                                                                              : QStringLiteral("review band %1").arg(int(r.score * 10) / 10.0);
        auto &c = queue[why];
        (truthOf.at(p.a) == truthOf.at(p.b) ? c.first : c.second) += 1;
    }
    for (auto it = queue.cbegin(); it != queue.cend(); ++it)
        std::printf("    queued %-24s same %5d different %5d\n", qPrintable(it.key()), it.value().first,
                    it.value().second);
}

/**
 * --audit: the match model in memory (no workspace copy, so it runs on the 1,000,000-incident
 * demo) against the ground truth: pairwise precision and recall of persons over mention pairs
 * (each record counted as the person most of its mentions belong to), the review queue, and the
 * merged edges by comparison pattern, right and wrong, with a few examples of merges whose names
 * agree at no level.
 */
void audit(const DemoSet &demo)
{
    const std::optional<ModelRun> run = runModelInMemory(demo);
    if (!run)
        return;
    const QList<ResolveRecord> &records = run->records;
    const MatchModel *m = run->model.get();
    const ResolvePlan &plan = run->plan;
    QList<int> truthOf, weight;
    if (!recordTruth(*run->ws, demo.groundTruthPath, EntityType::Person, records, &truthOf, &weight))
        return;
    // Pairwise over mentions: a record without truth is a person of its own.
    QHash<qint64, qint64> byTruth, byCluster, byBoth;
    for (int i = 0; i < records.size(); ++i) {
        const qint64 t = truthOf.at(i) >= 0 ? truthOf.at(i) : -1 - i;
        byTruth[t] += weight.at(i);
        byCluster[plan.clusterOf.at(i)] += weight.at(i);
        byBoth[(t << 24) ^ plan.clusterOf.at(i)] += weight.at(i);
    }
    qint64 tp = 0, predicted = 0, actual = 0;
    for (qint64 n : std::as_const(byTruth))
        actual += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byCluster))
        predicted += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byBoth))
        tp += demotruth::pairsOf(n);
    std::printf("\n[audit] %s: %lld person records, %lld candidate pairs, %lld merges, %lld queued (%.1f%% of records), "
                "%d not queued without evidence, closure violations %d, %d passes (%lld pairs compared again), "
                "in %.1f s\n"
                "  persons precision %.4f recall %.4f (%lld true, %lld predicted, %lld actual mention pairs)\n",
                qPrintable(demo.label), qlonglong(records.size()), qlonglong(plan.candidatePairs),
                qlonglong(plan.merges.size()), qlonglong(plan.reviews.size()),
                records.isEmpty() ? 0.0 : 100.0 * double(plan.reviews.size()) / double(records.size()),
                plan.notQueuedWithoutEvidence, plan.closureViolations, plan.passes, qlonglong(plan.comparedAgain),
                run->seconds,
                predicted ? double(tp) / double(predicted) : 1.0, actual ? double(tp) / double(actual) : 1.0,
                qlonglong(tp), qlonglong(predicted), qlonglong(actual));
    QMap<QString, QPair<qint64, qint64>> merged, queued;
    // As the pass that scored the pair compared it (a later pass compares clusters).
    auto pattern = [&](const CandidatePair &p) {
        const MatchModel::Levels l = m->levels(ResolveEngine::comparedRecord(plan, records, p.a, p.pass),
                                               ResolveEngine::comparedRecord(plan, records, p.b, p.pass));
        return QStringLiteral("pass %7 name %1 dob %2 area %3 veh %4 assoc %5 store %6")
            .arg(l[MatchModel::Name])
            .arg(l[MatchModel::Dob])
            .arg(l[MatchModel::Area])
            .arg(l[MatchModel::Vehicle])
            .arg(l[MatchModel::Associate])
            .arg(l[MatchModel::Store])
            .arg(p.pass > 1 ? QStringLiteral("2+") : QStringLiteral("1"));
    };
    auto same = [&](int a, int b) { return truthOf.at(a) >= 0 && truthOf.at(a) == truthOf.at(b); };
    int examples[2] = {0, 0};
    auto text = [&](int r) {
        QStringList parts;
        for (const NameForm &n : records.at(r).names)
            parts << n.forename + QLatin1Char(' ') + n.surname;
        for (const QDate &d : records.at(r).dobs)
            parts << d.toString(Qt::ISODate);
        return parts.join(QLatin1Char('/'));
    };
    for (const CandidatePair &p : plan.merges) {
        auto &c = merged[pattern(p)];
        (same(p.a, p.b) ? c.first : c.second) += 1;
        if (m->levels(ResolveEngine::comparedRecord(plan, records, p.a, p.pass),
                      ResolveEngine::comparedRecord(plan, records, p.b, p.pass))[MatchModel::Name] ==
                MatchModel::NameDifferent &&
            examples[same(p.a, p.b)]++ < 6)
            std::printf("  example merge, names at no level (%s, score %.4f): %s | %s\n",
                        same(p.a, p.b) ? "same person" : "different people", p.score, qPrintable(text(p.a)),
                        qPrintable(text(p.b)));
    }
    for (const CandidatePair &p : plan.reviews) {
        auto &c = queued[pattern(p)];
        (same(p.a, p.b) ? c.first : c.second) += 1;
    }
    auto print = [](const char *title, const QMap<QString, QPair<qint64, qint64>> &map, bool wrongFirst = false) {
        QList<QPair<qint64, QString>> rows;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            rows << qMakePair(wrongFirst ? it.value().second : it.value().first + it.value().second, it.key());
        std::sort(rows.begin(), rows.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
        std::printf("  %s by pattern (record pairs): same person / different people\n", title);
        for (qsizetype i = 0; i < rows.size() && i < 20; ++i)
            std::printf("    %8lld %8lld  %s\n", qlonglong(map.value(rows.at(i).second).first),
                        qlonglong(map.value(rows.at(i).second).second), qPrintable(rows.at(i).second));
    };
    print("merged edges", merged);
    print("merged edges, most wrong first,", merged, true);
    print("queued pairs", queued);
}

QString typo(QString word, QRandomGenerator &rng)
{
    if (word.size() < 3)
        return word;
    const int i = 1 + int(rng.bounded(word.size() - 1));
    word[i] = QChar(u'A' + char16_t(rng.bounded(26)));
    return word;
}

struct SyntheticPerson
{
    QString forename, surname; // as written
    QDate dob;                 // null when not written
    QString town;
    int truth = 0;
};

// People drawn from the demo's name catalogue, each written one to six times with the demo's
// recording errors: surname typos, initials, missing and day/month-swapped dates of birth.
QList<SyntheticPerson> synthesise(int count, quint32 seed, int *people)
{
    QRandomGenerator rng(seed);
    const QList<QString> &surnames = NameCatalogue::surnames();
    QList<QString> forenames = NameCatalogue::femaleForenames();
    forenames += NameCatalogue::maleForenames();
    static const char *const kTowns[] = {"BIRMINGHAM", "COVENTRY", "ROCHDALE",  "OLDHAM",
                                         "BOLTON",     "WIGAN",    "STOCKPORT", "DERBY",
                                         "NOTTINGHAM", "LEEDS",    "SHEFFIELD", "STOKE"};
    QList<SyntheticPerson> out;
    out.reserve(count);
    int person = 0;
    while (out.size() < count) {
        const QString surname = surnames.at(rng.bounded(int(surnames.size())));
        const QString forename = forenames.at(rng.bounded(int(forenames.size())));
        const QDate dob = QDate(1955, 1, 1).addDays(rng.bounded(18000));
        const QString town = QString::fromLatin1(kTowns[rng.bounded(12)]);
        const int mentions = 1 + int(rng.bounded(6));
        for (int m = 0; m < mentions && out.size() < count; ++m) {
            SyntheticPerson p{forename, surname, dob, town, person};
            const int noise = int(rng.bounded(100));
            if (noise < 5)
                p.surname = typo(p.surname.toUpper(), rng);
            else if (noise < 9)
                p.forename = p.forename.left(1);
            else if (noise < 15)
                p.dob = QDate();
            else if (noise < 17 && dob.day() <= 12 && dob.day() != dob.month())
                p.dob = QDate(dob.year(), dob.day(), dob.month());
            out << p;
        }
        ++person;
    }
    *people = person;
    return out;
}

template <typename Key> double pairwise(const QList<int> &truth, const QList<Key> &cluster, double *recall)
{
    QHash<int, qint64> byTruth;
    QHash<Key, qint64> byCluster;
    QHash<QPair<int, Key>, qint64> byBoth;
    for (int i = 0; i < truth.size(); ++i) {
        ++byTruth[truth.at(i)];
        ++byCluster[cluster.at(i)];
        ++byBoth[qMakePair(truth.at(i), cluster.at(i))];
    }
    qint64 tp = 0, predicted = 0, actual = 0;
    for (qint64 n : std::as_const(byTruth))
        actual += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byCluster))
        predicted += demotruth::pairsOf(n);
    for (qint64 n : std::as_const(byBoth))
        tp += demotruth::pairsOf(n);
    *recall = actual ? double(tp) / double(actual) : 1.0;
    return predicted ? double(tp) / double(predicted) : 1.0;
}

void runSynthetic(int count, quint32 seed, ResolveModel model)
{
    int people = 0;
    const QList<SyntheticPerson> persons = synthesise(count, seed, &people);
    QList<ResolveRecord> records;
    QList<int> truth;
    records.reserve(count);
    for (const SyntheticPerson &p : persons) {
        ResolveRecord r;
        r.entityId = records.size() + 1;
        r.names << NameForm{StringMetrics::matchForm(p.forename), StringMetrics::matchForm(p.surname), false};
        if (p.dob.isValid())
            r.dobs << p.dob;
        r.areas << p.town;
        records << r;
        truth << p.truth;
    }
    QElapsedTimer timer;
    resetPeakMemory();
    timer.start();
    ResolveSettings settings;
    settings.model = model;
    ResolveEngine engine(EntityType::Person, settings.thresholdsFor(EntityType::Person));
    if (model == ResolveModel::Probabilistic)
        engine.setModel(std::make_shared<MatchModel>());
    const ResolvePlan plan = engine.run(records);
    const qint64 ms = timer.elapsed();
    const double peak = peakMemoryMb();
    double recall = 0;
    const double precision = pairwise(truth, plan.clusterOf, &recall);
    std::printf(
        "synthetic in memory (%s): %d person records (%d people), %lld candidate pairs (per record: mean %.1f, max "
        "%d; bound 2 x %d per key): resolved in %.2f s "
        "(%d merges, %d for review), peak memory %.0f MB; precision %.4f recall %.4f\n",
        model == ResolveModel::Rules ? "rules" : "fellegi-sunter", count, people, qlonglong(plan.candidatePairs),
        plan.meanPairsPerRecord, plan.maxPairsPerRecord, engine.blockWindow(), double(ms) / 1000.0,
        int(plan.merges.size()), int(plan.reviews.size()), peak, precision, recall);
}

// The same synthetic people end to end: written as a retailer export, imported (which merges
// equal name + date of birth), then resolved in the workspace with every merge recorded.
bool runSyntheticWorkspace(int count, quint32 seed)
{
    int people = 0;
    const QList<SyntheticPerson> persons = synthesise(count, seed, &people);
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("synthetic.csv")));
    if (!csv.open(QIODevice::WriteOnly))
        return false;
    QByteArray text = "Ref,Town,Name,DOB\n";
    for (int i = 0; i < persons.size(); ++i) {
        const SyntheticPerson &p = persons.at(i);
        text +=
            QStringLiteral("S%1,%2,%3 %4,%5\n")
                .arg(i + 1)
                .arg(p.town, p.forename, p.surname, p.dob.isValid() ? p.dob.toString(Qt::ISODate) : QString())
                .toUtf8();
    }
    csv.write(text);
    csv.close();
    const char *spec = R"({"name": "Synthetic", "record_key": "Ref",
      "source": {"organisation": "Synthetic Stores", "kind": "retailer"},
      "format": {"format": "csv", "delimiter": ",", "encoding": "utf-8", "header_row": 1},
      "grading": {"source": "2", "intelligence": "B", "handling": "P", "conditions": ""},
      "entities": {"incident": {"type": "incident", "key": "Ref"},
                   "store": {"type": "location", "subtype": "store", "key": "Town", "fields": {"town": "Town"}},
                   "offender": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}}},
      "links": [{"from": "offender", "to": "incident", "type": "offender_in"},
                {"from": "incident", "to": "store", "type": "occurred_at"}]})";
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("synthetic.fcdb")), &error);
    const auto importSpec = ImportSpec::fromJson(spec, &error);
    if (!ws || !importSpec) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    const ImportReport imported = Importer(*ws, *importSpec).importFile(csv.fileName());
    if (!imported.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.message));
        return false;
    }
    const qint64 importMs = timer.restart();
    resetPeakMemory();
    const ResolveReport report = EntityResolver(*ws).run(ResolveSettings());
    const qint64 resolveMs = timer.elapsed();
    const double peak = peakMemoryMb();
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return false;
    }
    QList<int> truth;
    QList<qint64> cluster;
    Statement st = ws->database().prepare(QStringLiteral(
        "SELECT sr.row_number, coalesce(e.merged_into, e.id) FROM entity_sources es "
        "JOIN source_records sr ON sr.id = es.source_record_id JOIN entities e ON e.id = es.entity_id "
        "WHERE e.type = 1"));
    while (st.step()) {
        truth << persons.at(int(st.int64(0)) - 2).truth; // the header is row 1
        cluster << st.int64(1);
    }
    double recall = 0;
    const double precision = pairwise(truth, cluster, &recall);
    const ResolveTypeReport &t = report.types.first();
    std::printf(
        "synthetic in a workspace: %d person rows imported in %.2f s (%d entities); resolved in %.2f s "
        "(%lld candidate pairs, %d merges, %d queued), peak memory %.0f MB; precision %.4f recall %.4f\n",
        count, double(importMs) / 1000.0, t.records, double(resolveMs) / 1000.0, qlonglong(t.candidatePairs),
        t.merged, t.queued, peak, precision, recall);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it comes, also into a file or pipe
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("seed"), QStringLiteral("Demo seed (repeatable)."),
                                        QStringLiteral("S")));
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), QStringLiteral("Demo incidents."),
                                        QStringLiteral("N"), QStringLiteral("4000")));
    parser.addOption(QCommandLineOption(QStringLiteral("noise"),
                                        QStringLiteral("Demo noise: standard or hard (repeatable; default both)."),
                                        QStringLiteral("LEVEL")));
    parser.addOption(QCommandLineOption(QStringLiteral("records"),
                                        QStringLiteral("Synthetic person records (0: none)."),
                                        QStringLiteral("N"), QStringLiteral("200000")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("model-thresholds"),
                           QStringLiteral("The match model's person merge and review thresholds."),
                           QStringLiteral("MERGE,REVIEW")));
    parser.addOption(QCommandLineOption(QStringLiteral("diagnose"),
                                        QStringLiteral("Why the match model misses true pairs (persons).")));
    parser.addOption(QCommandLineOption(QStringLiteral("queue-causes"),
                                        QStringLiteral("The match model's review queue of persons by cause.")));
    parser.addOption(QCommandLineOption(QStringLiteral("audit"),
                                        QStringLiteral("The match model in memory against the truth (persons).")));
    parser.addOption(QCommandLineOption(QStringLiteral("keep"), QStringLiteral("Keep the imported demo.")));
    parser.addOption(QCommandLineOption(QStringLiteral("reuse"),
                                        QStringLiteral("Use the demo kept in DIR by --keep."), QStringLiteral("DIR")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-workspace"),
                                        QStringLiteral("Resolve the synthetic records in memory only.")));
    parser.process(app);
    QStringList seeds = parser.values(QStringLiteral("seed"));
    if (seeds.isEmpty())
        seeds << QStringLiteral("1");
    QStringList noises = parser.values(QStringLiteral("noise"));
    if (noises.isEmpty())
        noises << QStringLiteral("standard") << QStringLiteral("hard");
    const int incidents = parser.value(QStringLiteral("incidents")).toInt();
    for (const QString &noise : std::as_const(noises)) {
        if (noise != QLatin1String("standard") && noise != QLatin1String("hard")) {
            std::fprintf(stderr, "--noise must be standard or hard\n");
            return 2;
        }
        for (const QString &s : std::as_const(seeds)) {
            const auto demo = prepareDemo(noise == QLatin1String("hard") ? DemoNoise::Hard : DemoNoise::Standard,
                                          s.toUInt(), incidents, parser.value(QStringLiteral("reuse")),
                                          parser.isSet(QStringLiteral("keep")));
            if (!demo)
                return 1;
            if (parser.isSet(QStringLiteral("queue-causes"))) {
                queueCauses(*demo);
                continue;
            }
            if (parser.isSet(QStringLiteral("audit"))) {
                audit(*demo);
                continue;
            }
            measureImportAlone(*demo);
            if (parser.isSet(QStringLiteral("diagnose"))) {
                diagnose(*demo, EntityType::Person, ResolveModel::Probabilistic);
                continue;
            }
            // One line per engine, on the same data in the same run.
            ResolveSettings rules; // the hand-set scores, the engine before the model (default until issue 14)
            rules.model = ResolveModel::Rules;
            if (!measure(*demo, "rules", rules))
                return 1;
            ResolveSettings model;
            model.model = ResolveModel::Probabilistic;
            if (parser.isSet(QStringLiteral("model-thresholds"))) {
                const QStringList t =
                    parser.value(QStringLiteral("model-thresholds")).split(QLatin1Char(','));
                model.setThresholds(EntityType::Person,
                                    ResolveThresholds{t.value(0).toDouble(), t.value(1).toDouble()});
            }
            if (!measure(*demo, "fellegi-sunter", model))
                return 1;
        }
    }
    const int records = parser.value(QStringLiteral("records")).toInt();
    if (records > 0) {
        runSynthetic(records, 42, ResolveModel::Rules);
        runSynthetic(records, 42, ResolveModel::Probabilistic);
        if (!parser.isSet(QStringLiteral("no-workspace")) && !runSyntheticWorkspace(records, 42))
            return 1;
    }
    return 0;
}
