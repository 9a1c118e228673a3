#include "graph/linkgraph.h"

#include <boost/graph/adjacency_list.hpp>

#include <QHash>

namespace fc {

namespace {
struct VertexData
{
    int entity = -1; // index into Data::entities
};
struct EdgeData
{
    int link = -1; // index into Data::links
};
// vecS out-edge lists keep parallel edges, which is what a link chart needs.
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, VertexData, EdgeData>;
} // namespace

struct LinkGraph::Data
{
    QList<EntityRecord> entities;
    QList<LinkRecord> links;
    QHash<qint64, int> vertexOf;
    Graph graph;
    int skipped = 0;
};

LinkGraph::LinkGraph() : d(std::make_shared<Data>()) {}
LinkGraph::~LinkGraph() = default;

LinkGraph LinkGraph::build(const QList<EntityRecord> &entities, const QList<LinkRecord> &links,
                           const GraphFilter &filter)
{
    auto data = std::make_shared<Data>();
    data->entities = entities;
    QList<LinkRecord> candidates = links;
    filter.apply(data->entities, candidates);

    data->vertexOf.reserve(data->entities.size());
    for (int i = 0; i < data->entities.size(); ++i) {
        if (data->vertexOf.contains(data->entities[i].id))
            continue; // a duplicate record: the first one stands
        const auto v = boost::add_vertex(VertexData{i}, data->graph);
        data->vertexOf.insert(data->entities[i].id, int(v));
    }
    data->links.reserve(candidates.size());
    for (const LinkRecord &l : std::as_const(candidates)) {
        const int a = data->vertexOf.value(l.from, -1), b = data->vertexOf.value(l.to, -1);
        if (a < 0 || b < 0) {
            ++data->skipped;
            continue;
        }
        boost::add_edge(std::size_t(a), std::size_t(b), EdgeData{int(data->links.size())}, data->graph);
        data->links.append(l);
    }
    LinkGraph g;
    g.d = std::move(data);
    return g;
}

int LinkGraph::entityCount() const { return int(boost::num_vertices(d->graph)); }
int LinkGraph::linkCount() const { return int(boost::num_edges(d->graph)); }
int LinkGraph::skippedLinks() const { return d->skipped; }
bool LinkGraph::contains(qint64 entityId) const { return d->vertexOf.contains(entityId); }

const EntityRecord *LinkGraph::entity(qint64 entityId) const
{
    const int v = d->vertexOf.value(entityId, -1);
    return v < 0 ? nullptr : &d->entities[d->graph[std::size_t(v)].entity];
}

QList<EntityRecord> LinkGraph::entities() const
{
    QList<EntityRecord> out;
    out.reserve(entityCount());
    for (std::size_t v = 0; v < boost::num_vertices(d->graph); ++v)
        out.append(d->entities[d->graph[v].entity]);
    return out;
}

QList<LinkRecord> LinkGraph::linksOf(qint64 entityId) const
{
    QList<LinkRecord> out;
    const int v = d->vertexOf.value(entityId, -1);
    if (v < 0)
        return out;
    for (auto [e, end] = boost::out_edges(std::size_t(v), d->graph); e != end; ++e)
        out.append(d->links[d->graph[*e].link]);
    return out;
}

QList<qint64> LinkGraph::neighbours(qint64 entityId) const
{
    QList<qint64> out;
    const int v = d->vertexOf.value(entityId, -1);
    if (v < 0)
        return out;
    for (auto [w, end] = boost::adjacent_vertices(std::size_t(v), d->graph); w != end; ++w) {
        const qint64 id = d->entities[d->graph[*w].entity].id;
        if (!out.contains(id))
            out.append(id);
    }
    return out;
}

WeightedGraph LinkGraph::analysisGraph() const
{
    QList<qint64> ids;
    ids.reserve(entityCount());
    for (std::size_t v = 0; v < boost::num_vertices(d->graph); ++v)
        ids.append(d->entities[d->graph[v].entity].id);
    QList<WeightedEdge> edges;
    edges.reserve(linkCount());
    for (auto [e, end] = boost::edges(d->graph); e != end; ++e)
        edges.append({ids[int(boost::source(*e, d->graph))], ids[int(boost::target(*e, d->graph))], 1.0});
    return WeightedGraph::build(ids, edges);
}

} // namespace fc
