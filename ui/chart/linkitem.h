#pragma once

#include "model/records.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace fc {

class EntityItem;

/**
 * A typed link between two entities, labelled with its type and date. Several links between the
 * same two entities are drawn as separate curves bowed apart (index among count), so each can be
 * seen and selected on its own. The path is cached and rebuilt only when an end moves.
 */
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    static constexpr double kParallelSpacing = 26;

    LinkItem(const LinkRecord &record, EntityItem *from, EntityItem *to);

    int type() const override { return Type; }
    qint64 linkId() const { return m_record.id; }
    const LinkRecord &record() const { return m_record; }
    EntityItem *fromItem() const { return m_from; }
    EntityItem *toItem() const { return m_to; }
    QString labelText() const;

    /** Position among the parallel links of the same pair (0..count-1). */
    void setParallel(int index, int count);
    void updateGeometry();
    QPainterPath path() const { return m_path; }
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    LinkRecord m_record;
    EntityItem *m_from;
    EntityItem *m_to;
    int m_index = 0;
    int m_count = 1;
    QPainterPath m_path;
    QPointF m_labelCentre;
    QSizeF m_labelSize;
    QRectF m_bounds;
    bool m_highlighted = false;
};

} // namespace fc
