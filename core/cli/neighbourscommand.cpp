#include "cli/neighbourscommand.h"

#include "graph/pathfinder.h"

#include <QJsonArray>

namespace fc {

QString NeighboursCommand::summary() const
{
    return tr("Every entity within N hops of the given ones (find linked).");
}

QString NeighboursCommand::defaultGraph() const { return QStringLiteral("links"); }

void NeighboursCommand::setupGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("id"), tr("Entity ids to start from (comma-separated)."),
                                        QStringLiteral("IDS")));
    parser.addOption(QCommandLineOption(QStringLiteral("hops"), tr("How far to look (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1")));
}

int NeighboursCommand::runGraph(const QCommandLineParser &parser, CliIo &io)
{
    const WeightedGraph &g = graph();
    QList<int> sources;
    for (const QString &id : parser.value(QStringLiteral("id")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int v = vertexOf(QStringLiteral("id"), id, io);
        if (v < 0)
            return 2;
        sources << v;
    }
    if (sources.isEmpty())
        return io.fail(tr("neighbours: give --id with at least one entity id"), 2);
    bool ok = false;
    const int hops = parser.value(QStringLiteral("hops")).toInt(&ok);
    if (!ok || hops < 0)
        return io.fail(tr("neighbours: --hops \"%1\" is not a number of hops (expected 0 or more)")
                           .arg(parser.value(QStringLiteral("hops"))), 2);
    const QMap<int, int> found = PathFinder::withinHops(g, sources, hops);
    // Nearest first, then by vertex order.
    QList<QPair<int, int>> order;
    for (auto it = found.begin(); it != found.end(); ++it)
        order.append({it.value(), it.key()});
    std::sort(order.begin(), order.end());
    if (io.json) {
        QJsonArray list;
        for (const auto &[d, v] : order) {
            QJsonObject o = entityJson(g.id(v));
            o.insert(QStringLiteral("hops"), d);
            list.append(o);
        }
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("hops"), hops}, {QStringLiteral("entities"), list}}));
        return 0;
    }
    for (const auto &[d, v] : order)
        io.out << QStringLiteral("%1  %2").arg(d, 3).arg(entityText(g.id(v))) << Qt::endl;
    return 0;
}

} // namespace fc
