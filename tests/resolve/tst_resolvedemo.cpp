#include "demo/demogenerator.h"
#include "demotruth.h"
#include "ingest/importer.h"
#include "ingest/importspec.h"
#include "resolve/entityresolver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * Acceptance on the demo data: after import and resolution, pairwise precision and recall of
 * persons (>= 0.99 / >= 0.95) and vehicles (>= 0.99 / >= 0.99) against the ground truth the
 * generator writes (ground_truth.json, independent of the importer and the resolver). Two seeds,
 * so that the thresholds are not tuned to one data set.
 */
class TestResolveDemo : public QObject
{
    Q_OBJECT
private slots:
    void precisionAndRecall_data();
    void precisionAndRecall();
};

void TestResolveDemo::precisionAndRecall_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
}

void TestResolveDemo::precisionAndRecall()
{
    QFETCH(quint32, seed);
    QTemporaryDir dir;
    DemoOptions options;
    options.outDir = dir.path();
    options.seed = seed;
    DemoOutput demo;
    QString error;
    QVERIFY2(DemoGenerator(options).generate(&demo, &error), qPrintable(error));
    auto ws = Workspace::open(dir.filePath(QStringLiteral("demo.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    for (const auto &pair : std::as_const(demo.imports)) {
        const auto spec = ImportSpec::load(pair.second, &error);
        QVERIFY2(spec, qPrintable(error));
        const ImportReport r = Importer(*ws, *spec).importFile(pair.first);
        QVERIFY2(r.ok(), qPrintable(r.message));
    }
    const ResolveReport report = EntityResolver(*ws).run(ResolveSettings());
    QVERIFY2(report.ok, qPrintable(report.message));

    const auto persons = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("persons"));
    const auto vehicles = demotruth::score(*ws, demo.groundTruthPath, QStringLiteral("vehicles"));
    QVERIFY(persons.mentions > 1000);
    QCOMPARE(persons.unmapped, 0);
    QVERIFY(vehicles.mentions > 100);
    QCOMPARE(vehicles.unmapped, 0);
    qInfo("seed %u: persons precision %.4f recall %.4f; vehicles precision %.4f recall %.4f", seed,
          persons.precision(), persons.recall(), vehicles.precision(), vehicles.recall());
    QVERIFY2(persons.precision() >= 0.99, qPrintable(QString::number(persons.precision())));
    QVERIFY2(persons.recall() >= 0.95, qPrintable(QString::number(persons.recall())));
    QVERIFY2(vehicles.precision() >= 0.99, qPrintable(QString::number(vehicles.precision())));
    QVERIFY2(vehicles.recall() >= 0.99, qPrintable(QString::number(vehicles.recall())));
}

QTEST_GUILESS_MAIN(TestResolveDemo)
#include "tst_resolvedemo.moc"
