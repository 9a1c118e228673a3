#include "cli/centralitycommand.h"

#include "graph/centrality.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace fc {

QString CentralityCommand::summary() const
{
    return tr("The most central entities by degree, betweenness, closeness, eigenvector or PageRank.");
}

QString CentralityCommand::defaultGraph() const { return QStringLiteral("offenders"); }

void CentralityCommand::setupGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("measure"),
        tr("degree, weighted-degree, betweenness, closeness (harmonic), eigenvector or pagerank."),
        QStringLiteral("M"), QStringLiteral("degree")));
    parser.addOption(QCommandLineOption(QStringLiteral("normalised"),
        tr("Betweenness divided by (n-1)(n-2)/2, as networkx normalized=True.")));
    parser.addOption(QCommandLineOption(QStringLiteral("weighted"),
        tr("Eigenvector and PageRank use link weights (number of shared items / parallel links).")));
    parser.addOption(QCommandLineOption(QStringLiteral("approximate"),
        tr("Betweenness from sampled sources, normalised, each value within EPS of the exact one with "
           "probability 1 - --delta."), QStringLiteral("EPS")));
    parser.addOption(QCommandLineOption(QStringLiteral("delta"),
        tr("Failure probability of --approximate (default 0.1)."), QStringLiteral("P"), QStringLiteral("0.1")));
    parser.addOption(QCommandLineOption(QStringLiteral("top"),
        tr("Show the N highest (default 20; 0 for all)."), QStringLiteral("N"), QStringLiteral("20")));
}

int CentralityCommand::runGraph(const QCommandLineParser &parser, CliIo &io)
{
    const QString measure = parser.value(QStringLiteral("measure"));
    const bool weighted = parser.isSet(QStringLiteral("weighted"));
    bool ok = false;
    const int top = parser.value(QStringLiteral("top")).toInt(&ok);
    if (!ok || top < 0)
        return io.fail(tr("centrality: --top \"%1\" is not a count (expected 0 or more)")
                           .arg(parser.value(QStringLiteral("top"))), 2);
    QList<double> values;
    QString convention;
    QJsonObject extra;
    const WeightedGraph &g = graph();
    if (measure == QLatin1String("degree")) {
        values = Centrality::degree(g);
        convention = tr("number of distinct neighbours");
    } else if (measure == QLatin1String("weighted-degree")) {
        values = Centrality::weightedDegree(g);
        convention = tr("sum of link weights");
    } else if (measure == QLatin1String("betweenness") && parser.isSet(QStringLiteral("approximate"))) {
        bool okEps = false, okDelta = false;
        const double eps = parser.value(QStringLiteral("approximate")).toDouble(&okEps);
        const double delta = parser.value(QStringLiteral("delta")).toDouble(&okDelta);
        if (!okEps || eps <= 0 || eps >= 1 || !okDelta || delta <= 0 || delta >= 1)
            return io.fail(tr("centrality: --approximate \"%1\" / --delta \"%2\" must be numbers between 0 and 1")
                               .arg(parser.value(QStringLiteral("approximate")), parser.value(QStringLiteral("delta"))), 2);
        const Centrality::Estimate est = Centrality::approximateBetweenness(g, eps, delta);
        values = est.normalised;
        convention = est.exact ? tr("normalised betweenness, exact (the bound needed every source)")
                               : tr("normalised betweenness from %1 sampled sources, within %2 of exact with "
                                    "probability %3").arg(est.samples).arg(eps).arg(1 - delta);
        extra = {{QStringLiteral("samples"), est.samples}, {QStringLiteral("epsilon"), est.epsilon},
                 {QStringLiteral("delta"), est.delta}, {QStringLiteral("exact"), est.exact}};
    } else if (measure == QLatin1String("betweenness")) {
        const bool normalised = parser.isSet(QStringLiteral("normalised"));
        values = Centrality::betweenness(g, normalised).values;
        convention = normalised ? tr("shortest-path betweenness / ((n-1)(n-2)/2)")
                                : tr("shortest-path betweenness, each pair of endpoints counted once");
    } else if (measure == QLatin1String("closeness")) {
        values = Centrality::harmonicCloseness(g).values;
        convention = tr("harmonic closeness: sum of 1/hops to every reachable entity");
    } else if (measure == QLatin1String("eigenvector")) {
        const Centrality::Result r = Centrality::eigenvector(g, weighted);
        values = r.values;
        convention = weighted ? tr("eigenvector (unit length), weighted") : tr("eigenvector (unit length)");
        extra = {{QStringLiteral("converged"), r.converged}, {QStringLiteral("iterations"), r.iterations}};
    } else if (measure == QLatin1String("pagerank")) {
        const Centrality::Result r = Centrality::pageRank(g, weighted);
        values = r.values;
        convention = weighted ? tr("PageRank, damping 0.85, weighted") : tr("PageRank, damping 0.85");
        extra = {{QStringLiteral("converged"), r.converged}, {QStringLiteral("iterations"), r.iterations}};
    } else {
        return io.fail(tr("centrality: --measure \"%1\" is not a measure (expected degree, weighted-degree, "
                          "betweenness, closeness, eigenvector or pagerank)").arg(measure), 2);
    }

    QList<int> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return values[a] > values[b]; });
    if (top > 0 && order.size() > top)
        order.resize(top);
    if (io.json) {
        QJsonArray list;
        for (int v : std::as_const(order)) {
            QJsonObject o = entityJson(g.id(v));
            o.insert(QStringLiteral("value"), values[v]);
            list.append(o);
        }
        QJsonObject out{{QStringLiteral("measure"), measure}, {QStringLiteral("graph"), parser.value(QStringLiteral("graph"))},
                        {QStringLiteral("convention"), convention}, {QStringLiteral("vertices"), g.vertexCount()},
                        {QStringLiteral("values"), list}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            out.insert(it.key(), it.value());
        io.writeJson(QJsonDocument(out));
        return 0;
    }
    io.out << tr("%1 (%2), %3 entities").arg(measure, convention).arg(g.vertexCount()) << Qt::endl;
    for (int v : std::as_const(order))
        io.out << QStringLiteral("%1  %2").arg(values[v], 14, 'g', 8).arg(entityText(g.id(v))) << Qt::endl;
    return 0;
}

} // namespace fc
