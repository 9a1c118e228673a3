#include "graph/offenderprojection.h"

#include "model/linktype.h"

#include <algorithm>

namespace fc {

namespace {
void addUnique(QList<qint64> &list, qint64 id)
{
    if (!list.contains(id))
        list.append(id);
}
} // namespace

const EntityRecord *OffenderProjection::entity(qint64 id) const
{
    auto it = m_entities.constFind(id);
    return it == m_entities.constEnd() ? nullptr : &it.value();
}

OffenderProjection OffenderProjection::build(const QList<EntityRecord> &entityList,
                                             const QList<LinkRecord> &linkList, const ProjectionRules &rules,
                                             const GraphFilter &filter)
{
    OffenderProjection p;
    p.m_rules = rules;
    QList<EntityRecord> entities = entityList;
    QList<LinkRecord> links = linkList;
    filter.apply(entities, links);

    QList<qint64> people;
    for (const EntityRecord &e : std::as_const(entities)) {
        if (p.m_entities.contains(e.id))
            continue;
        p.m_entities.insert(e.id, e);
        if (e.type == EntityType::Person)
            people.append(e.id);
    }

    // A link type no built-in rule names, which only an import spec's "link_types" can have made.
    auto declared = [&rules](const QString &type) { return rules.viaDeclaredLinks && !LinkTypes::isKnown(type); };

    // Shared items ("hubs") and the people at each; a pair sharing a hub gets +1.
    QHash<qint64, QList<qint64>> hubPeople;
    QHash<QString, QList<qint64>> areaPeople;
    QList<WeightedEdge> ties;
    for (const LinkRecord &l : std::as_const(links)) {
        const EntityRecord *a = p.entity(l.from), *b = p.entity(l.to);
        if (!a || !b || a->id == b->id)
            continue;
        if (a->type == EntityType::Incident && b->type == EntityType::Location
            && rules.placeLinkTypes.contains(l.type)) {
            p.m_incidentPlace.insert(a->id, b->id);
            continue;
        }
        if (b->type == EntityType::Incident && a->type == EntityType::Location
            && rules.placeLinkTypes.contains(l.type)) {
            p.m_incidentPlace.insert(b->id, a->id);
            continue;
        }
        if (a->type == EntityType::Person && b->type == EntityType::Person) {
            // Parallel direct links each count: an imported edge list's repeated pairs add up.
            if (rules.viaDirectLinks && (rules.directLinkTypes.contains(l.type) || declared(l.type)))
                ties.append({a->id, b->id, 1.0});
            continue;
        }
        if (a->type != EntityType::Person)
            std::swap(a, b);
        if (a->type != EntityType::Person)
            continue;
        const qint64 person = a->id;
        const EntityRecord &other = *b;
        if (other.type == EntityType::Incident && rules.offenderLinkTypes.contains(l.type)) {
            addUnique(p.m_incidents[person], other.id);
            if (rules.viaIncident)
                addUnique(hubPeople[other.id], person);
        } else if (other.type == EntityType::Vehicle
                   && (rules.vehicleLinkTypes.contains(l.type) || declared(l.type))) {
            addUnique(p.m_vehicles[person], other.id);
            if (rules.viaVehicle)
                addUnique(hubPeople[other.id], person);
        } else if (rules.phoneLinkTypes.contains(l.type)) {
            if (rules.viaPhoneOrAddress)
                addUnique(hubPeople[other.id], person);
        } else if (rules.addressLinkTypes.contains(l.type)) {
            addUnique(p.m_places[person], other.id);
            if (rules.viaPhoneOrAddress)
                addUnique(hubPeople[other.id], person);
        }
    }

    // Incident places: the person's places, and the store / area rules.
    for (auto it = p.m_incidents.cbegin(); it != p.m_incidents.cend(); ++it) {
        const qint64 person = it.key();
        for (qint64 incident : it.value()) {
            const qint64 place = p.m_incidentPlace.value(incident);
            if (place) {
                addUnique(p.m_places[person], place);
                if (rules.viaStore)
                    addUnique(hubPeople[place], person);
            }
            if (rules.viaArea) {
                QString area = p.m_entities.value(incident).area;
                if (area.isEmpty() && place)
                    area = p.m_entities.value(place).area;
                if (!area.isEmpty())
                    addUnique(areaPeople[area.trimmed().toLower()], person);
            }
        }
    }

    auto tieAll = [&](QList<qint64> members) {
        if (members.size() < 2 || (rules.maxSharedBy > 0 && members.size() > rules.maxSharedBy))
            return;
        std::sort(members.begin(), members.end()); // deterministic edge order
        for (int i = 0; i < members.size(); ++i)
            for (int j = i + 1; j < members.size(); ++j)
                ties.append({members[i], members[j], 1.0});
    };
    QList<qint64> hubs = hubPeople.keys();
    std::sort(hubs.begin(), hubs.end());
    for (qint64 hub : std::as_const(hubs))
        tieAll(hubPeople.value(hub));
    QStringList areas = areaPeople.keys();
    areas.sort();
    for (const QString &area : std::as_const(areas))
        tieAll(areaPeople.value(area));

    std::sort(people.begin(), people.end());
    p.m_graph = WeightedGraph::build(people, ties);
    return p;
}

} // namespace fc
