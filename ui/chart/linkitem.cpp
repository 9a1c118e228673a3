#include "chart/linkitem.h"

#include "chart/chartscene.h"
#include "chart/entityitem.h"
#include "model/linktype.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace fc {

namespace {

constexpr double kLineDetail = 0.35;
// Link labels need more room than entity labels: only from this zoom on.
constexpr double kLabelDetail = 0.9;

} // namespace

LinkItem::LinkItem(const LinkRecord &record, EntityItem *from, EntityItem *to)
    : m_record(record), m_from(from), m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    static const QFontMetricsF metrics(ChartScene::labelFont()); // one font for every label
    m_labelSize = QSizeF(metrics.horizontalAdvance(labelText()) + 6, metrics.height() + 2);
    updateGeometry();
}

QString LinkItem::labelText() const
{
    const QString type = LinkTypes::displayName(m_record.type);
    return m_record.occurredAt.isEmpty() ? type : type + QLatin1Char(' ') + m_record.occurredAt.left(10);
}

void LinkItem::setParallel(int index, int count)
{
    if (index == m_index && count == m_count)
        return;
    m_index = index;
    m_count = std::max(1, count);
    updateGeometry();
}

void LinkItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        setZValue(highlighted ? 0.5 : 0);
        update();
    }
}

void LinkItem::updateGeometry()
{
    prepareGeometryChange();
    // Bow direction from the lower entity id to the higher one, so links A->B and B->A between
    // the same pair share one frame and spread to both sides instead of overlapping.
    const bool forward = m_from->entityId() <= m_to->entityId();
    const QPointF a = forward ? m_from->pos() : m_to->pos();
    const QPointF b = forward ? m_to->pos() : m_from->pos();
    const QPointF mid = (a + b) / 2;
    const QPointF d = b - a;
    const double length = std::hypot(d.x(), d.y());
    const QPointF normal = length > 1e-9 ? QPointF(-d.y() / length, d.x() / length) : QPointF(0, 1);
    const double offset = (m_index - (m_count - 1) / 2.0) * kParallelSpacing;
    QPainterPath path(forward ? a : b);
    if (std::abs(offset) < 1e-9) {
        path.lineTo(forward ? b : a);
    } else {
        // A quadratic curve passes its control point's half-way mark at t = 0.5: control at twice
        // the offset puts the middle of the curve exactly `offset` from the straight line.
        path.quadTo(mid + normal * offset * 2, forward ? b : a);
    }
    m_path = path;
    m_labelCentre = mid + normal * offset;
    m_bounds = m_path.boundingRect().adjusted(-3, -3, 3, 3).united(labelRect());
}

QRectF LinkItem::labelRect() const
{
    return QRectF(m_labelCentre - QPointF(m_labelSize.width() / 2, m_labelSize.height() / 2), m_labelSize);
}

QRectF LinkItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath LinkItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(m_path);
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const auto *chart = static_cast<const ChartScene *>(scene());
    const bool exporting = chart && chart->isExporting();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = option->state & QStyle::State_Selected;
    QColor colour = m_highlighted ? QColor(255, 140, 0)
                    : selected    ? QColor(30, 110, 255)
                                  : QColor(90, 100, 110);
    painter->setBrush(Qt::NoBrush);
    if (!exporting && lod < kLineDetail) {
        // Far out: hairlines without antialiasing, the cheapest line Qt draws.
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(QPen(colour, m_highlighted || selected ? 2 : 0));
        painter->drawPath(m_path);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_highlighted || selected) {
        painter->setPen(QPen(colour, 3));
    } else {
        // One device pixel, cosmetic: the raster engine's fast stroker, which matters because
        // long links cross the view in numbers (print exports get a scaled 1.3 unit pen).
        QPen pen(colour, exporting ? 1.3 : 1);
        pen.setCosmetic(!exporting);
        painter->setPen(pen);
    }
    if (m_count == 1)
        painter->drawLine(QLineF(m_path.elementAt(0), m_path.elementAt(1)));
    else
        painter->drawPath(m_path);
    if (exporting || (lod >= kLabelDetail && chart && chart->labelsVisible())) {
        const QRectF label = labelRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRect(label);
        painter->setPen(colour.darker(130));
        painter->setFont(ChartScene::labelFont());
        painter->drawText(label, Qt::AlignCenter | Qt::TextSingleLine, labelText());
    }
}

} // namespace fc
