#include "resolve/reviewpriority.h"

#include "graph/projectionrules.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QSet>
#include <algorithm>
#include <cmath>

namespace fc {

ReviewPriority::ReviewPriority(Workspace &workspace) : m_workspace(workspace) {}

qint64 ReviewPriority::find(qint64 person)
{
    auto it = m_parent.find(person);
    if (it == m_parent.end()) {
        m_parent.insert(person, person);
        m_size.insert(person, 1);
        return person;
    }
    qint64 root = person;
    while (m_parent.value(root) != root)
        root = m_parent.value(root);
    while (person != root) { // path compression
        const qint64 next = m_parent.value(person);
        m_parent[person] = root;
        person = next;
    }
    return root;
}

void ReviewPriority::findNetworks()
{
    m_parent.clear();
    m_size.clear();
    m_incidents.clear();
    const ProjectionRules rules;
    auto unite = [this](qint64 a, qint64 b) {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size.value(a) < m_size.value(b))
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size.value(b);
    };
    // Every link between two persons, or between a person and an incident, with both ends taken
    // to the entity they were merged into.
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT l.type, coalesce(ea.merged_into, ea.id), ea.type, coalesce(eb.merged_into, eb.id), eb.type "
        "FROM links l JOIN entities ea ON ea.id = l.from_id JOIN entities eb ON eb.id = l.to_id "
        "WHERE (ea.type = ?1 AND eb.type IN (?1, ?2)) OR (eb.type = ?1 AND ea.type = ?2)"));
    st.bind(1, int(EntityType::Person)).bind(2, int(EntityType::Incident));
    QHash<qint64, qint64> firstAtIncident;
    QHash<qint64, QSet<qint64>> incidentsOf;
    while (st.step()) {
        qint64 a = st.int64(1), b = st.int64(3);
        const auto typeA = EntityType(st.int64(2)), typeB = EntityType(st.int64(4));
        if (typeA == EntityType::Person && typeB == EntityType::Person) {
            if (a != b)
                unite(a, b);
            continue;
        }
        if (typeA != EntityType::Person)
            std::swap(a, b);
        if (!rules.offenderLinkTypes.contains(st.text(0)))
            continue;
        incidentsOf[a].insert(b);
        const auto first = firstAtIncident.constFind(b);
        if (first == firstAtIncident.constEnd())
            firstAtIncident.insert(b, a);
        else if (*first != a)
            unite(*first, a);
    }
    for (auto it = incidentsOf.cbegin(); it != incidentsOf.cend(); ++it)
        m_incidents.insert(it.key(), int(it.value().size()));
}

QList<ReviewPriority::Ranked> ReviewPriority::order(const QList<ReviewItem> &items)
{
    findNetworks();
    bool hasModel = false;
    {
        Statement st = m_workspace.database().prepare(
            QStringLiteral("SELECT 1 FROM match_models WHERE entity_type = ? LIMIT 1"));
        st.bind(1, int(EntityType::Person));
        hasModel = st.step();
    }
    ResolveSettings settings;
    auto boundaryOf = [&](EntityType type) {
        if (m_boundary.contains(type))
            return m_boundary.value(type);
        settings.model = type == EntityType::Person && hasModel ? ResolveModel::Probabilistic : ResolveModel::Rules;
        const ResolveThresholds t = settings.thresholdsFor(type);
        return (t.review + t.autoMerge) / 2;
    };
    auto rootOf = [this](qint64 entity) {
        Statement st = m_workspace.database().prepare(
            QStringLiteral("SELECT coalesce(merged_into, id) FROM entities WHERE id = ?"));
        st.bind(1, entity);
        return st.step() ? st.int64(0) : entity;
    };

    QList<Ranked> out;
    out.reserve(items.size());
    for (const ReviewItem &item : items) {
        Ranked r;
        r.item = item;
        r.boundary = boundaryOf(item.type);
        if (item.type == EntityType::Person) {
            const qint64 a = rootOf(item.entityA), b = rootOf(item.entityB);
            const bool linkedA = m_parent.contains(a), linkedB = m_parent.contains(b);
            const qint64 netA = linkedA ? find(a) : a, netB = linkedB ? find(b) : b;
            r.networkA = linkedA ? m_size.value(netA) : 1;
            r.networkB = linkedB ? m_size.value(netB) : 1;
            r.incidentsA = m_incidents.value(a);
            r.incidentsB = m_incidents.value(b);
            QStringList why;
            if (netA != netB && r.networkA >= 2 && r.networkB >= 2) {
                r.worth = Worth::JoinsNetworks;
                why << tr("joins two networks (%1 and %2 people)")
                           .arg(std::max(r.networkA, r.networkB))
                           .arg(std::min(r.networkA, r.networkB));
            }
            const int most = std::max(r.incidentsA, r.incidentsB);
            if (most >= m_prolific) {
                if (r.worth == Worth::Ordinary)
                    r.worth = Worth::Prolific;
                why << tr("prolific: %1 incidents").arg(most);
            }
            r.reason = why.join(QStringLiteral("; "));
        }
        if (r.reason.isEmpty())
            r.reason = tr("score %1 is %2 from the decision boundary %3")
                           .arg(item.score, 0, 'f', 3)
                           .arg(std::abs(item.score - r.boundary), 0, 'f', 3)
                           .arg(r.boundary, 0, 'f', 3);
        out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const Ranked &x, const Ranked &y) {
        if (x.item.skipped != y.item.skipped)
            return !x.item.skipped;
        if (x.item.skipped)
            return false; // skipped pairs keep the order they were skipped in
        if (x.worth != y.worth)
            return int(x.worth) < int(y.worth);
        const double cx = std::abs(x.item.score - x.boundary), cy = std::abs(y.item.score - y.boundary);
        if (cx != cy)
            return cx < cy;
        return x.item.id < y.item.id;
    });
    return out;
}

} // namespace fc
