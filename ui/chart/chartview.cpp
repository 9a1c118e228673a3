#include "chart/chartview.h"

#include "chart/chartdocument.h"
#include "chart/chartscene.h"
#include "chart/entityitem.h"

#include <QContextMenuEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace fc {

QString ChartView::entityIdsMimeType()
{
    return QStringLiteral("application/x-fusioncell-entity-ids");
}

ChartView::ChartView(ChartDocument *document, QWidget *parent)
    : QGraphicsView(document->scene(), parent), m_document(document)
{
    setDragMode(RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    // Items pad their own bounds for pens; the per-item adjustment is work for nothing.
    setOptimizationFlag(DontAdjustForAntialiasing, true);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setAcceptDrops(true);
    setBackgroundBrush(Qt::white);
    connect(document, &ChartDocument::contentsChanged, this, &ChartView::updateLevelOfDetail);
}

double ChartView::zoom() const
{
    return transform().m11();
}

void ChartView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, 0.01, 8.0);
    setTransform(QTransform::fromScale(zoom, zoom));
    updateLevelOfDetail();
    updatePlacementCentre();
}

void ChartView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, 0.01, 8.0);
    scale(target / zoom(), target / zoom());
    updateLevelOfDetail();
    updatePlacementCentre();
}

void ChartView::fitAll()
{
    const QRectF rect = m_document->scene()->contentsRect();
    if (rect.isNull())
        return;
    fitInView(rect.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5);
    updateLevelOfDetail();
    updatePlacementCentre();
}

void ChartView::updateLevelOfDetail()
{
    auto *chart = m_document->scene();
    const double lod = zoom();
    setRenderHint(QPainter::Antialiasing, lod >= 0.35);
    bool labels = false;
    if (lod >= 0.6) {
        // Count entities in sight only when zoomed in enough for labels to matter; the BSP index
        // answers this without touching the other items.
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        int count = 0;
        for (QGraphicsItem *item :
             chart->items(visible, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
            if (item->type() == EntityItem::Type && item->isVisible() && ++count > kMaxLabelled)
                break;
        }
        labels = count <= kMaxLabelled;
    }
    chart->setLabelsVisible(labels);
}

void ChartView::updatePlacementCentre()
{
    m_document->setPlacementCentre(mapToScene(viewport()->rect().center()));
}

void ChartView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void ChartView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updatePlacementCentre();
    if (zoom() >= 0.6)
        updateLevelOfDetail();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    updateLevelOfDetail();
    updatePlacementCentre();
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    // Right-click on an unselected entity selects it alone, as file managers do.
    QGraphicsItem *item = itemAt(event->pos());
    if (item && item->type() == EntityItem::Type && !item->isSelected()) {
        scene()->clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void ChartView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(entityIdsMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void ChartView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(entityIdsMimeType()))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void ChartView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(entityIdsMimeType())) {
        QGraphicsView::dropEvent(event);
        return;
    }
    QList<qint64> ids;
    const QList<QByteArray> lines = event->mimeData()->data(entityIdsMimeType()).split('\n');
    for (const QByteArray &line : lines) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    m_document->setPlacementCentre(mapToScene(event->position().toPoint()));
    m_document->addEntities(ids);
    updatePlacementCentre();
    event->acceptProposedAction();
}

} // namespace fc
