#include "demo/demogenerator.h"
#include "demotruth.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * The pairwise scoring bench_resolve reports (tests/resolve/demotruth.h): pairs counted by the
 * pair of exports their two mentions come from, on a case worked by hand, and on a hard demo
 * where the pairs by export must add up to the overall figures.
 */
class TestDemoTruth : public QObject
{
    Q_OBJECT
private slots:
    void pairsBySourcesByHand();
    void bySourcesAddUpOnHardDemo();
};

void TestDemoTruth::pairsBySourcesByHand()
{
    // True entities T0 (mentions from source 0, 0 and 1) and T1 (source 1, 1); the workspace
    // holds E0 = {T0/0, T0/0} and E1 = {T0/1, T1/1, T1/1}.
    using demotruth::detail::Mapped;
    const std::vector<Mapped> m{{0, 100, 0, true}, {0, 100, 0, true}, {0, 101, 1, true},
                                {1, 101, 1, false}, {1, 101, 1, true}};
    QMap<QPair<int, int>, qint64> actual, predicted, truePairs;
    demotruth::detail::countBySources(m, 2, [](const Mapped &x) { return x.truth; }, &actual);
    demotruth::detail::countBySources(m, 2, [](const Mapped &x) { return x.entity; }, &predicted);
    demotruth::detail::countBySources(
        m, 2, [](const Mapped &x) { return qMakePair(x.truth, x.entity); }, &truePairs);
    // T0: one 0x0 pair, two 0x1 pairs; T1: one 1x1 pair.
    QCOMPARE(actual.value({0, 0}), 1);
    QCOMPARE(actual.value({0, 1}), 2);
    QCOMPARE(actual.value({1, 1}), 1);
    // E0: one 0x0 pair; E1: three 1x1 pairs.
    QCOMPARE(predicted.value({0, 0}), 1);
    QCOMPARE(predicted.value({0, 1}), 0);
    QCOMPARE(predicted.value({1, 1}), 3);
    // (T0, E0): one 0x0 pair; (T0, E1): a single mention; (T1, E1): one 1x1 pair.
    QCOMPARE(truePairs.value({0, 0}), 1);
    QCOMPARE(truePairs.value({0, 1}), 0);
    QCOMPARE(truePairs.value({1, 1}), 1);
    // Overall: 3 + 1 actual pairs, 1 + 3 predicted, 1 + 1 true.
    const demotruth::PairwiseScore all = demotruth::detail::overallOf(m);
    QCOMPARE(all.actualPairs, 4);
    QCOMPARE(all.predictedPairs, 4);
    QCOMPARE(all.truePairs, 2);
    QCOMPARE(all.precision(), 0.5);
    QCOMPARE(all.recall(), 0.5);
}

void TestDemoTruth::bySourcesAddUpOnHardDemo()
{
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.path();
    options.incidents = 3000; // enough for every kind of noise to reach the importer
    options.noise = DemoNoise::Hard;
    DemoOutput demo;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(&demo, &error), qPrintable(error));
    auto ws = Workspace::open(dir.filePath(QStringLiteral("demo.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    for (const auto &pair : std::as_const(demo.imports)) {
        const auto spec = ImportSpec::load(pair.second, &error);
        QVERIFY2(spec, qPrintable(error));
        QVERIFY(Importer(*ws, *spec).importFile(pair.first).ok());
    }
    for (const QString kind : {QStringLiteral("persons"), QStringLiteral("vehicles")}) {
        const demotruth::PairwiseScore plain = demotruth::score(*ws, demo.groundTruthPath, kind);
        const demotruth::SourceScores s = demotruth::scoreBySource(*ws, demo.groundTruthPath, kind);
        QCOMPARE(s.overall.mentions, plain.mentions);
        QCOMPARE(s.overall.unmapped, 0);
        QCOMPARE(s.overall.actualPairs, plain.actualPairs);
        QCOMPARE(s.overall.predictedPairs, plain.predictedPairs);
        QCOMPARE(s.overall.truePairs, plain.truePairs);
        QCOMPARE(s.sources.size(), 4); // three retailers and the police
        QCOMPARE(s.bySources.size(), 10); // 4 x 4 pairs of exports, each once
        qint64 actual = 0, predicted = 0, truePairs = 0;
        for (const demotruth::PairwiseScore &p : s.bySources) {
            actual += p.actualPairs;
            predicted += p.predictedPairs;
            truePairs += p.truePairs;
        }
        QCOMPARE(actual, plain.actualPairs);
        QCOMPARE(predicted, plain.predictedPairs);
        QCOMPARE(truePairs, plain.truePairs);
        // Hard noise leaves mentions out of "with a date of birth", never adds any.
        QVERIFY(s.withDob.actualPairs <= s.overall.actualPairs);
        if (kind == QLatin1String("persons"))
            QVERIFY(s.withDob.actualPairs < s.overall.actualPairs);
    }
}

QTEST_GUILESS_MAIN(TestDemoTruth)
#include "tst_demotruth.moc"
