#pragma once

#include "map/mapdata.h"

#include <QSet>
#include <QWidget>

#include <memory>

namespace fc {

class BoundarySet;
class MapBoundaryPaths;

/**
 * Draws the map in British National Grid metres: the boundaries (a choropleth of harm by area, or
 * outlines), the hot-spot grid, and the places as points sized and coloured by harm, with labels
 * only where they fit. A plain QWidget painting cached paths at the level of detail the zoom needs
 * (MapBoundaryPaths), areas and cells outside the view skipped, places as pre-drawn sprites. Pans
 * with the mouse (drag) and arrow keys, zooms with the wheel and +/-, 0 fits the whole map; a click
 * selects a place or an area. Pan and zoom are view changes, never undo commands.
 */
class MapCanvas : public QWidget
{
    Q_OBJECT
public:
    enum Layer { Areas = 1, HotSpots = 2, Places = 4 };
    Q_DECLARE_FLAGS(Layers, Layer)

    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    void setBoundaries(std::shared_ptr<const BoundarySet> boundaries, std::shared_ptr<const MapBoundaryPaths> paths);
    void setData(const MapData &data);
    const MapData &data() const { return m_data; }
    const BoundarySet *boundaries() const { return m_boundaries.get(); }
    void setLayers(Layers layers);
    Layers layers() const { return m_layers; }
    /** Upper bounds of the choropleth's classes and of the places' classes (quantiles, 5 classes). */
    const QList<double> &areaBreaks() const { return m_areaBreaks; }
    const QList<double> &placeBreaks() const { return m_placeBreaks; }
    /** Places drawn highlighted (the link chart's selection), by index into data().places. */
    void setHighlighted(const QSet<int> &placeIndexes);

    // The view: the BNG point at the centre and the metres one pixel spans.
    void setView(QPointF centre, double metresPerPixel);
    QPointF centre() const { return m_centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    void fitAll();
    /** Zooms to the located places (2nd-98th percentile, half a km around), or fitAll() without any. */
    void fitPlaces();
    void zoomBy(double factor, QPointF anchorPixel);
    /** The boundary level of detail the current zoom draws (0 = full detail). */
    int currentLevel() const;
    QPointF toScreen(QPointF bng) const;
    QPointF toBng(QPointF pixel) const;

    /** Draws the map into target (the widget, or an export page) at the given view. */
    void render(QPainter *painter, const QRectF &target, QPointF centre, double metresPerPixel,
                bool exporting) const;
    /** Selects what is under a pixel: a place if one is drawn there, else the area. */
    void selectAt(QPointF pixel);
    int selectedPlace() const { return m_selectedPlace; }
    int selectedArea() const { return m_selectedArea; }
    /** The value of an area in the data (its index into data().areas by boundary index), or -1. */
    int areaValueIndex(int boundary) const { return m_areaValue.value(boundary, -1); }

    /** Whether the hot-spot layer is a test (Gi*: significant cells) rather than a surface. */
    bool hotSpotsTested() const;

    /** Frame times of the last paints (ms), for the benchmark. */
    double lastFrameMs() const { return m_lastFrameMs; }

signals:
    void placeSelected(int placeIndex);
    void areaSelected(int boundaryIndex);
    void selectionCleared();
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void recompute();
    int placeAt(QPointF pixel) const;

    std::shared_ptr<const BoundarySet> m_boundaries;
    std::shared_ptr<const MapBoundaryPaths> m_paths;
    MapData m_data;
    Layers m_layers = Layers(Areas | HotSpots | Places);
    QList<double> m_areaBreaks;
    QList<double> m_placeBreaks;
    QHash<int, int> m_areaValue; // boundary index -> index into m_data.areas
    QList<int> m_placeClass;
    QList<int> m_placeRadius;
    QList<int> m_drawOrder; // places from least to most harm, so the worst are on top
    QSet<int> m_highlighted;
    QPointF m_centre;
    double m_metresPerPixel = 1000;
    bool m_fitted = false;
    int m_selectedPlace = -1;
    int m_selectedArea = -1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    double m_lastFrameMs = 0;
};

} // namespace fc

Q_DECLARE_OPERATORS_FOR_FLAGS(fc::MapCanvas::Layers)
