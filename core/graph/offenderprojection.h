#pragma once

#include "graph/graphfilter.h"
#include "graph/projectionrules.h"
#include "graph/weightedgraph.h"
#include "model/records.h"

#include <QHash>
#include <QList>

namespace fc {

/**
 * The offender network projection: a weighted graph of people only, two people tied when the
 * ProjectionRules say so, the weight being the number of incidents / items they share plus one
 * per direct link between them. It also remembers, per person, the incidents, vehicles and places
 * that tie them in, so that networks can be summarised.
 */
class OffenderProjection
{
public:
    static OffenderProjection build(const QList<EntityRecord> &entities, const QList<LinkRecord> &links,
                                    const ProjectionRules &rules = {}, const GraphFilter &filter = {});

    /** The person graph: every person that passed the filter is a vertex, tied or not. */
    const WeightedGraph &graph() const { return m_graph; }
    const ProjectionRules &rules() const { return m_rules; }
    /** Any entity that passed the filter (for labels and summaries), or nullptr. */
    const EntityRecord *entity(qint64 id) const;

    QList<qint64> incidentsOf(qint64 personId) const { return m_incidents.value(personId); }
    QList<qint64> vehiclesOf(qint64 personId) const { return m_vehicles.value(personId); }
    /** Addresses of a person and the places of their incidents. */
    QList<qint64> placesOf(qint64 personId) const { return m_places.value(personId); }
    /** Where an incident happened (its occurred_at location), or 0. */
    qint64 placeOf(qint64 incidentId) const { return m_incidentPlace.value(incidentId); }

private:
    WeightedGraph m_graph;
    ProjectionRules m_rules;
    QHash<qint64, EntityRecord> m_entities;
    QHash<qint64, QList<qint64>> m_incidents;
    QHash<qint64, QList<qint64>> m_vehicles;
    QHash<qint64, QList<qint64>> m_places;
    QHash<qint64, qint64> m_incidentPlace;
};

} // namespace fc
