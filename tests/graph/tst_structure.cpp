#include "graph/graphstructure.h"
#include "graph/pathfinder.h"
#include "referencegraphs.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace fc;

/** Components, brokers, cores and paths against networkx and by hand. */
class TestStructure : public QObject
{
    Q_OBJECT

private:
    static QList<int> idsOf(const WeightedGraph &g, const QList<int> &vertices)
    {
        QList<int> out;
        for (int v : vertices)
            out << int(g.id(v));
        std::sort(out.begin(), out.end());
        return out;
    }

    static QList<int> ints(const QJsonValue &v)
    {
        QList<int> out;
        for (const QJsonValue &x : v.toArray())
            out << x.toInt();
        return out;
    }

    // Hand graph: 1-2-3-4 path, 2=5 double link, triangle 6-7-8 hanging off 4 by 4-6, isolated 9.
    static WeightedGraph handGraph()
    {
        return WeightedGraph::build({1, 2, 3, 4, 5, 6, 7, 8, 9},
                                    {{1, 2}, {2, 3}, {3, 4}, {2, 5}, {5, 2}, {4, 6}, {6, 7}, {7, 8}, {8, 6}});
    }

private slots:
    void reference_data()
    {
        QTest::addColumn<QString>("network");
        for (const QString &net : test::referenceNetworkNames())
            QTest::newRow(qPrintable(net)) << net;
    }

    void reference()
    {
        QFETCH(QString, network);
        const QJsonObject net = test::referenceNetwork(network);
        const WeightedGraph g = test::graphOf(net);

        QList<QList<int>> comps;
        for (const QList<int> &c : GraphStructure::components(g))
            comps << idsOf(g, c);
        std::sort(comps.begin(), comps.end());
        QList<QList<int>> expectedComps;
        for (const QJsonValue &c : net.value("components").toArray())
            expectedComps << ints(c);
        QCOMPARE(comps, expectedComps);

        QCOMPARE(idsOf(g, GraphStructure::articulationPoints(g)), ints(net.value("articulation_points")));

        QList<QPair<int, int>> bridges;
        for (const auto &[a, b] : GraphStructure::bridges(g))
            bridges << qMakePair(int(std::min(g.id(a), g.id(b))), int(std::max(g.id(a), g.id(b))));
        std::sort(bridges.begin(), bridges.end());
        QList<QPair<int, int>> expectedBridges;
        for (const QJsonValue &b : net.value("bridges").toArray())
            expectedBridges << qMakePair(b.toArray().at(0).toInt(), b.toArray().at(1).toInt());
        QCOMPARE(bridges, expectedBridges);

        QCOMPARE(GraphStructure::coreNumbers(g), ints(net.value("core_number")));
    }

    void referenceDistances_data() { reference_data(); }

    void referenceDistances()
    {
        QFETCH(QString, network);
        const QJsonObject net = test::referenceNetwork(network);
        const WeightedGraph g = test::graphOf(net);
        const QList<double> hops = test::doubles(net.value("hops_from_first"));
        const QList<double> weighted = test::doubles(net.value("weighted_distance_from_first"));
        const QList<double> ourHops = PathFinder::distancesFrom(g, 0, false);
        const QList<double> ourWeighted = PathFinder::distancesFrom(g, 0, true);
        for (int v = 0; v < g.vertexCount(); ++v) {
            QCOMPARE(ourHops[v], hops[v]);
            QVERIFY2(std::abs(ourWeighted[v] - weighted[v]) < 1e-9, qPrintable(QString::number(v)));
            // The path found has the reference length and is made of real edges.
            for (bool w : {false, true}) {
                const PathFinder::Path p = PathFinder::shortestPath(g, 0, v, w);
                const double expected = w ? weighted[v] : hops[v];
                if (expected < 0) {
                    QVERIFY(!p.found());
                    continue;
                }
                QVERIFY(p.found());
                QCOMPARE(p.vertices.first(), 0);
                QCOMPARE(p.vertices.last(), v);
                double length = 0;
                for (int i = 1; i < p.vertices.size(); ++i) {
                    const double edge = g.weight(p.vertices[i - 1], p.vertices[i]);
                    QVERIFY(edge > 0);
                    length += w ? 1.0 / edge : 1.0;
                }
                QVERIFY(std::abs(length - expected) < 1e-9);
                QVERIFY(std::abs(p.length - expected) < 1e-9);
            }
        }
    }

    void handBrokers()
    {
        const WeightedGraph g = handGraph();
        // Cut vertices: 2 (holds 1 and 5), 3, 4 (path), 6 (holds the triangle). The double link 2=5
        // is still one tie, so it is a bridge.
        QCOMPARE(idsOf(g, GraphStructure::articulationPoints(g)), QList<int>({2, 3, 4, 6}));
        QList<QPair<int, int>> bridges;
        for (const auto &[a, b] : GraphStructure::bridges(g))
            bridges << qMakePair(int(g.id(a)), int(g.id(b)));
        QCOMPARE(bridges, (QList<QPair<int, int>>{{1, 2}, {2, 3}, {2, 5}, {3, 4}, {4, 6}}));
        // Triangle: 2-core; tree part: 1-core; isolated: 0.
        QCOMPARE(GraphStructure::coreNumbers(g), QList<int>({1, 1, 1, 1, 1, 2, 2, 2, 0}));
        int count = 0;
        GraphStructure::componentOf(g, &count);
        QCOMPARE(count, 2);
        QCOMPARE(GraphStructure::components(g).size(), 2);
        QCOMPARE(GraphStructure::components(g).first().size(), 8);
    }

    void handPaths()
    {
        const WeightedGraph g = handGraph();
        auto v = [&](qint64 id) { return g.indexOf(id); };
        const PathFinder::Path p = PathFinder::shortestPath(g, v(1), v(7), false);
        QCOMPARE(p.length, 5.0); // 1-2-3-4-6-7
        QCOMPARE(idsOf(g, p.vertices), QList<int>({1, 2, 3, 4, 6, 7}));
        // Weighted: the double link 2=5 has weight 2, so 1->5 is 1 + 1/2.
        QCOMPARE(PathFinder::shortestPath(g, v(1), v(5), true).length, 1.5);
        QVERIFY(!PathFinder::shortestPath(g, v(1), v(9), false).found());
        QVERIFY(!PathFinder::shortestPath(g, v(1), v(9), true).found());

        const QMap<int, int> near = PathFinder::withinHops(g, {v(1), v(8)}, 1);
        QMap<int, int> byId;
        for (auto it = near.begin(); it != near.end(); ++it)
            byId.insert(int(g.id(it.key())), it.value());
        QCOMPARE(byId, (QMap<int, int>{{1, 0}, {2, 1}, {8, 0}, {6, 1}, {7, 1}}));

        const PathFinder::Connection c = PathFinder::connectingNetwork(g, {v(1), v(5), v(7), v(9)});
        QCOMPARE(idsOf(g, c.vertices), QList<int>({1, 2, 3, 4, 5, 6, 7, 9}));
        QCOMPARE(c.edges.size(), 6); // 1-2, 2-5, 2-3, 3-4, 4-6, 6-7
        QCOMPARE(c.unreachable.size(), 3); // 9 with each of the others
    }
};

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
