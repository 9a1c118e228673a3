#include "chart/groupitem.h"

#include "chart/chartscene.h"
#include "chart/entityitem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace fc {

GroupItem::GroupItem(int group, const QString &name) : m_group(group), m_name(name)
{
    setZValue(-1);
}

void GroupItem::setName(const QString &name)
{
    m_name = name;
    update();
}

void GroupItem::setMembers(const QList<EntityItem *> &members)
{
    m_members = members;
    updateBounds();
}

void GroupItem::updateBounds()
{
    QRectF frame;
    for (const EntityItem *member : std::as_const(m_members)) {
        if (member->isVisible()) // labels at scene size: the frame does not change with the zoom
            frame = frame.united(member->contentRect().translated(member->pos()));
    }
    prepareGeometryChange();
    const double title = QFontMetricsF(ChartScene::labelFont()).height() + 4;
    m_frame = frame.isNull() ? QRectF() : frame.adjusted(-10, -10 - title, 10, 10);
    setVisible(!m_frame.isNull());
}

QRectF GroupItem::boundingRect() const
{
    return m_frame.adjusted(-2, -2, 2, 2);
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(QColor(120, 120, 160), 1.5, Qt::DashLine));
    painter->setBrush(QColor(200, 205, 235, 60));
    painter->drawRoundedRect(m_frame, 8, 8);
    painter->setPen(QColor(60, 60, 100));
    painter->setFont(ChartScene::labelFont());
    painter->drawText(m_frame.adjusted(8, 3, -8, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                      m_name);
}

} // namespace fc
