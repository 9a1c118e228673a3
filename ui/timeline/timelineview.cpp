#include "timeline/timelineview.h"

#include <QMouseEvent>
#include <QRubberBand>
#include <cmath>

namespace fc {

TimelineView::TimelineView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_band(new QRubberBand(QRubberBand::Rectangle, viewport()))
{
    setRenderHint(QPainter::Antialiasing, false);
    setRubberBand(QChartView::NoRubberBand); // our own brush: the chart's would zoom
}

int TimelineView::bucketAt(int x) const
{
    if (m_bucketCount <= 0 || chart()->series().isEmpty())
        return -1;
    const QPointF scenePos = mapToScene(QPoint(x, viewport()->height() / 2));
    const QPointF chartPos = chart()->mapFromScene(scenePos);
    const QPointF value = chart()->mapToValue(chartPos, chart()->series().constFirst());
    const int bucket = int(std::lround(value.x()));
    return std::clamp(bucket, 0, m_bucketCount - 1);
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QChartView::mousePressEvent(event);
        return;
    }
    m_origin = event->position().toPoint();
    m_dragging = true;
    m_band->setGeometry(QRect(m_origin.x(), 0, 0, viewport()->height()));
    m_band->show();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    const int x = event->position().toPoint().x();
    m_band->setGeometry(QRect(QPoint(std::min(x, m_origin.x()), 0), QPoint(std::max(x, m_origin.x()), viewport()->height())));
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    m_band->hide();
    const int x = event->position().toPoint().x();
    const int a = bucketAt(m_origin.x());
    const int b = bucketAt(x);
    if (a < 0)
        return;
    if (std::abs(x - m_origin.x()) < 4)
        emit bucketClicked(a);
    else
        emit rangeBrushed(std::min(a, b), std::max(a, b));
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit brushCleared();
    else
        QChartView::mouseDoubleClickEvent(event);
}

} // namespace fc
