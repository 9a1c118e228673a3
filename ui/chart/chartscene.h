#pragma once

#include <QFont>
#include <QGraphicsScene>
#include <QHash>

namespace fc {

class ChartDocument;
class EntityItem;
class GroupItem;
class LinkItem;

/**
 * Draws a ChartDocument: one EntityItem per entity, one LinkItem per link (parallel ones spread
 * apart), a GroupItem per group. It follows the document's signals and turns mouse drags into
 * undoable moves and double-clicks into expands. The BSP index serves hit tests on ordinary
 * charts; big charts and animating layouts go without it (see chooseIndex()).
 *
 * Entity labels are drawn over every item (drawForeground), so that icons never cover them. The
 * view decides whether they are drawn, how much larger than the scene font (so that they stay
 * legible zoomed out) and whether crowded ones are left out. Left out is a label that would cover
 * one placed before it, in order of importance: selected and highlighted entities, then people,
 * organisations, vehicles, objects, places and incidents, the most linked first. The more
 * important label is drawn last, on top.
 */
class ChartScene : public QGraphicsScene
{
    Q_OBJECT
public:
    /** Charts with this many entities or more have no BSP index. */
    static constexpr int kIndexedEntities = 1000;

    explicit ChartScene(ChartDocument *document);
    ~ChartScene() override;

    static QFont labelFont();
    ChartDocument *document() const { return m_document; }
    EntityItem *entityItem(qint64 id) const { return m_entityItems.value(id); }
    LinkItem *linkItem(qint64 id) const { return m_linkItems.value(id); }
    GroupItem *groupItem(int group) const { return m_groupItems.value(group); }
    QList<EntityItem *> entityItems() const { return m_entityItems.values(); }

    /** Labels are drawn only when the view says few enough entities are visible (LOD). */
    bool labelsVisible() const { return m_labelsVisible; }
    void setLabelsVisible(bool visible);
    /** How much larger than labelFont() entity labels are drawn (>= 1). */
    double labelScale() const { return m_labelScale; }
    void setLabelScale(double scale);
    /** Whether labels that would cover a more important one are left out. */
    bool labelsDecluttered() const { return m_declutter; }
    void setLabelsDecluttered(bool declutter);
    /** Decides which entity labels are drawn if anything moved or changed since (before a frame). */
    void placeLabels();
    /** While exporting, items draw at full detail (every label, at scene size) whatever the zoom. */
    bool isExporting() const { return m_exporting; }
    void setExporting(bool exporting);
    /**
     * Bounding rectangle of every visible item, entity labels at labelScale: 1 is at scene size
     * under the icons, as exported; larger also has room for labels placed above.
     */
    QRectF contentsRect(double labelScale = 1) const;

    /** Called by an EntityItem whose position changed (keeps group frames around members). */
    void entityMoved(EntityItem *item);

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onEntitiesInserted(const QList<qint64> &ids);
    void onEntitiesRemoved(const QList<qint64> &ids);
    void onLinksInserted(const QList<qint64> &ids);
    void onLinksRemoved(const QList<qint64> &ids);
    void onPositionsChanged(const QList<qint64> &ids);
    void onPreviewPositions(const QHash<qint64, QPointF> &positions);
    void onEntityStateChanged(const QList<qint64> &ids);
    void chooseIndex();
    void updateParallel(qint64 a, qint64 b);
    void updateLinkVisibility(EntityItem *item);
    void updateGroups();
    void applyHighlight();
    void applyDateFilter();
    void applyStyle();
    void applyLabelScale(double scale);
    QList<EntityItem *> byLabelImportance() const;
    void labelsChanged() { m_labelsPlaced = false; }

    ChartDocument *m_document;
    QHash<qint64, EntityItem *> m_entityItems;
    QHash<qint64, LinkItem *> m_linkItems;
    QHash<int, GroupItem *> m_groupItems;
    bool m_labelsVisible = true;
    double m_labelScale = 1;
    bool m_declutter = false;
    bool m_labelsPlaced = false;    // m_labelled is up to date
    QList<EntityItem *> m_labelled; // entities whose label is drawn, least important first
    bool m_exporting = false;
    bool m_applyingPositions = false;
};

} // namespace fc
