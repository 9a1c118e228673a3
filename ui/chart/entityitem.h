#pragma once

#include "model/records.h"

#include <QColor>
#include <QGraphicsItem>

namespace fc {

class LinkItem;

/**
 * An entity on the chart: its type icon (cached pixmap), a plain-text label under it, and marks
 * for selection, pinning and path highlighting. Level of detail: zoomed far out it is a coloured
 * dot with no icon and no label, so that thousands of entities draw quickly. The scene draws the
 * labels (paintLabel) after every item, so that no icon covers one; zoomed out a label is drawn
 * larger (labelScale) so that it stays legible on screen, and left out where it would cover a
 * more important one (labelShown). Labels are drawn with QPainter::drawText, never as rich text,
 * because they come from imported data.
 */
class EntityItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    static constexpr double kIconSize = 32;

    explicit EntityItem(const EntityRecord &record);

    int type() const override { return Type; }
    qint64 entityId() const { return m_record.id; }
    const EntityRecord &record() const { return m_record; }
    /** What tells namesakes apart, drawn after the name: e.g. "36 · 3 records" (people only). */
    void setLabelDetail(const QString &detail);
    QString labelText() const { return m_labelText; }

    void addLink(LinkItem *link) { m_links.append(link); }
    void removeLink(LinkItem *link) { m_links.removeAll(link); }
    const QList<LinkItem *> &links() const { return m_links; }

    /** Size factor (centrality); 1 = normal. */
    void setSizeFactor(double factor);
    double sizeFactor() const { return m_sizeFactor; }
    /** Colour by network/community; invalid = the type's own colour. */
    void setColour(const QColor &colour);
    QColor colour() const;
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    void setGroup(int group) { m_group = group; }
    int group() const { return m_group; }

    /** Whether the user dragged the item since the last call (the scene turns drags into undo). */
    bool takeDragged();

    /** How much larger than the scene font the label is drawn (>= 1; the scene sets it per zoom). */
    void setLabelScale(double scale);
    double labelScale() const { return m_labelScale; }
    /**
     * Whether the label is drawn when labels are, and where: under the icon, or above it where
     * under would cover another label (the scene places them, and leaves out crowded ones).
     */
    void setLabelPlace(bool shown, bool above);
    bool isLabelShown() const { return m_labelShown; }
    bool isLabelAbove() const { return m_labelAbove; }
    /** The label's rectangle at a label scale, under or above the icon, in item coordinates. */
    QRectF labelRect(double scale, bool above = false) const;
    /** Icon, marks and label (under) at scene size, in item coordinates: what exports and frames hold. */
    QRectF contentRect() const;
    /** Draws the label at a scale, with the item's opacity; the painter is in scene coordinates. */
    void paintLabel(QPainter *painter, double scale, bool above) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QRectF iconRect() const;
    void updateLabelSize();

    EntityRecord m_record;
    QList<LinkItem *> m_links;
    QColor m_colour;
    double m_sizeFactor = 1;
    double m_labelScale = 1;
    QString m_labelText; // the label, cut short if very long
    QString m_labelDetail;
    QSizeF m_labelSize;
    bool m_labelShown = true;
    bool m_labelAbove = false;
    bool m_highlighted = false;
    bool m_pinned = false;
    bool m_dragged = false;
    int m_group = 0;
};

} // namespace fc
