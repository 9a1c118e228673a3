#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QTimer>

namespace fc {

class ChartDocument;

/**
 * The view on a chart: wheel zoom around the mouse, rubber-band multi-select, drop of entity ids
 * from the search pane, and the level-of-detail decision: labels only when zoomed in and at most
 * kMaxLabelled entities are in sight (Cytoscape's rule of thumb, see PERFORMANCE.md), no
 * antialiasing when zoomed far out. Pan and zoom are view state and never enter the undo stack.
 *
 * Overview mode: zoomed far out on a big chart, every entity is a dot and every link a hairline,
 * yet QGraphicsView would still visit thousands of items per frame (PERFORMANCE.md: 77-110 ms for
 * 10k + 20k). The view then draws the whole chart once into an image from the items' positions
 * (dots and straight lines, batched) and pans by blitting it; a zoom step scales the image until
 * the view has been still for a moment, then redraws it sharp. Any change to the chart redraws it.
 */
class ChartView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr int kMaxLabelled = 200;
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
    bool isOverview() const { return m_overview; }

signals:
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
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

    ChartDocument *m_document;
    bool m_overview = false;
    bool m_overviewDirty = true;
    QImage m_overviewImage;
    QRectF m_overviewRect; // scene rectangle the image shows
    double m_overviewZoom = 0;
    QTimer m_sharpenTimer;
};

} // namespace fc
