// Hot spots: kernel density, Getis-Ord Gi*, Benjamini-Hochberg and the Predictive Accuracy Index.
// Reference values: hand calculation (written out below) and, for Gi*, numpy through the committed
// script data/make_gi_fixture.py, whose output data/gi_fixture.json is committed.
#include "analysis/falsediscovery.h"
#include "analysis/getisord.h"
#include "analysis/kerneldensity.h"
#include "analysis/predictiveaccuracy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace fc;

class TestHotspots : public QObject
{
    Q_OBJECT
private slots:
    void quarticKernel();
    void kdeByHand();
    void kdeFlagsTopCells();
    void giStarAgainstNumpy_data();
    void giStarAgainstNumpy();
    void giStarFromPoints();
    void benjaminiHochberg_data();
    void benjaminiHochberg();
    void paiByHand();
    void paiRollingOrigin();
};

void TestHotspots::quarticKernel()
{
    // K(d) = 3/(pi h^2) (1 - d^2/h^2)^2: at the centre 3/(pi h^2), zero at and beyond h.
    QCOMPARE(KernelDensity::quartic(0, 100), 3.0 / (std::numbers::pi * 10000.0));
    QCOMPARE(KernelDensity::quartic(100, 100), 0.0);
    QCOMPARE(KernelDensity::quartic(150, 100), 0.0);
    // d = 50, h = 100: (1 - 0.25)^2 = 0.5625.
    QVERIFY(qFuzzyCompare(KernelDensity::quartic(50, 100), 3.0 * 0.5625 / (std::numbers::pi * 10000.0)));
}

void TestHotspots::kdeByHand()
{
    // A 4 x 1 grid of 100 m cells from (0, 0): centres (50,50), (150,50), (250,50), (350,50).
    // P1 at (50,50) weight 1, P2 at (150,50) weight 2, bandwidth h = 150.
    HotspotGrid g;
    g.cellSize = 100;
    g.columns = 4;
    g.rows = 1;
    KernelDensity::estimate(g, {{QPointF(50, 50), 1, 0}, {QPointF(150, 50), 2, 0}}, 150);
    const double k0 = 3.0 / (std::numbers::pi * 150.0 * 150.0); // kernel at distance 0
    const double k100 = k0 * std::pow(1.0 - (100.0 * 100.0) / (150.0 * 150.0), 2); // (5/9)^2 of it
    // Cell 0: P1 at 0 m, P2 at 100 m. Cell 1: P1 at 100 m, P2 at 0 m. Cell 2: P1 at 200 m (none),
    // P2 at 100 m. Cell 3: both beyond 150 m. Densities per km^2 (x 1e6).
    QVERIFY(qFuzzyCompare(g.values[0], 1e6 * (1 * k0 + 2 * k100)));
    QVERIFY(qFuzzyCompare(g.values[1], 1e6 * (1 * k100 + 2 * k0)));
    QVERIFY(qFuzzyCompare(g.values[2], 1e6 * (2 * k100)));
    QCOMPARE(g.values[3], 0.0);
    QCOMPARE(g.kernel, QStringLiteral("quartic"));
    QVERIFY(g.description.contains(QStringLiteral("150")));
}

void TestHotspots::kdeFlagsTopCells()
{
    HotspotGrid g;
    g.values = {0, 5, 1, 9, 3, 0, 0, 2, 0, 0};
    g.columns = 10;
    g.rows = 1;
    // 5 non-zero cells (5, 1, 9, 3, 2); the top 50% is ceil(2.5) = 3 cells: 9, 5, 3.
    KernelDensity::flagTop(g, 0.5);
    QCOMPARE(g.significantCount, 3);
    QVERIFY(g.significant[3] && g.significant[1] && g.significant[4]);
    QVERIFY(!g.significant[2] && !g.significant[0]);
}

void TestHotspots::giStarAgainstNumpy_data()
{
    QTest::addColumn<int>("caseIndex");
    for (int i = 0; i < 4; ++i)
        QTest::newRow(qPrintable(QStringLiteral("case %1").arg(i))) << i;
}

void TestHotspots::giStarAgainstNumpy()
{
    QFETCH(int, caseIndex);
    QFile f(QStringLiteral(FC_TEST_DATA_DIR "/gi_fixture.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject c = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("cases")).toArray()
                              .at(caseIndex).toObject();
    HotspotGrid g;
    g.rows = c.value(QStringLiteral("rows")).toInt();
    g.columns = c.value(QStringLiteral("columns")).toInt();
    g.cellSize = c.value(QStringLiteral("cell")).toDouble();
    for (const QJsonValue v : c.value(QStringLiteral("values")).toArray())
        g.values.push_back(v.toDouble());
    GetisOrd::fromValues(g, c.value(QStringLiteral("band")).toDouble(), 0.05);
    const QJsonArray z = c.value(QStringLiteral("z")).toArray();
    const QJsonArray p = c.value(QStringLiteral("p")).toArray();
    QCOMPARE(qsizetype(g.z.size()), z.size());
    for (qsizetype i = 0; i < z.size(); ++i) {
        QVERIFY2(std::fabs(g.z[size_t(i)] - z.at(i).toDouble()) < 1e-9,
                 qPrintable(QStringLiteral("cell %1: z %2, numpy %3").arg(i).arg(g.z[size_t(i)]).arg(z.at(i).toDouble())));
        QVERIFY(std::fabs(g.p[size_t(i)] - p.at(i).toDouble()) < 1e-12);
    }
    // The Benjamini-Hochberg decisions equal the script's own.
    const QJsonArray bh = c.value(QStringLiteral("bh_significant_q05")).toArray();
    int expectedSignificant = 0;
    for (qsizetype i = 0; i < bh.size(); ++i) {
        QCOMPARE(bool(g.significant[size_t(i)]), bh.at(i).toBool());
        expectedSignificant += bh.at(i).toBool() ? 1 : 0;
    }
    QCOMPARE(g.significantCount, expectedSignificant);
    // In the large case the planted block (centre cell) is a hot spot.
    if (g.rows == 15)
        QVERIFY(g.isHot(qsizetype(g.rows / 2) * g.columns + g.columns / 2));
}

void TestHotspots::giStarFromPoints()
{
    // Points fall into cells by floor((x - origin) / cell): the grid's values are the summed weights.
    HotspotGrid g;
    g.cellSize = 100;
    g.columns = 3;
    g.rows = 3;
    GetisOrd::compute(g, {{QPointF(150, 150), 2, 0}, {QPointF(199, 101), 3, 0}, {QPointF(10, 290), 1, 0}}, 100);
    QCOMPARE(g.values[4], 5.0);
    QCOMPARE(g.values[6], 1.0);
    QCOMPARE(g.values[0], 0.0);
    QCOMPARE(g.method, QStringLiteral("gi"));
}

void TestHotspots::benjaminiHochberg_data()
{
    QTest::addColumn<std::vector<double>>("p");
    QTest::addColumn<double>("q");
    QTest::addColumn<std::vector<char>>("expected");
    // Sorted: 0.005 <= 1/5*.05 = .01 yes; 0.01 <= .02 yes; 0.03 <= .03 yes; 0.04 <= .04 yes; 0.2 <= .05 no.
    QTest::newRow("four of five") << std::vector<double>{0.01, 0.04, 0.03, 0.005, 0.2} << 0.05
                                  << std::vector<char>{1, 1, 1, 1, 0};
    // Step-up: 0.02 > 1/3*.05 = .0167, but 0.04 <= 3/3*.05: all three are significant.
    QTest::newRow("step up") << std::vector<double>{0.02, 0.03, 0.04} << 0.05 << std::vector<char>{1, 1, 1};
    // Smallest 0.02 > 1/4*.05 = .0125, 0.03 > .025, 0.04 > .0375, 0.5 > .05: none.
    QTest::newRow("none") << std::vector<double>{0.5, 0.02, 0.03, 0.04} << 0.05 << std::vector<char>{0, 0, 0, 0};
    // NaN (no test) never counts, and does not count in m: 0.01 <= 1/2 * .05 = .025 yes, 0.05 <= .05 yes.
    QTest::newRow("nan") << std::vector<double>{NAN, 0.01, 0.05} << 0.05 << std::vector<char>{0, 1, 1};
}

void TestHotspots::benjaminiHochberg()
{
    QFETCH(std::vector<double>, p);
    QFETCH(double, q);
    QFETCH(std::vector<char>, expected);
    QCOMPARE(FalseDiscovery::benjaminiHochberg(p, q), expected);
}

void TestHotspots::paiByHand()
{
    // 10 cells, cells 0 and 1 hot; next month's harm 5, 3 in them and 2 elsewhere:
    // hit rate 8/10 = 0.8, area 2/10 = 0.2, PAI = 4.
    const PaiOrigin o = PredictiveAccuracy::score({1, 1, 0, 0, 0, 0, 0, 0, 0, 0}, {5, 3, 0, 0, 2, 0, 0, 0, 0, 0});
    QCOMPARE(o.hitRate, 0.8);
    QCOMPARE(o.areaShare, 0.2);
    QCOMPARE(o.pai, 4.0);
    // No harm next month: no PAI.
    QVERIFY(std::isnan(PredictiveAccuracy::score({1, 0}, {0, 0}).pai));
}

void TestHotspots::paiRollingOrigin()
{
    // A 4 x 1 grid of 100 m cells. Month 0: 3 in cell 0, 1 in cell 1. Month 1: 2 in cell 0, 2 in cell 2.
    // Month 2: 1 in cell 2, 3 in cell 3. Hot spots: the single cell with the most training weight.
    // Origin month 1: trained on month 0 -> cell 0 hot; month 1 hit 2/4, area 1/4: PAI 2.
    // Origin month 2: trained on months 0-1 (cell 0: 5, cell 1: 1, cell 2: 2) -> cell 0; month 2 hit 0: PAI 0.
    // Mean PAI 1.
    HotspotGrid extent;
    extent.cellSize = 100;
    extent.columns = 4;
    extent.rows = 1;
    const QList<HotspotPoint> points = {{QPointF(50, 50), 3, 0}, {QPointF(150, 50), 1, 0}, {QPointF(50, 50), 2, 1},
                                        {QPointF(250, 50), 2, 1}, {QPointF(250, 50), 1, 2}, {QPointF(350, 50), 3, 2}};
    const PaiResult r = PredictiveAccuracy::rolling(points, {QStringLiteral("2026-01"), QStringLiteral("2026-02"),
                                                             QStringLiteral("2026-03")},
                                                    extent, [](HotspotGrid &g, const QList<HotspotPoint> &training) {
        g.values.assign(size_t(g.size()), 0.0);
        for (const HotspotPoint &p : training)
            g.values[size_t(g.indexOf(p.bng))] += p.weight;
        KernelDensity::flagTop(g, 0.01); // the top cell
    });
    QCOMPARE(r.origins.size(), 2);
    QCOMPARE(r.origins.at(0).month, QStringLiteral("2026-02"));
    QCOMPARE(r.origins.at(0).pai, 2.0);
    QCOMPARE(r.origins.at(1).pai, 0.0);
    QCOMPARE(r.meanPai, 1.0);
}

QTEST_GUILESS_MAIN(TestHotspots)
#include "tst_hotspots.moc"
