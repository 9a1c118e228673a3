#pragma once

#include <QGraphicsView>

namespace fc {

class ChartDocument;

/**
 * The view on a chart: wheel zoom around the mouse, rubber-band multi-select, drop of entity ids
 * from the search pane, and the level-of-detail decision: labels only when zoomed in and at most
 * kMaxLabelled entities are in sight (Cytoscape's rule of thumb, see PERFORMANCE.md), no
 * antialiasing when zoomed far out. Pan and zoom are view state and never enter the undo stack.
 */
class ChartView : public QGraphicsView
{
    Q_OBJECT
public:
    static constexpr int kMaxLabelled = 200;
    /** Mime type of a drag carrying entity ids (one per line), e.g. from the search pane. */
    static QString entityIdsMimeType();

    explicit ChartView(ChartDocument *document, QWidget *parent = nullptr);

    double zoom() const;
    void setZoom(double zoom);
    void zoomBy(double factor);
    void fitAll();
    /** Re-decides labels and antialiasing for the current zoom and visible area. */
    void updateLevelOfDetail();

signals:
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void updatePlacementCentre();

    ChartDocument *m_document;
};

} // namespace fc
