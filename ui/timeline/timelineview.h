#pragma once

#include <QChartView>

class QRubberBand;

namespace fc {

/**
 * The timeline's chart view: a horizontal drag brushes a range of buckets, a click picks one
 * bucket, a double-click clears the brush. Positions are turned into bucket indexes through
 * the chart's value mapping (bar series put bucket i at x = i).
 */
class TimelineView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineView(QChart *chart, QWidget *parent = nullptr);

    void setBucketCount(int count) { m_bucketCount = count; }
    /** The bucket under a viewport x coordinate, clamped to the buckets; -1 if there are none. */
    int bucketAt(int x) const;

signals:
    void rangeBrushed(int firstBucket, int lastBucket);
    void bucketClicked(int bucket);
    void brushCleared();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    QRubberBand *m_band = nullptr;
    QPoint m_origin;
    bool m_dragging = false;
    int m_bucketCount = 0;
};

} // namespace fc
