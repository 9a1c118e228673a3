#include "timeline/timelinemodel.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace fc {

static QDate dateOf(const QString &iso)
{
    // occurredAt is ISO 8601, with or without a time.
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d;
}

void TimelineModel::collect(Workspace &workspace, const QList<qint64> &chartEntityIds)
{
    QHash<qint64, Item> items;
    QHash<qint64, std::optional<EntityRecord>> cache;
    auto recordOf = [&](qint64 id) -> const std::optional<EntityRecord> & {
        auto it = cache.find(id);
        if (it == cache.end())
            it = cache.insert(id, workspace.entity(id));
        return it.value();
    };
    auto addIncident = [&](const EntityRecord &incident, qint64 chartEntity) {
        const QDate date = dateOf(incident.occurredAt);
        if (!date.isValid())
            return;
        Item &item = items[incident.id];
        item.incidentId = incident.id;
        item.date = date;
        item.chartEntities.insert(chartEntity);
    };
    for (qint64 id : chartEntityIds) {
        const auto &record = recordOf(id);
        if (!record)
            continue;
        if (record->type == EntityType::Incident) {
            addIncident(*record, id);
            continue;
        }
        for (const LinkRecord &link : workspace.linksOf(id)) {
            const qint64 other = link.from == id ? link.to : link.from;
            const auto &otherRecord = recordOf(other);
            if (otherRecord && otherRecord->type == EntityType::Incident)
                addIncident(*otherRecord, id);
        }
    }
    setItems(items.values());
}

void TimelineModel::setItems(const QList<Item> &items)
{
    m_items = items;
    rebuild();
}

void TimelineModel::setBucket(Bucket bucket)
{
    m_bucket = bucket;
    rebuild();
}

void TimelineModel::setSelection(const QList<qint64> &entityIds)
{
    m_selection = QSet<qint64>(entityIds.begin(), entityIds.end());
}

QDate TimelineModel::bucketOf(const QDate &date) const
{
    if (m_bucket == Bucket::Month)
        return QDate(date.year(), date.month(), 1);
    return date.addDays(1 - date.dayOfWeek()); // ISO weeks start on Monday
}

QDate TimelineModel::bucketEnd(int bucket) const
{
    const QDate start = m_starts.at(bucket);
    return m_bucket == Bucket::Month ? start.addMonths(1).addDays(-1) : start.addDays(6);
}

QString TimelineModel::bucketLabel(int bucket) const
{
    const QDate start = m_starts.at(bucket);
    if (m_bucket == Bucket::Month)
        return QLocale().toString(start, QStringLiteral("MMM yy"));
    return QLocale().toString(start, QStringLiteral("d MMM yy"));
}

QList<int> TimelineModel::labelledBuckets(int maxLabels) const
{
    const int n = bucketCount();
    if (n == 0 || maxLabels < 1)
        return {};
    const bool months = m_bucket == Bucket::Month;
    // Steps that read as calendar periods; beyond the list, whole multiples of the last one.
    const QList<int> steps = months ? QList<int>{1, 2, 3, 6, 12} : QList<int>{1, 2, 4, 13, 26, 52};
    int step = steps.constLast();
    for (int s : steps) {
        if ((n + s - 1) / s <= maxLabels) {
            step = s;
            break;
        }
    }
    while ((n + step - 1) / step > maxLabels)
        step += steps.constLast();
    QList<int> labelled;
    for (int i = 0; i < n; ++i) {
        // Month labels are aligned on the calendar (every third month is Jan, Apr, Jul, Oct), so
        // at most ceil(n / step) of them fall in n buckets, as with week labels counted from the first.
        const int position = months ? m_starts.at(i).month() - 1 + 12 * m_starts.at(i).year() : i;
        if (position % step == 0)
            labelled.append(i);
    }
    return labelled;
}

void TimelineModel::rebuild()
{
    m_starts.clear();
    m_counts.clear();
    m_itemsInBucket.clear();
    if (m_items.isEmpty())
        return;
    QDate first = m_items.constFirst().date;
    QDate last = first;
    for (const Item &item : std::as_const(m_items)) {
        first = std::min(first, item.date);
        last = std::max(last, item.date);
    }
    // Every bucket between the first and the last is kept, empty or not, so time reads evenly.
    for (QDate d = bucketOf(first); d <= last;
         d = m_bucket == Bucket::Month ? d.addMonths(1) : d.addDays(7))
        m_starts.append(d);
    m_counts = QList<int>(m_starts.size(), 0);
    m_itemsInBucket = QList<QList<int>>(m_starts.size());
    const QDate origin = m_starts.constFirst();
    for (int i = 0; i < m_items.size(); ++i) {
        const QDate b = bucketOf(m_items.at(i).date);
        const int index = m_bucket == Bucket::Month
            ? (b.year() - origin.year()) * 12 + (b.month() - origin.month())
            : int(origin.daysTo(b) / 7);
        ++m_counts[index];
        m_itemsInBucket[index].append(i);
    }
}

int TimelineModel::highlighted(int bucket) const
{
    if (m_selection.isEmpty())
        return 0;
    int n = 0;
    for (int i : m_itemsInBucket.at(bucket)) {
        const Item &item = m_items.at(i);
        if (m_selection.contains(item.incidentId) || item.chartEntities.intersects(m_selection))
            ++n;
    }
    return n;
}

QList<qint64> TimelineModel::chartEntitiesIn(int bucket) const
{
    QSet<qint64> ids;
    for (int i : m_itemsInBucket.at(bucket))
        ids.unite(m_items.at(i).chartEntities);
    QList<qint64> list(ids.begin(), ids.end());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace fc
