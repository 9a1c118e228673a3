#include "cli/brokerscommand.h"

#include "graph/graphstructure.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace fc {

QString BrokersCommand::summary() const
{
    return tr("Articulation points and bridges (whose removal splits a network) and k-core numbers.");
}

QString BrokersCommand::defaultGraph() const { return QStringLiteral("offenders"); }

void BrokersCommand::setupGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("top"),
        tr("List the N entities with the highest k-core number (default 20; 0 for all)."), QStringLiteral("N"),
        QStringLiteral("20")));
}

int BrokersCommand::runGraph(const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return io.fail(tr("brokers: --top \"%1\" is not a count (expected 0 or more)")
                           .arg(parser.value(QStringLiteral("top"))), 2);
    const WeightedGraph &g = graph();
    const QList<int> points = GraphStructure::articulationPoints(g);
    const QList<QPair<int, int>> bridges = GraphStructure::bridges(g);
    const QList<int> core = GraphStructure::coreNumbers(g);
    QList<int> order(core.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return core[a] > core[b]; });
    if (top > 0 && order.size() > top)
        order.resize(top);

    if (io.json) {
        QJsonArray pointList, bridgeList, coreList;
        for (int v : points)
            pointList.append(entityJson(g.id(v)));
        for (const auto &[a, b] : bridges)
            bridgeList.append(QJsonArray{entityJson(g.id(a)), entityJson(g.id(b))});
        for (int v : std::as_const(order)) {
            QJsonObject o = entityJson(g.id(v));
            o.insert(QStringLiteral("core"), core[v]);
            coreList.append(o);
        }
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("articulation_points"), pointList},
                                               {QStringLiteral("bridges"), bridgeList},
                                               {QStringLiteral("core_numbers"), coreList}}));
        return 0;
    }
    io.out << tr("Articulation points: %1").arg(points.size()) << Qt::endl;
    for (int v : points)
        io.out << "  " << entityText(g.id(v)) << Qt::endl;
    io.out << tr("Bridges: %1").arg(bridges.size()) << Qt::endl;
    for (const auto &[a, b] : bridges)
        io.out << "  " << entityText(g.id(a)) << " -- " << entityText(g.id(b)) << Qt::endl;
    io.out << tr("Highest k-core numbers:") << Qt::endl;
    for (int v : std::as_const(order))
        io.out << QStringLiteral("  %1  %2").arg(core[v], 3).arg(entityText(g.id(v))) << Qt::endl;
    return 0;
}

} // namespace fc
