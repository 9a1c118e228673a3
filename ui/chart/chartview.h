#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QTimer>

namespace fc {

class ChartDocument;

/**
 * The view on a chart: wheel zoom around the mouse, rubber-band multi-select, drop of entity ids
 * from the search pane, and the level-of-detail decision, no antialiasing when zoomed far out.
 * Pan and zoom are view state and never enter the undo stack.
 *
 * Labels are drawn whenever entities are drawn as icons (zoom >= kLabelZoom) and at most
 * kMaxLabelled entities are in sight (Cytoscape's rule of thumb, see PERFORMANCE.md). So that
 * they can be read, they never get smaller on screen than at kLegibleZoom (the scene draws them
 * larger below it), and below kAllLabelsZoom the labels that would cover a more important one
 * are left out (ChartScene::placeLabels). A chart of a hundred entities at fit is labelled.
 *
 * Overview mode: zoomed far out on a big chart, every entity is a dot and every link a hairline,
 * yet QGraphicsView would still visit thousands of items per frame (PERFORMANCE.md: 77-110 ms for
 * 10k + 20k). The view then draws the whole chart once into an image from the items' positions
 * (dots and straight lines, batched) and pans by blitting it; a zoom step scales the image until
 * the view has been still for a moment, then redraws it sharp. Any change to the chart redraws it.
 * Closer in, big charts are drawn by the items themselves (full detail) into an image of the
 * region around the view, twice its size, and panning blits it until the view leaves the region;
 * while a mouse button is down (drag, rubber band) the items draw live.
 */
class ChartView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr int kMaxLabelled = 200;
    /** Labels from this zoom (where entities become icons), never smaller than at kLegibleZoom ... */
    static constexpr double kLabelZoom = 0.35;
    static constexpr double kLegibleZoom = 0.85;
    /** ... and from this zoom on, every label, even where they crowd. */
    static constexpr double kAllLabelsZoom = 1.0;
    /** Overview mode, on charts with at least kOverviewEntities entities: below this zoom ... */
    static constexpr double kOverviewZoom = 0.35;
    static constexpr int kOverviewEntities = 400;
    /** ... or when more entities than this are estimated to be in sight. */
    static constexpr int kMaxItemEntities = 400;
    /** Mime type of a drag carrying entity ids (one per line), e.g. from the search pane. */
    static QString entityIdsMimeType();

    explicit ChartView(ChartDocument *document, QWidget *parent = nullptr);

    double zoom() const;
    void setZoom(double zoom);
    void zoomBy(double factor);
    void fitAll();
    /** Re-decides labels and antialiasing for the current zoom and visible area. */
    void updateLevelOfDetail();
    /** How frames are drawn: items one by one, the whole-chart image, or a cached region. */
    enum class DrawMode { Items, Overview, Region };
    DrawMode drawMode() const { return m_mode; }
    bool isOverview() const { return m_mode == DrawMode::Overview; }

signals:
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updatePlacementCentre();
    void invalidateOverview();
    void renderOverview();
    void renderRegion();
    QRectF contentsRect();

    ChartDocument *m_document;
    DrawMode m_mode = DrawMode::Items;
    bool m_interacting = false; // a mouse button is down: items are drawn live
    bool m_overviewDirty = true;
    QImage m_overviewImage; // the cached image (whole chart or region)
    QRectF m_overviewRect;  // scene rectangle the image shows
    double m_overviewZoom = 0;
    QRectF m_contentsRect; // cached bounds of the visible entities, null = recompute
    QTimer m_sharpenTimer;
};

} // namespace fc
