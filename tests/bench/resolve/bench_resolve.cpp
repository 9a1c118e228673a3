// Entity resolution benchmark.
//  1. The demo data set (seeds given with --seed, default 1): imported, resolved, then pairwise
//     precision and recall of persons and vehicles against the generator's ground truth.
//  2. --records N (default 200000) synthetic person records with the demo's recording errors,
//     resolved in memory by ResolveEngine: the time, pairs compared and pairwise precision/recall;
//     then the same records end to end: imported as an export and resolved in the workspace.
// Run: build-resolve/bin/bench_resolve [--seed S]... [--incidents N] [--records N]

#include "demo/demogenerator.h"
#include "demo/namecatalogue.h"
#include "demotruth.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"
#include "resolve/resolveengine.h"
#include "resolve/stringmetrics.h"
#include "store/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace fc;

namespace {

const char *modelName(ResolveModel model)
{
    return model == ResolveModel::Rules ? "rules" : "fellegi-sunter";
}

bool runDemo(quint32 seed, int incidents, ResolveModel model)
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
    ResolveSettings settings;
    settings.model = model;
    const ResolveReport report = EntityResolver(*ws).run(settings);
    if (!report.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(report.message));
        return false;
    }
    const auto persons = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const auto vehicles = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    std::printf("demo seed %u, %d incidents, model %s: resolved in %lld ms\n", seed, incidents, modelName(model),
                qlonglong(report.elapsedMs));
    for (const ResolveTypeReport &t : report.types)
        std::printf("  %-8s %6d records %9lld pairs (max %d per record): %5d merged, %4d queued (%.2f%% of "
                    "records), %6d kept apart, %d conflicts\n",
                    qPrintable(EntityTypes::name(t.type)), t.records, qlonglong(t.candidatePairs),
                    t.maxPairsPerRecord, t.merged, t.queued, t.records ? 100.0 * t.queued / t.records : 0.0,
                    t.keptApart, t.conflicts);
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
    timer.start();
    ResolveSettings settings;
    settings.model = model;
    ResolveEngine engine(EntityType::Person, settings.thresholdsFor(EntityType::Person));
    if (model == ResolveModel::Probabilistic)
        engine.setModel(std::make_shared<MatchModel>());
    const ResolvePlan plan = engine.run(records);
    const qint64 ms = timer.elapsed();
    double recall = 0;
    const double precision = pairwise(truth, plan.clusterOf, &recall);
    std::printf(
        "synthetic in memory, model %s: %d person records (%d people), %lld candidate pairs (max %d per record): "
        "resolved in %.2f s (%d merges, %d for review); precision %.4f recall %.4f\n",
        modelName(model), count, people, qlonglong(plan.candidatePairs), plan.maxPairsPerRecord, double(ms) / 1000.0, int(plan.merges.size()),
        int(plan.reviews.size()), precision, recall);
}

// The same synthetic people end to end: written as a retailer export, imported (which merges
// equal name + date of birth), then resolved in the workspace with every merge recorded.
bool runSyntheticWorkspace(int count, quint32 seed, ResolveModel model)
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
    ResolveSettings settings;
    settings.model = model;
    const ResolveReport report = EntityResolver(*ws).run(settings);
    const qint64 resolveMs = timer.elapsed();
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
        "synthetic in a workspace, model %s: %d person rows imported in %.2f s (%d entities); resolved in %.2f s "
        "(%lld candidate pairs, %d merges, %d queued); precision %.4f recall %.4f\n",
        modelName(model), count, double(importMs) / 1000.0, t.records, double(resolveMs) / 1000.0, qlonglong(t.candidatePairs),
        t.merged, t.queued, precision, recall);
    return true;
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
    parser.addOption(QCommandLineOption(QStringLiteral("no-workspace"),
                                        QStringLiteral("Resolve the synthetic records in memory only.")));
    parser.process(app);
    QStringList seeds = parser.values(QStringLiteral("seed"));
    if (seeds.isEmpty())
        seeds << QStringLiteral("1");
    // Both engines in the same run: the hand-set scores and the Fellegi-Sunter model.
    const ResolveModel models[] = {ResolveModel::Rules, ResolveModel::Probabilistic};
    for (const QString &s : seeds)
        for (ResolveModel model : models)
            if (!runDemo(s.toUInt(), parser.value(QStringLiteral("incidents")).toInt(), model))
                return 1;
    const int records = parser.value(QStringLiteral("records")).toInt();
    if (records > 0) {
        for (ResolveModel model : models)
            runSynthetic(records, 42, model);
        for (ResolveModel model : models)
            if (!parser.isSet(QStringLiteral("no-workspace")) && !runSyntheticWorkspace(records, 42, model))
                return 1;
    }
    return 0;
}
