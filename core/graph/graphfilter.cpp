#include "graph/graphfilter.h"

#include <QHash>

namespace fc {

bool GraphFilter::isEmpty() const
{
    return from.isNull() && to.isNull() && entityTypes.isEmpty() && linkTypes.isEmpty()
        && organisations.isEmpty() && !minimumGrading;
}

bool GraphFilter::inRange(const QString &isoDateTime, bool *dated) const
{
    const QDate d = QDate::fromString(isoDateTime.left(10), Qt::ISODate);
    *dated = d.isValid();
    if (!d.isValid())
        return true;
    return (from.isNull() || d >= from) && (to.isNull() || d <= to);
}

void GraphFilter::apply(QList<EntityRecord> &entities, QList<LinkRecord> &links) const
{
    if (isEmpty())
        return;
    const bool dateRange = !from.isNull() || !to.isNull();
    QHash<qint64, const EntityRecord *> kept;
    QList<EntityRecord> keptEntities;
    keptEntities.reserve(entities.size());
    for (const EntityRecord &e : std::as_const(entities)) {
        if (!entityTypes.isEmpty() && !entityTypes.contains(e.type))
            continue;
        bool dated = false;
        if (dateRange && e.type == EntityType::Incident && !inRange(e.occurredAt, &dated))
            continue;
        keptEntities.append(e);
    }
    entities = std::move(keptEntities);
    for (const EntityRecord &e : std::as_const(entities))
        kept.insert(e.id, &e);

    const int minimumStrength = minimumGrading ? minimumGrading->strength() : 0;
    QList<LinkRecord> keptLinks;
    keptLinks.reserve(links.size());
    for (const LinkRecord &l : std::as_const(links)) {
        const EntityRecord *a = kept.value(l.from), *b = kept.value(l.to);
        if (!a || !b)
            continue;
        if (!linkTypes.isEmpty() && !linkTypes.contains(l.type))
            continue;
        if (!organisations.isEmpty() && !organisations.contains(l.organisation))
            continue;
        if (minimumGrading && l.grading.strength() > minimumStrength)
            continue;
        if (dateRange) {
            QString when = l.occurredAt;
            if (when.isEmpty())
                when = a->type == EntityType::Incident ? a->occurredAt
                     : b->type == EntityType::Incident ? b->occurredAt : QString();
            bool dated = false;
            if (!inRange(when, &dated) || (!dated && !keepUndated))
                continue;
        }
        keptLinks.append(l);
    }
    links = std::move(keptLinks);
}

} // namespace fc
