#include "offenders/networkrole.h"

#include "graph/centrality.h"
#include "graph/communitydetector.h"
#include "graph/graphstructure.h"
#include "graph/networkfinder.h"
#include "store/workspace.h"

#include <algorithm>
#include <numeric>

namespace fc {

OffenderProjection NetworkRoles::projection(Workspace &workspace)
{
    return OffenderProjection::build(workspace.entityRecords(), workspace.linkRecords());
}

QHash<qint64, NetworkRole> NetworkRoles::compute(const OffenderProjection &projection, bool betweenness)
{
    QHash<qint64, NetworkRole> out;
    const WeightedGraph &g = projection.graph();
    const QList<QList<int>> components = GraphStructure::components(g);
    const QList<int> points = GraphStructure::articulationPoints(g);
    const QList<int> core = GraphStructure::coreNumbers(g);
    QList<bool> isBroker(g.vertexCount(), false);
    for (int v : points)
        isBroker[v] = true;
    for (int c = 0; c < components.size(); ++c) {
        const QList<int> &vertices = components[c];
        if (vertices.size() < 2)
            break; // largest first
        QList<double> between;
        if (betweenness && vertices.size() > 2)
            between = Centrality::betweenness(g.induced(vertices), true, {}, 1).values;
        for (int i = 0; i < vertices.size(); ++i) {
            const int v = vertices[i];
            NetworkRole r;
            r.network = c + 1;
            r.networkSize = int(vertices.size());
            r.degree = g.degree(v);
            r.tieWeight = g.strength(v);
            r.broker = isBroker[v];
            r.coreNumber = core.value(v);
            r.betweenness = between.value(i);
            out.insert(g.id(v), r);
        }
    }
    return out;
}

NetworkRole NetworkRoles::of(const OffenderProjection &projection, qint64 personId)
{
    NetworkRole r;
    const WeightedGraph &g = projection.graph();
    const int vertex = g.indexOf(personId);
    if (vertex < 0)
        return r;
    const QList<QList<int>> components = GraphStructure::components(g);
    int c = 0;
    for (; c < components.size(); ++c)
        if (components[c].contains(vertex))
            break;
    if (c >= components.size() || components[c].size() < 2)
        return r;
    const QList<int> &vertices = components[c];
    const WeightedGraph sub = g.induced(vertices);
    const int local = int(vertices.indexOf(vertex));
    r.network = c + 1;
    r.networkSize = int(vertices.size());
    r.degree = g.degree(vertex);
    r.tieWeight = g.strength(vertex);
    r.broker = GraphStructure::articulationPoints(sub).contains(local);
    r.coreNumber = GraphStructure::coreNumbers(sub).value(local);
    if (vertices.size() > 2)
        r.betweenness = Centrality::betweenness(sub, true, {}, 1).values.value(local);
    if (vertices.size() > NetworkFinder().splitThreshold()) {
        const CommunityDetector::Partition part = CommunityDetector::leiden(sub, true, 42);
        if (part.count > 1) {
            // Communities numbered largest first, as NetworkFinder lists them.
            QList<int> sizes(part.count, 0);
            for (int m : part.membership)
                ++sizes[m];
            QList<int> order(part.count);
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[a] > sizes[b]; });
            r.community = int(order.indexOf(part.membership[local])) + 1;
            r.communityCount = part.count;
            r.modularity = part.modularity;
        }
    }
    return r;
}

QString NetworkRoles::describe(const NetworkRole &role)
{
    if (role.network == 0)
        return tr("tied to no other offender");
    QString text = role.broker ? tr("broker (articulation point) in network %1 of %2 people")
                               : tr("member of network %1 of %2 people");
    text = text.arg(role.network).arg(role.networkSize);
    text += tr(", tied to %n people", nullptr, role.degree);
    text += tr(", betweenness %1").arg(role.betweenness, 0, 'f', 3);
    if (role.community > 0)
        text += tr(", community %1 of %2").arg(role.community).arg(role.communityCount);
    return text;
}

} // namespace fc
