#include "layout/circularlayout.h"
#include "layout/forcelayout.h"
#include "layout/groupedlayout.h"

#include <QLineF>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace fc;

/**
 * The chart layouts, checked against properties that follow from their definitions rather than
 * against our own earlier output: force layout never overlaps nodes, never moves pinned ones, is
 * deterministic for a seed and draws linked pairs closer than unlinked ones; circular and grouped
 * layouts against hand-computed coordinates.
 */
class TestLayout : public QObject
{
    Q_OBJECT
private slots:
    void forceLayoutSeparatesNodes_data();
    void forceLayoutSeparatesNodes();
    void forceLayoutKeepsPinnedNodes();
    void forceLayoutIsDeterministicForASeed();
    void forceLayoutLinkedPairsAreCloser_data();
    void forceLayoutLinkedPairsAreCloser();
    void forceLayoutStepsAndCancels();
    void forceLayoutFiveThousandNodes();
    void circularLayoutHandComputed();
    void groupedLayoutColumnsByGroup();
    void hierarchicalLayoutLevels();
};

namespace {

/** A Barabasi-Albert graph (m edges per new node), generated here with its own random stream. */
LayoutGraph barabasiAlbert(int n, int m, quint64 seed)
{
    LayoutGraph graph;
    graph.positions = QList<QPointF>(n, QPointF(0, 0));
    std::mt19937_64 random(seed);
    QList<int> targets;
    for (int v = 0; v < std::min(n, m + 1); ++v) {
        for (int w = 0; w < v; ++w) {
            graph.edges.append({v, w});
            targets << v << w;
        }
    }
    for (int v = m + 1; v < n; ++v) {
        QSet<int> chosen;
        while (chosen.size() < m)
            chosen.insert(targets[int(random() % targets.size())]);
        for (int w : chosen) {
            graph.edges.append({v, w});
            targets << v << w;
        }
    }
    return graph;
}

double minimumPairDistance(const QList<QPointF> &p)
{
    double best = 1e300;
    for (int i = 0; i < p.size(); ++i)
        for (int j = i + 1; j < p.size(); ++j)
            best = std::min(best, QLineF(p[i], p[j]).length());
    return best;
}

} // namespace

void TestLayout::forceLayoutSeparatesNodes_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edgesPerNode");
    QTest::addColumn<bool>("fromCurrent");
    QTest::newRow("BA 50, all at origin") << 50 << 2 << true;
    QTest::newRow("BA 300 random start") << 300 << 3 << false;
    QTest::newRow("no edges, 100 at origin") << 100 << 0 << true;
}

void TestLayout::forceLayoutSeparatesNodes()
{
    QFETCH(int, nodes);
    QFETCH(int, edgesPerNode);
    QFETCH(bool, fromCurrent);
    LayoutGraph graph = edgesPerNode ? barabasiAlbert(nodes, edgesPerNode, 7)
                                     : LayoutGraph{QList<QPointF>(nodes), {}, {}, {}};
    ForceLayout::Options options;
    options.fromCurrentPositions = fromCurrent;
    ForceLayout layout(graph, options);
    QVERIFY(layout.run());
    const QList<QPointF> p = layout.positions();
    QCOMPARE(p.size(), nodes);
    for (const QPointF &point : p)
        QVERIFY(std::isfinite(point.x()) && std::isfinite(point.y()));
    // Tolerance: 10% under the minimum distance the layout promises.
    QVERIFY2(minimumPairDistance(p) >= options.minimumDistance * 0.9,
             qPrintable(QString::number(minimumPairDistance(p))));
}

void TestLayout::forceLayoutKeepsPinnedNodes()
{
    LayoutGraph graph = barabasiAlbert(80, 2, 3);
    graph.pinned = QList<bool>(80, false);
    for (int i = 0; i < 80; ++i)
        graph.positions[i] = QPointF(i * 3.0, (i % 7) * 5.0);
    const QList<int> pinned{0, 5, 17, 40};
    for (int i : pinned) {
        graph.pinned[i] = true;
        graph.positions[i] = QPointF(1000 + i * 200, -500);
    }
    ForceLayout layout(graph);
    layout.run();
    const QList<QPointF> p = layout.positions();
    for (int i : pinned)
        QCOMPARE(p[i], graph.positions[i]);
    int moved = 0;
    for (int i = 0; i < 80; ++i)
        moved += (!pinned.contains(i) && p[i] != graph.positions[i]);
    QCOMPARE(moved, 76);
}

void TestLayout::forceLayoutIsDeterministicForASeed()
{
    const LayoutGraph graph = barabasiAlbert(200, 2, 11);
    ForceLayout::Options options;
    options.fromCurrentPositions = false;
    options.seed = 99;
    ForceLayout a(graph, options), b(graph, options);
    a.run();
    b.run();
    QCOMPARE(a.positions(), b.positions());
    options.seed = 100;
    ForceLayout c(graph, options);
    c.run();
    QVERIFY(a.positions() != c.positions());
}

void TestLayout::forceLayoutLinkedPairsAreCloser_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<int>("edgesPerNode");
    QTest::newRow("BA 100/1 (tree)") << 100 << 1;
    QTest::newRow("BA 400/2") << 400 << 2;
}

void TestLayout::forceLayoutLinkedPairsAreCloser()
{
    QFETCH(int, nodes);
    QFETCH(int, edgesPerNode);
    const LayoutGraph graph = barabasiAlbert(nodes, edgesPerNode, 5);
    ForceLayout::Options options;
    options.fromCurrentPositions = false;
    ForceLayout layout(graph, options);
    layout.run();
    const QList<QPointF> p = layout.positions();
    QSet<QPair<int, int>> linked;
    double linkedSum = 0;
    for (const auto &e : graph.edges) {
        linked.insert({std::min(e.first, e.second), std::max(e.first, e.second)});
    }
    for (const auto &e : linked)
        linkedSum += QLineF(p[e.first], p[e.second]).length();
    double otherSum = 0;
    qint64 others = 0;
    for (int i = 0; i < nodes; ++i)
        for (int j = i + 1; j < nodes; ++j)
            if (!linked.contains({i, j})) {
                otherSum += QLineF(p[i], p[j]).length();
                ++others;
            }
    const double linkedMean = linkedSum / linked.size(), otherMean = otherSum / others;
    // Linked pairs should sit well under the mean distance of unlinked ones.
    QVERIFY2(linkedMean < otherMean * 0.5,
             qPrintable(QStringLiteral("%1 vs %2").arg(linkedMean).arg(otherMean)));
}

void TestLayout::forceLayoutStepsAndCancels()
{
    const LayoutGraph graph = barabasiAlbert(60, 2, 1);
    ForceLayout::Options options;
    options.iterations = 50;
    ForceLayout layout(graph, options);
    int steps = 1;
    while (layout.step())
        ++steps;
    QCOMPARE(steps, 50);
    QCOMPARE(layout.iteration(), 50);
    QVERIFY(layout.isFinished());
    QVERIFY(!layout.step());

    std::atomic_bool cancel{true};
    ForceLayout cancelled(graph, options);
    QVERIFY(!cancelled.run(&cancel));
    QCOMPARE(cancelled.iteration(), 1);
}

void TestLayout::forceLayoutFiveThousandNodes()
{
    // The chart's big-chart settings (ChartDocument runs 200 iterations at this size). How fast it
    // is belongs to tests/bench/chart; here: the result is a usable layout. Linked pairs are
    // compared by their mean length against the mean length of as many random pairs.
    const int n = 5000;
    const LayoutGraph graph = barabasiAlbert(n, 2, 42);
    ForceLayout::Options options;
    options.fromCurrentPositions = false;
    options.iterations = 200;
    ForceLayout layout(graph, options);
    QVERIFY(layout.run());
    const QList<QPointF> p = layout.positions();
    QCOMPARE(p.size(), n);
    for (const QPointF &point : p)
        QVERIFY(std::isfinite(point.x()) && std::isfinite(point.y()));
    double linked = 0, random = 0;
    std::mt19937_64 pick(7);
    for (const auto &e : graph.edges) {
        linked += QLineF(p[e.first], p[e.second]).length();
        random += QLineF(p[int(pick() % n)], p[int(pick() % n)]).length();
    }
    QVERIFY2(linked < random * 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(linked).arg(random)));
    // Nodes are spread out, not piled up: the layout keeps its minimum distance for nearly all.
    int crowded = 0;
    QList<QPointF> sorted = p;
    std::sort(sorted.begin(), sorted.end(), [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n && sorted[j].x() - sorted[i].x() < options.minimumDistance * 0.5; ++j)
            crowded += QLineF(sorted[i], sorted[j]).length() < options.minimumDistance * 0.5;
    }
    QVERIFY2(crowded <= n / 100, qPrintable(QString::number(crowded)));
}

void TestLayout::circularLayoutHandComputed()
{
    // Four nodes around the centroid (10, 20), spacing 70: chord 2 r sin(pi/4) = 70 gives
    // r = 70 / sqrt(2) = 49.4975; the first node sits at the top (angle -90 degrees).
    LayoutGraph graph;
    graph.positions = {QPointF(0, 10), QPointF(20, 10), QPointF(20, 30), QPointF(0, 30)};
    const QList<QPointF> p = CircularLayout::compute(graph, 70);
    const double r = 49.49747468305833;
    const QList<QPointF> expected{QPointF(10, 20 - r), QPointF(10 + r, 20), QPointF(10, 20 + r),
                                  QPointF(10 - r, 20)};
    for (int i = 0; i < 4; ++i) {
        QVERIFY2(QLineF(p[i], expected[i]).length() < 1e-9,
                 qPrintable(QStringLiteral("%1: %2,%3").arg(i).arg(p[i].x()).arg(p[i].y())));
    }
    // A pinned node stays; the others share the circle.
    graph.pinned = {false, true, false, false};
    const QList<QPointF> q = CircularLayout::compute(graph, 70);
    QCOMPARE(q[1], graph.positions[1]);
}

void TestLayout::groupedLayoutColumnsByGroup()
{
    // Groups 2, 1, 2, 1, 3 at spacing 100 from top-left (0, 0): group 1 -> x 0, group 2 -> x 200,
    // group 3 -> x 400; within a column the more connected node comes first.
    LayoutGraph graph;
    graph.positions = QList<QPointF>(5, QPointF(0, 0));
    graph.groups = {2, 1, 2, 1, 3};
    graph.edges = {{2, 0}, {2, 4}, {3, 4}};
    const QList<QPointF> p = GroupedLayout::byGroup(graph, 100);
    QCOMPARE(p[1], QPointF(0, 100)); // degree 0 after node 3 (degree 1)
    QCOMPARE(p[3], QPointF(0, 0));
    QCOMPARE(p[2], QPointF(200, 0)); // degree 2
    QCOMPARE(p[0], QPointF(200, 100));
    QCOMPARE(p[4], QPointF(400, 0));
}

void TestLayout::hierarchicalLayoutLevels()
{
    // A star 0-{1,2,3} with 3-4: root 0 (highest degree) on row 0, 1..3 on row 1, 4 on row 2;
    // rows are 1.5 * spacing apart.
    LayoutGraph graph;
    graph.positions = QList<QPointF>(5, QPointF(0, 0));
    graph.edges = {{0, 1}, {0, 2}, {0, 3}, {3, 4}};
    const QList<QPointF> p = GroupedLayout::hierarchical(graph, 100);
    QCOMPARE(p[0].y(), 0.0);
    QCOMPARE(p[1].y(), 150.0);
    QCOMPARE(p[2].y(), 150.0);
    QCOMPARE(p[3].y(), 150.0);
    QCOMPARE(p[4].y(), 300.0);
    // Node 4 sits under its parent 3 (barycentre), and row 1 is spread 100 apart.
    QCOMPARE(p[4].x(), p[0].x());
    QCOMPARE(std::abs(p[1].x() - p[2].x()), 100.0);
}

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
