#pragma once

#include "graph/graphfilter.h"
#include "graph/weightedgraph.h"
#include "model/records.h"

#include <QList>

#include <memory>

namespace fc {

/**
 * The workspace as a graph: entities as vertices, typed links as edges, parallel links kept. It
 * wraps a Boost.Graph adjacency list (which stays inside core/graph) and answers in entity ids and
 * records. analysisGraph() gives the weighted graph the analyses run on, where parallel links
 * between two entities become one edge weighted by their number.
 */
class LinkGraph
{
public:
    LinkGraph();
    ~LinkGraph();
    LinkGraph(const LinkGraph &) = default;
    LinkGraph &operator=(const LinkGraph &) = default;

    /**
     * Builds the graph of the entities and links that pass the filter. Links naming an entity
     * not in the list are skipped and counted in skippedLinks().
     */
    static LinkGraph build(const QList<EntityRecord> &entities, const QList<LinkRecord> &links,
                           const GraphFilter &filter = {});

    int entityCount() const;
    int linkCount() const;
    int skippedLinks() const;
    bool contains(qint64 entityId) const;
    /** The record of an entity, or nullptr if it is not in the graph. */
    const EntityRecord *entity(qint64 entityId) const;
    QList<EntityRecord> entities() const;
    /** The links at an entity, parallel ones each listed. */
    QList<LinkRecord> linksOf(qint64 entityId) const;
    /** Distinct entities directly linked to an entity. */
    QList<qint64> neighbours(qint64 entityId) const;
    /** The weighted graph for analysis: vertex i is entity entities()[i], weight = number of links. */
    WeightedGraph analysisGraph() const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace fc
