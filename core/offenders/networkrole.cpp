#include "offenders/networkrole.h"

#include "graph/centrality.h"
#include "graph/communitydetector.h"
#include "graph/graphstructure.h"
#include "graph/networkfinder.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <algorithm>
#include <numeric>

namespace fc {

OffenderProjection NetworkRoles::projection(Workspace &workspace)
{
    // Only what the projection reads (the default rules filter nothing by source or grading): the
    // live entities, unsorted, and the links' ends followed through the merges in memory rather
    // than the provenance joins of Workspace::linkRecords().
    Database &db = workspace.database();
    QList<EntityRecord> entities;
    QHash<qint64, qint64> mergedInto;
    {
        Statement st = db.prepare(QStringLiteral(
            "SELECT id, type, subtype, label, occurred_at, value_gbp, area, offence, merged_into FROM entities"));
        while (st.step()) {
            if (!st.isNull(8)) {
                mergedInto.insert(st.int64(0), st.int64(8));
                continue;
            }
            EntityRecord e;
            e.id = st.int64(0);
            e.type = static_cast<EntityType>(st.int64(1));
            e.subtype = st.text(2);
            e.label = st.text(3);
            e.occurredAt = st.text(4);
            e.valueGbp = st.real(5);
            e.area = st.text(6);
            e.offence = st.text(7);
            entities.append(std::move(e));
        }
    }
    QList<LinkRecord> links;
    {
        QHash<QString, QString> types; // a few distinct values, shared
        Statement st = db.prepare(QStringLiteral("SELECT id, type, from_id, to_id FROM links ORDER BY id"));
        while (st.step()) {
            LinkRecord l;
            l.id = st.int64(0);
            const QString type = st.text(1);
            auto it = types.constFind(type);
            if (it == types.constEnd())
                it = types.insert(type, type);
            l.type = it.value();
            l.from = mergedInto.value(st.int64(2), st.int64(2));
            l.to = mergedInto.value(st.int64(3), st.int64(3));
            links.append(std::move(l));
        }
    }
    return OffenderProjection::build(entities, links);
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
