#include "graph/networkfinder.h"

#include "graph/communitydetector.h"
#include "graph/graphstructure.h"

#include <algorithm>
#include <map>
#include <set>

namespace fc {

namespace {

/**
 * Area names as one network's records spell them, one per place whatever the case: exports that
 * shout ("ASHTON-UNDER-LYNE") and the importer's title case of them ("Ashton-Under-Lyne") name
 * the same town as "Ashton-under-Lyne". The spelling shown is the one with the most lower-case
 * letters (the town's own, where any record has it), then the first alphabetically.
 */
class AreaNames
{
public:
    void add(const QString &area)
    {
        const QString name = area.trimmed();
        if (name.isEmpty())
            return;
        QString &shown = m_names[name.toCaseFolded()];
        if (shown.isEmpty() || lowerCase(name) > lowerCase(shown) ||
            (lowerCase(name) == lowerCase(shown) && name < shown))
            shown = name;
    }

    /** The names, sorted without regard to case. */
    QStringList names() const
    {
        QStringList out;
        for (const auto &[key, name] : m_names)
            out.append(name);
        return out;
    }

private:
    static int lowerCase(const QString &s)
    {
        return int(std::count_if(s.begin(), s.end(), [](QChar c) { return c.isLower(); }));
    }

    std::map<QString, QString> m_names; // case-folded name -> spelling shown
};

} // namespace

NetworkSummary NetworkFinder::summarise(const OffenderProjection &projection, const QList<qint64> &people)
{
    NetworkSummary s;
    s.members = people;
    std::sort(s.members.begin(), s.members.end());
    std::set<qint64> incidents, vehicles, places;
    AreaNames areas;
    for (qint64 person : std::as_const(s.members)) {
        for (qint64 i : projection.incidentsOf(person))
            incidents.insert(i);
        for (qint64 v : projection.vehiclesOf(person))
            vehicles.insert(v);
        for (qint64 p : projection.placesOf(person))
            places.insert(p);
    }
    for (qint64 i : incidents) {
        const EntityRecord *e = projection.entity(i);
        if (!e)
            continue;
        s.totalValueGbp += e->valueGbp;
        areas.add(e->area);
        if (!e->occurredAt.isEmpty()) {
            if (s.firstSeen.isEmpty() || e->occurredAt < s.firstSeen)
                s.firstSeen = e->occurredAt;
            if (s.lastSeen.isEmpty() || e->occurredAt > s.lastSeen)
                s.lastSeen = e->occurredAt;
        }
    }
    for (qint64 p : places)
        if (const EntityRecord *e = projection.entity(p))
            areas.add(e->area);
    s.incidents = QList<qint64>(incidents.begin(), incidents.end());
    s.vehicles = QList<qint64>(vehicles.begin(), vehicles.end());
    s.places = QList<qint64>(places.begin(), places.end());
    s.areas = areas.names();

    const WeightedGraph &g = projection.graph();
    std::set<int> inside;
    for (qint64 person : std::as_const(s.members))
        if (const int v = g.indexOf(person); v >= 0)
            inside.insert(v);
    for (int v : inside)
        for (int i = g.offsets()[size_t(v)]; i < g.offsets()[size_t(v) + 1]; ++i)
            if (const int t = g.targets()[size_t(i)]; t > v && inside.count(t)) {
                ++s.ties;
                s.weight += g.weights()[size_t(i)];
            }
    return s;
}

QList<Network> NetworkFinder::find(const OffenderProjection &projection, const GraphProgress &progress) const
{
    const WeightedGraph &g = projection.graph();
    const QList<QList<int>> components = GraphStructure::components(g);
    QList<Network> out;
    for (int c = 0; c < components.size(); ++c) {
        if (progress.cancelled())
            break;
        const QList<int> &vertices = components[c];
        if (vertices.size() < m_minimumSize)
            break; // components come largest first
        QList<qint64> people;
        for (int v : vertices)
            people.append(g.id(v));
        Network n;
        n.summary = summarise(projection, people);
        if (vertices.size() > m_splitThreshold) {
            const WeightedGraph sub = g.induced(vertices);
            const CommunityDetector::Partition part = CommunityDetector::leiden(sub, true, m_seed);
            if (part.count > 1) {
                QList<QList<qint64>> groups(part.count);
                for (int v = 0; v < sub.vertexCount(); ++v)
                    groups[part.membership[v]].append(sub.id(v));
                std::stable_sort(groups.begin(), groups.end(),
                                 [](const auto &a, const auto &b) { return a.size() > b.size(); });
                for (const QList<qint64> &group : std::as_const(groups))
                    n.communities.append(summarise(projection, group));
                n.modularity = part.modularity;
            }
        }
        out.append(n);
        progress.report(c + 1, components.size());
    }
    return out;
}

} // namespace fc
