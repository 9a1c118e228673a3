#include "chart/chartview.h"

#include "chart/chartdocument.h"
#include "chart/chartscene.h"
#include "chart/entityicons.h"
#include "chart/entityitem.h"
#include "chart/linkitem.h"

#include <QContextMenuEvent>
#include <QMimeData>
#include <QPainter>
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
    // Saving and restoring the painter around each of thousands of items is a large part of a
    // frame; the items set every bit of state they use instead.
    setOptimizationFlag(DontSavePainterState, true);
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setAcceptDrops(true);
    setBackgroundBrush(Qt::white);
    connect(document, &ChartDocument::contentsChanged, this, &ChartView::updateLevelOfDetail);
    connect(document, &ChartDocument::viewRestored, this, [this](const QPointF &centre, double zoom) {
        setZoom(zoom);
        centerOn(centre);
        updatePlacementCentre();
    });
    m_sharpenTimer.setSingleShot(true);
    m_sharpenTimer.setInterval(150);
    connect(&m_sharpenTimer, &QTimer::timeout, this, [this] {
        if (m_mode != DrawMode::Items && !qFuzzyCompare(m_overviewZoom, zoom()))
            invalidateOverview();
    });
    // Whatever changes what the chart shows redraws the overview image.
    for (auto signal :
         {&ChartDocument::entitiesInserted, &ChartDocument::entitiesRemoved, &ChartDocument::linksInserted,
          &ChartDocument::linksRemoved, &ChartDocument::positionsChanged, &ChartDocument::entityStateChanged})
        connect(document, signal, this, &ChartView::invalidateOverview);
    connect(document, &ChartDocument::previewPositions, this, &ChartView::invalidateOverview);
    connect(document, &ChartDocument::highlightChanged, this, &ChartView::invalidateOverview);
    connect(document, &ChartDocument::styleChanged, this, &ChartView::invalidateOverview);
    connect(document, &ChartDocument::dateFilterChanged, this, &ChartView::invalidateOverview);
    connect(document->scene(), &QGraphicsScene::selectionChanged, this, &ChartView::invalidateOverview);
    // A moved item (drag) changes the picture too; the scene reports every change region.
    connect(document->scene(), &QGraphicsScene::changed, this, [this] {
        if (m_mode != DrawMode::Items && !m_interacting && !m_document->isLayoutRunning())
            m_overviewDirty = true;
    });
}

void ChartView::invalidateOverview()
{
    m_overviewDirty = true;
    m_contentsRect = QRectF();
    if (m_mode != DrawMode::Items)
        viewport()->update();
}

QRectF ChartView::contentsRect()
{
    if (m_contentsRect.isNull()) {
        for (const EntityItem *item : m_document->scene()->entityItems()) {
            if (item->isVisible())
                m_contentsRect = m_contentsRect.united(QRectF(item->pos() - QPointF(40, 40), QSizeF(80, 80)));
        }
    }
    return m_contentsRect;
}

void ChartView::renderRegion()
{
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF region = visible.adjusted(-visible.width() / 2, -visible.height() / 2, visible.width() / 2,
                                           visible.height() / 2);
    const double z = zoom();
    const QSize size(std::max(1, int(std::ceil(region.width() * z))),
                     std::max(1, int(std::ceil(region.height() * z))));
    if (m_overviewImage.size() != size)
        m_overviewImage = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_overviewImage.fill(Qt::white);
    QPainter painter(&m_overviewImage);
    painter.setRenderHints(renderHints());
    scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), region, Qt::IgnoreAspectRatio);
    m_overviewRect = region;
    m_overviewZoom = z;
    m_overviewDirty = false;
}

void ChartView::renderOverview()
{
    auto *chart = m_document->scene();
    const double z = zoom();
    const QList<EntityItem *> entities = chart->entityItems();
    const QRectF rect = contentsRect();
    m_overviewRect = rect;
    m_overviewZoom = z;
    m_overviewDirty = false;
    // Cap the image (64 MB); a huge chart is then drawn a little scaled up.
    const double scale = std::min(z, 4096.0 / std::max({rect.width(), rect.height(), 1.0}));
    const bool icons = scale >= kOverviewZoom;
    const QSize size(std::max(1, int(std::ceil(rect.width() * scale))),
                     std::max(1, int(std::ceil(rect.height() * scale))));
    if (m_overviewImage.size() != size)
        m_overviewImage = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_overviewImage.fill(Qt::white);
    QPainter painter(&m_overviewImage);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(scale, scale);
    painter.translate(-rect.topLeft());

    // Links: straight hairlines, batched by look (parallel links coincide at this scale).
    QList<QLineF> normal, dimmed, marked;
    for (const EntityItem *item : entities) {
        if (!item->isVisible())
            continue;
        for (const LinkItem *link : item->links()) {
            if (link->fromItem() != item || !link->isVisible())
                continue; // each link once, from its first end
            const QLineF line(link->fromItem()->pos(), link->toItem()->pos());
            if (link->isHighlighted() || link->isSelected())
                marked.append(line);
            else if (link->opacity() < 1)
                dimmed.append(line);
            else
                normal.append(line);
        }
    }
    painter.setPen(QPen(QColor(215, 218, 222), 0));
    painter.drawLines(dimmed);
    painter.setPen(QPen(QColor(120, 128, 138), 0));
    painter.drawLines(normal);
    painter.setPen(QPen(QColor(255, 140, 0), 2 / scale));
    painter.drawLines(marked);

    // Entities: dots in their colour, dimmed ones paler, marked ones ringed.
    painter.setPen(Qt::NoPen);
    for (const EntityItem *item : entities) {
        if (!item->isVisible())
            continue;
        QColor colour = item->colour();
        if (item->opacity() < 1)
            colour.setAlpha(60);
        const double r = EntityItem::kIconSize / 2 * item->sizeFactor();
        if (item->isHighlighted() || item->isSelected()) {
            painter.setBrush(item->isHighlighted() ? QColor(255, 140, 0) : QColor(30, 110, 255));
            painter.drawEllipse(item->pos(), r + 3 / scale + 4, r + 3 / scale + 4);
        }
        if (icons && item->opacity() >= 1) {
            EntityIcons::paint(&painter, QRectF(item->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r)),
                               item->record().type, item->record().subtype);
        } else {
            painter.setBrush(colour);
            painter.drawEllipse(item->pos(), r, r);
        }
    }
}

void ChartView::paintEvent(QPaintEvent *event)
{
    m_document->scene()->placeLabels(); // after moves, once per frame at most
    if (m_mode == DrawMode::Items || m_interacting) {
        QGraphicsView::paintEvent(event);
        return;
    }
    if (m_mode == DrawMode::Region && !m_overviewDirty) {
        // Left the cached region, or zoomed out past it: redraw now; zoomed in: scaled for now.
        const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
        if (!m_overviewRect.contains(visible))
            m_overviewDirty = true;
    }
    if (m_overviewDirty) {
        if (m_mode == DrawMode::Overview)
            renderOverview();
        else
            renderRegion();
    } else if (!qFuzzyCompare(m_overviewZoom, zoom())) {
        m_sharpenTimer.start(); // scaled for now, sharp once the zoom settles
    }
    QPainter painter(viewport());
    painter.fillRect(event->rect(), Qt::white);
    const QRectF target = mapFromScene(m_overviewRect).boundingRect();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_overviewImage);
    if (dragMode() == RubberBandDrag && !rubberBandRect().isNull()) {
        painter.setPen(QPen(QColor(30, 110, 255), 1));
        painter.setBrush(QColor(30, 110, 255, 40));
        painter.drawRect(rubberBandRect());
    }
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
    auto *chart = m_document->scene();
    // Zoomed out, labels are drawn larger: fit once at scene size, then again with the labels as
    // large as that zoom draws them, so that those at the edges are in view too.
    for (int pass = 0; pass < 2; ++pass) {
        const QRectF rect = chart->contentsRect(pass == 0 ? 1.0 : chart->labelScale());
        if (rect.isNull())
            return;
        fitInView(rect.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
        if (zoom() > 1.5)
            setZoom(1.5);
        updateLevelOfDetail();
        if (!chart->labelsVisible() || qFuzzyCompare(chart->labelScale(), 1.0))
            break;
    }
    updatePlacementCentre();
}

void ChartView::updateLevelOfDetail()
{
    // A scene that is being deleted detaches from its views first, and the scroll bars move: the
    // items are half gone by then.
    if (!scene())
        return;
    auto *chart = m_document->scene();
    const double lod = zoom();
    setRenderHint(QPainter::Antialiasing, lod >= 0.35);
    // Big charts are drawn from a cached image: the whole chart as dots when zoomed out or when
    // more entities are in sight than items draw smoothly, else the region around the view. The
    // number in sight is estimated from the share of the chart in view: looking the items up costs
    // as much as a frame on a big chart.
    const int total = int(chart->entityItems().size());
    const QRectF contents = contentsRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF shown = visible.intersected(contents);
    const double share =
        contents.isEmpty() ? 1 : shown.width() * shown.height() / (contents.width() * contents.height());
    const double inSight = share * total;
    DrawMode mode = DrawMode::Items;
    if (total >= kOverviewEntities)
        mode = lod < kOverviewZoom || inSight > kMaxItemEntities ? DrawMode::Overview : DrawMode::Region;
    if (mode != m_mode) {
        m_mode = mode;
        m_overviewDirty = true;
        viewport()->update();
    }
    bool labels = false;
    if (lod >= kLabelZoom && total >= kOverviewEntities) {
        labels = inSight <= kMaxLabelled;
    } else if (lod >= kLabelZoom) {
        // Small chart: count the entities in sight exactly.
        int count = 0;
        for (QGraphicsItem *item :
             chart->items(visible, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder)) {
            if (item->type() == EntityItem::Type && item->isVisible() && ++count > kMaxLabelled)
                break;
        }
        labels = count <= kMaxLabelled;
    }
    chart->setLabelsVisible(labels);
    if (labels) {
        chart->setLabelScale(std::max(1.0, kLegibleZoom / lod));
        chart->setLabelsDecluttered(lod < kAllLabelsZoom);
    }
}

void ChartView::updatePlacementCentre()
{
    m_document->setPlacementCentre(mapToScene(viewport()->rect().center()));
    m_document->setViewZoom(zoom());
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
    updateLevelOfDetail();
}

void ChartView::mousePressEvent(QMouseEvent *event)
{
    m_interacting = true;
    QGraphicsView::mousePressEvent(event);
}

void ChartView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    m_interacting = false;
    invalidateOverview();
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
