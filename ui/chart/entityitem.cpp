#include "chart/entityitem.h"

#include "chart/chartscene.h"
#include "chart/entityicons.h"
#include "chart/linkitem.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace fc {

namespace {

// Below this zoom an entity is a dot. Labels are drawn by the scene (ChartScene::drawForeground).
constexpr double kIconDetail = 0.35;
constexpr double kLabelGap = 2;
// Longer labels are cut short with an ellipsis; the inspector shows them whole.
constexpr double kMaxLabelWidth = 220;

} // namespace

EntityItem::EntityItem(const EntityRecord &record) : m_record(record)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setZValue(1);
    updateLabelSize();
}

void EntityItem::setLabelDetail(const QString &detail)
{
    prepareGeometryChange();
    m_labelDetail = detail;
    updateLabelSize();
    update();
}

void EntityItem::updateLabelSize()
{
    static const QFontMetricsF metrics(ChartScene::labelFont()); // one font for every label
    m_labelText = metrics.elidedText(m_record.label, Qt::ElideRight, kMaxLabelWidth);
    if (!m_labelDetail.isEmpty())
        m_labelText += QStringLiteral(" (%1)").arg(m_labelDetail);
    m_labelSize = QSizeF(metrics.horizontalAdvance(m_labelText) + 6, metrics.height() + 2);
}

void EntityItem::setSizeFactor(double factor)
{
    if (qFuzzyCompare(factor, m_sizeFactor))
        return;
    prepareGeometryChange();
    m_sizeFactor = factor;
}

void EntityItem::setColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

QColor EntityItem::colour() const
{
    return m_colour.isValid() ? m_colour : EntityIcons::colour(m_record.type);
}

void EntityItem::setHighlighted(bool highlighted)
{
    if (m_highlighted != highlighted) {
        m_highlighted = highlighted;
        update();
    }
}

void EntityItem::setPinned(bool pinned)
{
    if (m_pinned != pinned) {
        m_pinned = pinned;
        update();
    }
}

bool EntityItem::takeDragged()
{
    const bool dragged = m_dragged;
    m_dragged = false;
    return dragged;
}

void EntityItem::setLabelScale(double scale)
{
    scale = std::max(1.0, scale);
    if (qFuzzyCompare(scale, m_labelScale))
        return;
    prepareGeometryChange();
    m_labelScale = scale;
}

void EntityItem::setLabelPlace(bool shown, bool above)
{
    if (m_labelShown != shown || m_labelAbove != above) {
        m_labelShown = shown;
        m_labelAbove = above;
        update();
    }
}

QRectF EntityItem::iconRect() const
{
    const double side = kIconSize * m_sizeFactor;
    return QRectF(-side / 2, -side / 2, side, side);
}

QRectF EntityItem::labelRect(double scale, bool above) const
{
    const QRectF icon = iconRect();
    const QSizeF size = m_labelSize * scale;
    const double top = above ? icon.top() - kLabelGap - size.height() : icon.bottom() + kLabelGap;
    return QRectF(-size.width() / 2, top, size.width(), size.height());
}

QRectF EntityItem::contentRect() const
{
    return iconRect().adjusted(-4, -4, 4, 4).united(labelRect(1));
}

QRectF EntityItem::boundingRect() const
{
    // The label, wherever and however large it is drawn, is always inside the bounds so that
    // nothing is left behind when the item moves, and exports never clip it.
    return iconRect()
        .adjusted(-4, -4, 4, 4)
        .united(labelRect(m_labelScale))
        .united(labelRect(m_labelScale, true));
}

QPainterPath EntityItem::shape() const
{
    QPainterPath path;
    path.addEllipse(iconRect());
    return path;
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const auto *chart = static_cast<const ChartScene *>(scene());
    const bool exporting = chart && chart->isExporting();
    const double lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const QRectF icon = iconRect();
    const bool selected = option->state & QStyle::State_Selected;

    // The view does not save painter state per item (ChartView): set everything used here.
    painter->setRenderHint(QPainter::Antialiasing, exporting || lod >= kIconDetail);
    if (!exporting && lod < kIconDetail) {
        painter->setPen(selected || m_highlighted ? QPen(m_highlighted ? QColor(255, 140, 0) : Qt::blue, 0)
                                                  : Qt::NoPen);
        painter->setBrush(colour());
        painter->drawEllipse(icon);
        return;
    }

    if (m_highlighted || selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_highlighted ? QColor(255, 140, 0, 170) : QColor(30, 110, 255, 110));
        painter->drawEllipse(icon.adjusted(-4, -4, 4, 4));
    }
    if (m_colour.isValid()) {
        painter->setPen(QPen(m_colour, 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(icon.adjusted(-1.5, -1.5, 1.5, 1.5));
    }
    EntityIcons::paint(painter, icon, m_record.type, m_record.subtype);
    if (m_pinned) {
        painter->setPen(QPen(Qt::black, 1));
        painter->setBrush(QColor(250, 200, 40));
        painter->drawEllipse(QPointF(icon.right() - 3, icon.top() + 3), 4, 4);
    }
}

void EntityItem::paintLabel(QPainter *painter, double scale, bool above) const
{
    // The label is scaled as a whole (box and text alike, so the text always fits its box).
    const QRectF label = labelRect(scale, above);
    const QTransform transform = painter->worldTransform();
    painter->translate(pos() + label.topLeft());
    painter->scale(scale, scale);
    const QRectF box(QPointF(0, 0), m_labelSize);
    const double opacity = painter->opacity();
    painter->setOpacity(opacity * this->opacity());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 210));
    painter->drawRect(box);
    painter->setPen(Qt::black);
    painter->setFont(ChartScene::labelFont());
    painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, m_labelText);
    painter->setOpacity(opacity);
    painter->setWorldTransform(transform);
}

QVariant EntityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (LinkItem *link : std::as_const(m_links))
            link->updateGeometry();
        if (auto *chart = static_cast<ChartScene *>(scene()))
            chart->entityMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

void EntityItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    // Every selected item moves with the drag; mark them all so the scene can record the move.
    QGraphicsItem::mouseMoveEvent(event);
    if (scene()) {
        for (QGraphicsItem *item : scene()->selectedItems()) {
            if (item->type() == Type)
                static_cast<EntityItem *>(item)->m_dragged = true;
        }
    }
    m_dragged = true;
}

} // namespace fc
