#include "graph/centrality.h"
#include "referencegraphs.h"

#include <QTest>

#include <cmath>

using namespace fc;

/** Centrality measures against networkx/igraph on classic networks and hand-worked small graphs. */
class TestCentrality : public QObject
{
    Q_OBJECT

private:
    // Hand graph: path 1=2-3 where 1-2 is a double link, a self-loop on 3, a triangle 4-5-6 and
    // the isolated vertex 7.
    static WeightedGraph handGraph()
    {
        return WeightedGraph::build({1, 2, 3, 4, 5, 6, 7},
                                    {{1, 2, 1}, {2, 1, 1}, {2, 3, 1}, {3, 3, 1}, {4, 5, 1}, {5, 6, 1}, {6, 4, 1}});
    }

    static void compare(const QList<double> &actual, const QList<double> &expected, double tol)
    {
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < actual.size(); ++i) {
            if (std::abs(actual[i] - expected[i]) > tol)
                QFAIL(qPrintable(QStringLiteral("vertex %1: got %2, expected %3")
                                     .arg(i + 1).arg(actual[i], 0, 'g', 17).arg(expected[i], 0, 'g', 17)));
        }
    }

private slots:
    void referenceValues_data()
    {
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("measure");
        const QStringList measures = {"degree", "weighted_degree", "betweenness", "betweenness_normalised",
                                      "harmonic", "eigenvector", "eigenvector_weighted", "pagerank",
                                      "pagerank_weighted"};
        for (const QString &net : test::referenceNetworkNames())
            for (const QString &m : measures)
                QTest::newRow(qPrintable(net + "/" + m)) << net << m;
    }

    void referenceValues()
    {
        QFETCH(QString, network);
        QFETCH(QString, measure);
        const QJsonObject net = test::referenceNetwork(network);
        QVERIFY(!net.isEmpty());
        const WeightedGraph g = test::graphOf(net);
        QCOMPARE(g.vertexCount(), net.value("names").toArray().size());

        QList<double> actual;
        if (measure == "degree")
            actual = Centrality::degree(g);
        else if (measure == "weighted_degree")
            actual = Centrality::weightedDegree(g);
        else if (measure == "betweenness")
            actual = Centrality::betweenness(g, false).values;
        else if (measure == "betweenness_normalised")
            actual = Centrality::betweenness(g, true).values;
        else if (measure == "harmonic")
            actual = Centrality::harmonicCloseness(g).values;
        else if (measure == "eigenvector")
            actual = Centrality::eigenvector(g, false).values;
        else if (measure == "eigenvector_weighted")
            actual = Centrality::eigenvector(g, true).values;
        else if (measure == "pagerank")
            actual = Centrality::pageRank(g, false).values;
        else if (measure == "pagerank_weighted")
            actual = Centrality::pageRank(g, true).values;
        compare(actual, test::doubles(net.value(measure)), 1e-9);
    }

    void handDegrees()
    {
        const WeightedGraph g = handGraph();
        QCOMPARE(g.vertexCount(), 7);
        QCOMPARE(g.edgeCount(), 5);  // 1-2, 2-3, and the triangle
        QCOMPARE(g.linkCount(), 6);  // the double link counted twice, the self-loop dropped
        compare(Centrality::degree(g), {1, 2, 1, 2, 2, 2, 0}, 0);
        compare(Centrality::weightedDegree(g), {2, 3, 1, 2, 2, 2, 0}, 0);
    }

    void handBetweenness_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2;
        QTest::newRow("five threads") << 5;
    }

    void handBetweenness()
    {
        QFETCH(int, threads);
        const WeightedGraph g = handGraph();
        // Only 2 lies inside a shortest path (1-2-3); the double link does not double it.
        compare(Centrality::betweenness(g, false, {}, threads).values, {0, 1, 0, 0, 0, 0, 0}, 1e-12);
        // Normalised by (n-1)(n-2)/2 = 15 with n = 7.
        compare(Centrality::betweenness(g, true, {}, threads).values, {0, 1.0 / 15, 0, 0, 0, 0, 0}, 1e-12);
    }

    void handHarmonic()
    {
        // 1 reaches 2 (d=1) and 3 (d=2): 1 + 1/2; the triangle vertices reach two others at d=1.
        compare(Centrality::harmonicCloseness(handGraph()).values, {1.5, 2, 1.5, 2, 2, 2, 0}, 1e-12);
    }

    void handEigenvector()
    {
        // The triangle (largest eigenvalue 2 > sqrt 2 of the path) takes all the weight.
        const double t = 1 / std::sqrt(3.0);
        const Centrality::Result r = Centrality::eigenvector(handGraph(), false);
        QVERIFY(r.converged);
        compare(r.values, {0, 0, 0, t, t, t, 0}, 1e-9);
    }

    void handPageRank()
    {
        // Two isolated vertices a, b: both dangling, so each keeps 1/2. A single edge plus an
        // isolated vertex c (n = 3): by symmetry x_a = x_b = p, x_c = q with
        // q = 0.05 + 0.85 q / 3 and 2p + q = 1, so q = 0.15 / (3 - 0.85) * ... worked below.
        const WeightedGraph pair = WeightedGraph::build({1, 2}, {});
        compare(Centrality::pageRank(pair, false).values, {0.5, 0.5}, 1e-12);
        const WeightedGraph g = WeightedGraph::build({1, 2, 3}, {{1, 2, 1}});
        // q = (1 - 0.85)/3 + 0.85 q/3  =>  q (1 - 0.85/3) = 0.05  =>  q = 0.05 / (2.15/3) = 0.15/2.15.
        const double q = 0.15 / 2.15;
        const double p = (1 - q) / 2;
        compare(Centrality::pageRank(g, false).values, {p, p, q}, 1e-12);
        compare(Centrality::pageRank(g, true).values, {p, p, q}, 1e-12);
    }

    void approximateBetweennessBound_data()
    {
        QTest::addColumn<double>("epsilon");
        QTest::addColumn<double>("delta");
        QTest::addColumn<quint64>("seed");
        QTest::newRow("eps 0.07 delta 0.1") << 0.07 << 0.1 << quint64(1);
        QTest::newRow("eps 0.1 delta 0.05") << 0.1 << 0.05 << quint64(7);
        QTest::newRow("eps 0.2 delta 0.01") << 0.2 << 0.01 << quint64(99);
    }

    void approximateBetweennessBound()
    {
        QFETCH(double, epsilon);
        QFETCH(double, delta);
        QFETCH(quint64, seed);
        // BA(2000, 5) with exact normalised betweenness from networkx.
        const QJsonObject ba = test::loadFixture(QStringLiteral("ba2000.json"));
        const int n = ba.value("vertex_count").toInt();
        QList<qint64> ids;
        for (int i = 1; i <= n; ++i)
            ids << i;
        QList<WeightedEdge> edges;
        for (const QJsonValue &e : ba.value("edges").toArray())
            edges << WeightedEdge{e.toArray().at(0).toInteger(), e.toArray().at(1).toInteger(), 1};
        const WeightedGraph g = WeightedGraph::build(ids, edges);
        const QList<double> exact = test::doubles(ba.value("betweenness_normalised"));

        const Centrality::Estimate est = Centrality::approximateBetweenness(g, epsilon, delta, seed);
        // Sample size from the Hoeffding + union bound, worked by hand for eps 0.07, delta 0.1:
        // (2000/1999)^2 ln(40000) / (2 * 0.0049) = 1082.4 -> 1083 sources.
        if (epsilon == 0.07)
            QCOMPARE(est.samples, 1083);
        QVERIFY(!est.exact);
        QVERIFY(est.samples < n);
        QCOMPARE(est.epsilon, epsilon);
        QCOMPARE(est.delta, delta);
        double worst = 0;
        for (int v = 0; v < n; ++v)
            worst = std::max(worst, std::abs(est.normalised[v] - exact[v]));
        qInfo("%d sources, largest error %.5f (bound %.3f)", est.samples, worst, epsilon);
        QVERIFY(worst <= epsilon);
    }

    void approximateFallsBackToExact()
    {
        // Tight bounds on a small graph need more sources than it has: all are used, exactly.
        const QJsonObject net = test::referenceNetwork("karate");
        const Centrality::Estimate est = Centrality::approximateBetweenness(test::graphOf(net), 0.01, 0.01);
        QVERIFY(est.exact);
        QCOMPARE(est.samples, 34);
        compare(est.normalised, test::doubles(net.value("betweenness_normalised")), 1e-9);
    }

    void cancelStopsEarly()
    {
        std::atomic_bool cancel{true};
        GraphProgress p;
        p.cancel = &cancel;
        const WeightedGraph g = test::graphOf(test::referenceNetwork("les_miserables"));
        QVERIFY(Centrality::betweenness(g, false, p).cancelled);
        QVERIFY(Centrality::harmonicCloseness(g, p).cancelled);
        QVERIFY(Centrality::pageRank(g, true, 0.85, 1e-12, 1000, p).cancelled);
        QVERIFY(Centrality::eigenvector(g, false, 1e-14, 1000, p).cancelled);
    }

    void progressReachesTotal()
    {
        qint64 lastDone = 0, lastTotal = 0;
        GraphProgress p;
        p.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const WeightedGraph g = test::graphOf(test::referenceNetwork("les_miserables"));
        Centrality::betweenness(g, false, p);
        QCOMPARE(lastTotal, qint64(77));
        QCOMPARE(lastDone, qint64(77));
    }
};

QTEST_GUILESS_MAIN(TestCentrality)
#include "tst_centrality.moc"
