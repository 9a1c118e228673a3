#include "cli/pathcommand.h"

#include "graph/pathfinder.h"

#include <QJsonArray>

namespace fc {

QString PathCommand::summary() const
{
    return tr("The shortest path between two entities, or the network connecting several.");
}

QString PathCommand::defaultGraph() const { return QStringLiteral("links"); }

void PathCommand::setupGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("Start entity id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("End entity id."), QStringLiteral("ID")));
    parser.addOption(QCommandLineOption(QStringLiteral("weighted"),
        tr("Weighted path: a link of weight w counts 1/w, so stronger ties make shorter paths.")));
    parser.addOption(QCommandLineOption(QStringLiteral("between"),
        tr("Instead of --from/--to: the network connecting these entity ids (comma-separated)."), QStringLiteral("IDS")));
}

int PathCommand::runGraph(const QCommandLineParser &parser, CliIo &io)
{
    const WeightedGraph &g = graph();
    if (parser.isSet(QStringLiteral("between"))) {
        QList<int> vertices;
        for (const QString &id : parser.value(QStringLiteral("between")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int v = vertexOf(QStringLiteral("between"), id, io);
            if (v < 0)
                return 2;
            vertices << v;
        }
        if (vertices.size() < 2)
            return io.fail(tr("path: --between needs at least two entity ids"), 2);
        const PathFinder::Connection c = PathFinder::connectingNetwork(g, vertices);
        if (io.json) {
            QJsonArray members, links, unreachable;
            for (int v : c.vertices)
                members.append(entityJson(g.id(v)));
            for (const auto &[a, b] : c.edges)
                links.append(QJsonArray{entityJson(g.id(a)), entityJson(g.id(b))});
            for (const auto &[a, b] : c.unreachable)
                unreachable.append(QJsonArray{entityJson(g.id(a)), entityJson(g.id(b))});
            io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("entities"), members},
                                                   {QStringLiteral("links"), links},
                                                   {QStringLiteral("unreachable"), unreachable}}));
            return 0;
        }
        io.out << tr("Connecting network: %1 entities, %2 links").arg(c.vertices.size()).arg(c.edges.size()) << Qt::endl;
        for (const auto &[a, b] : c.edges)
            io.out << "  " << entityText(g.id(a)) << " -- " << entityText(g.id(b)) << Qt::endl;
        for (const auto &[a, b] : c.unreachable)
            io.out << tr("  not connected: %1 and %2").arg(entityText(g.id(a)), entityText(g.id(b))) << Qt::endl;
        return 0;
    }
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return io.fail(tr("path: give --from ID and --to ID, or --between ID,ID,..."), 2);
    const int from = vertexOf(QStringLiteral("from"), parser.value(QStringLiteral("from")), io);
    if (from < 0)
        return 2;
    const int to = vertexOf(QStringLiteral("to"), parser.value(QStringLiteral("to")), io);
    if (to < 0)
        return 2;
    const bool weighted = parser.isSet(QStringLiteral("weighted"));
    const PathFinder::Path p = PathFinder::shortestPath(g, from, to, weighted);
    if (io.json) {
        QJsonArray steps;
        for (int v : p.vertices)
            steps.append(entityJson(g.id(v)));
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("found"), p.found()},
                                               {QStringLiteral("weighted"), weighted},
                                               {QStringLiteral("length"), p.length},
                                               {QStringLiteral("path"), steps}}));
        return 0;
    }
    if (!p.found()) {
        io.out << tr("No path between %1 and %2.").arg(entityText(g.id(from)), entityText(g.id(to))) << Qt::endl;
        return 0;
    }
    io.out << (weighted ? tr("Weighted length %1").arg(p.length) : tr("%1 hops").arg(p.length)) << Qt::endl;
    for (int v : p.vertices)
        io.out << "  " << entityText(g.id(v)) << Qt::endl;
    return 0;
}

} // namespace fc
