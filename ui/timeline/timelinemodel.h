#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace fc {

class Workspace;

/**
 * The numbers behind the timeline: the incidents of the entities on a chart, counted per week or
 * month, with how many of them the chart selection touches. No widgets: the pane draws it and the
 * tests check it.
 */
class TimelineModel
{
public:
    enum class Bucket { Week, Month };

    /** An incident on the timeline and the chart entities it belongs to. */
    struct Item
    {
        qint64 incidentId = 0;
        QDate date;
        QSet<qint64> chartEntities; // the incident itself if on the chart, and chart entities linked to it
    };

    /** Gathers the dated incidents of the chart's entities (the incidents on it and those linked to it). */
    void collect(Workspace &workspace, const QList<qint64> &chartEntityIds);
    void setItems(const QList<Item> &items);
    void setBucket(Bucket bucket);
    Bucket bucket() const { return m_bucket; }
    void setSelection(const QList<qint64> &entityIds);

    int bucketCount() const { return int(m_starts.size()); }
    QDate bucketStart(int bucket) const { return m_starts.at(bucket); }
    /** Last day of a bucket (inclusive). */
    QDate bucketEnd(int bucket) const;
    /** Short label of a bucket for the axis: "Nov 24" by month, "4 Nov 24" by week. */
    QString bucketLabel(int bucket) const;
    /**
     * The buckets that carry an axis label when at most maxLabels fit: every step-th bucket, the
     * step a round number of months (1, 2, 3, 6, 12, ...; labelled months fall on quarters, half
     * years, January) or weeks (1, 2, 4, 13, 26, 52, ...).
     */
    QList<int> labelledBuckets(int maxLabels) const;
    int count(int bucket) const { return m_counts.at(bucket); }
    int highlighted(int bucket) const;
    int incidentCount() const { return int(m_items.size()); }
    /** Chart entities to select for a bucket: its incidents on the chart and the chart entities linked to them. */
    QList<qint64> chartEntitiesIn(int bucket) const;
    /** The start of the bucket holding date. */
    QDate bucketOf(const QDate &date) const;

private:
    void rebuild();

    Bucket m_bucket = Bucket::Month;
    QList<Item> m_items;
    QSet<qint64> m_selection;
    QList<QDate> m_starts;
    QList<int> m_counts;
    QList<QList<int>> m_itemsInBucket; // indexes into m_items
};

} // namespace fc
