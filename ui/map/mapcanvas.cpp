#include "map/mapcanvas.h"

#include "geo/boundaryset.h"
#include "map/classbreaks.h"
#include "map/mapboundarypaths.h"
#include "map/maplegend.h"
#include "map/mapstyle.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fc {

namespace {
constexpr double kMinMetresPerPixel = 0.5;
constexpr double kMaxMetresPerPixel = 20000;
constexpr int kMaxPlaceLabels = 200; // place names only when few are in view (as Cytoscape does)
} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setBoundaries(std::shared_ptr<const BoundarySet> boundaries,
                              std::shared_ptr<const MapBoundaryPaths> paths)
{
    m_boundaries = std::move(boundaries);
    m_paths = std::move(paths);
    m_selectedArea = -1;
    recompute();
    if (!m_fitted)
        fitAll();
    update();
}

void MapCanvas::setData(const MapData &data)
{
    m_data = data;
    m_selectedPlace = -1;
    m_highlighted.clear();
    recompute();
    update();
}

void MapCanvas::setLayers(Layers layers)
{
    m_layers = layers;
    update();
}

void MapCanvas::setHighlighted(const QSet<int> &placeIndexes)
{
    m_highlighted = placeIndexes;
    update();
}

void MapCanvas::recompute()
{
    m_areaValue.clear();
    QList<double> areaHarm;
    for (int i = 0; i < m_data.areas.size(); ++i) {
        const int boundary = m_boundaries ? m_boundaries->indexOf(m_data.areas[i].code) : -1;
        if (boundary >= 0) {
            m_areaValue.insert(boundary, i);
            areaHarm.append(m_data.areas[i].harm);
        }
    }
    m_areaBreaks = ClassBreaks::quantiles(areaHarm, MapStyle::kClasses);
    QList<double> placeHarm;
    double maxHarm = 0;
    for (const MapPlace &p : std::as_const(m_data.places)) {
        placeHarm.append(p.harm);
        maxHarm = std::max(maxHarm, p.harm);
    }
    m_placeBreaks = ClassBreaks::quantiles(placeHarm, MapStyle::kClasses);
    m_placeClass.clear();
    m_placeRadius.clear();
    for (const MapPlace &p : std::as_const(m_data.places)) {
        m_placeClass.append(MapStyle::rampIndex(ClassBreaks::classOf(m_placeBreaks, p.harm), int(m_placeBreaks.size())));
        m_placeRadius.append(int(std::lround(MapStyle::radius(p.harm, maxHarm))));
    }
    m_drawOrder.resize(m_data.places.size());
    std::iota(m_drawOrder.begin(), m_drawOrder.end(), 0);
    std::stable_sort(m_drawOrder.begin(), m_drawOrder.end(),
                     [this](int a, int b) { return m_data.places[a].harm < m_data.places[b].harm; });
}

bool MapCanvas::hotSpotsTested() const
{
    return std::any_of(m_data.hotSpots.cells.cbegin(), m_data.hotSpots.cells.cend(),
                       [](const MapHotSpotCell &c) { return c.significance != 0; });
}

void MapCanvas::setView(QPointF centre, double metresPerPixel)
{
    m_centre = centre;
    m_metresPerPixel = std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
    m_fitted = true;
    update();
    emit viewChanged();
}

void MapCanvas::fitAll()
{
    QRectF world = m_boundaries ? m_boundaries->bounds() : QRectF();
    for (const MapPlace &p : std::as_const(m_data.places))
        world = world.isNull() ? QRectF(p.bng, QSizeF(1, 1)) : world.united(QRectF(p.bng, QSizeF(1, 1)));
    if (world.isNull())
        world = QRectF(0, 0, 700000, 1250000); // Great Britain on the grid
    const double mpp = std::max(world.width() / std::max(1, width() - 20), world.height() / std::max(1, height() - 20));
    setView(world.center(), mpp);
}

void MapCanvas::fitPlaces()
{
    if (m_data.places.isEmpty()) {
        fitAll();
        return;
    }
    // The 2nd to 98th percentile of the places' eastings and northings: a few outliers (a store in
    // another county) do not shrink the many to a dot.
    QList<double> xs, ys;
    for (const MapPlace &p : std::as_const(m_data.places)) {
        xs << p.bng.x();
        ys << p.bng.y();
    }
    std::sort(xs.begin(), xs.end());
    std::sort(ys.begin(), ys.end());
    const qsizetype lo = xs.size() / 50, hi = xs.size() - 1 - xs.size() / 50;
    const double x0 = xs[lo], x1 = xs[hi], y0 = ys[lo], y1 = ys[hi];
    const QRectF box = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-500, -500, 500, 500); // half a km around
    setView(box.center(), std::max(box.width() / std::max(1, width() - 40), box.height() / std::max(1, height() - 40)));
}

void MapCanvas::zoomBy(double factor, QPointF anchorPixel)
{
    // The point under the anchor stays where it is.
    const QPointF anchor = toBng(anchorPixel);
    const double mpp = std::clamp(m_metresPerPixel / factor, kMinMetresPerPixel, kMaxMetresPerPixel);
    const QPointF offset = anchorPixel - QPointF(width() / 2.0, height() / 2.0);
    setView(QPointF(anchor.x() - offset.x() * mpp, anchor.y() + offset.y() * mpp), mpp);
}

int MapCanvas::currentLevel() const
{
    return m_paths ? m_paths->levelFor(m_metresPerPixel * 1.5) : 0;
}

QPointF MapCanvas::toScreen(QPointF bng) const
{
    return QPointF(width() / 2.0 + (bng.x() - m_centre.x()) / m_metresPerPixel,
                   height() / 2.0 - (bng.y() - m_centre.y()) / m_metresPerPixel);
}

QPointF MapCanvas::toBng(QPointF pixel) const
{
    return QPointF(m_centre.x() + (pixel.x() - width() / 2.0) * m_metresPerPixel,
                   m_centre.y() - (pixel.y() - height() / 2.0) * m_metresPerPixel);
}

void MapCanvas::render(QPainter *painter, const QRectF &target, QPointF centre, double mpp, bool exporting) const
{
    painter->save();
    painter->setClipRect(target);
    painter->fillRect(target, QColor(0xdd, 0xe8, 0xf0)); // sea
    // World (BNG, y up) to target (pixels, y down).
    const QTransform world(1 / mpp, 0, 0, -1 / mpp, target.center().x() - centre.x() / mpp,
                           target.center().y() + centre.y() / mpp);
    const QRectF visible = world.inverted().mapRect(target);
    // The coarsest level whose tolerance is under 1.5 pixels (a quarter pixel for print).
    const int level = m_paths ? m_paths->levelFor(exporting ? mpp / 4 : mpp * 1.5) : 0;

    // Areas: the choropleth (or plain land), outlines one pixel wide whatever the zoom.
    if (m_boundaries && m_paths) {
        // Antialiased areas cost three times as much to fill (bench_map); on screen the 1 px
        // outlines read as well without, so only an export smooths them.
        painter->setRenderHint(QPainter::Antialiasing, exporting);
        QPen outline(QColor(0x8a, 0x8a, 0x80));
        outline.setCosmetic(true);
        outline.setWidthF(exporting ? 0.6 : 1.0);
        painter->setPen(outline);
        painter->save();
        painter->setTransform(world, true); // paths stay in metres; the cosmetic pen stays a pixel wide
        const QList<Boundary> &areas = m_boundaries->boundaries();
        for (int i = 0; i < areas.size(); ++i) {
            if (!areas[i].bounds.intersects(visible))
                continue;
            QColor fill = QColor(0xfb, 0xfb, 0xf6);
            if (m_layers.testFlag(Areas)) {
                const int value = m_areaValue.value(i, -1);
                fill = value >= 0 ? MapStyle::classColour(MapStyle::rampIndex(
                                        ClassBreaks::classOf(m_areaBreaks, m_data.areas[value].harm),
                                        int(m_areaBreaks.size())))
                                  : MapStyle::noDataColour();
            }
            painter->setBrush(fill);
            painter->drawPath(m_paths->path(level, i));
        }
        if (m_selectedArea >= 0 && m_selectedArea < areas.size()) {
            QPen selected(QColor(0x1d, 0x35, 0x57), 2.5);
            selected.setCosmetic(true);
            painter->setPen(selected);
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(m_paths->path(level, m_selectedArea));
        }
        painter->restore();
    }

    // Hot spots: the grid's cells over the areas.
    if (m_layers.testFlag(HotSpots)) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        const bool tested = hotSpotsTested();
        QPen outline(MapStyle::giOutlineColour(), 1);
        outline.setCosmetic(true);
        for (const MapHotSpotCell &cell : m_data.hotSpots.cells) {
            if (!cell.cell.intersects(visible))
                continue;
            if (tested) { // Gi*: only the cells significant after the FDR correction, filled and outlined
                if (cell.significance != 0) {
                    const QRectF r = world.mapRect(cell.cell);
                    painter->fillRect(r, cell.significance > 0 ? MapStyle::giHotColour() : MapStyle::giColdColour());
                    if (r.width() >= 4) { // an outline only where the cell is more than a few pixels
                        painter->setPen(outline);
                        painter->setBrush(Qt::NoBrush);
                        painter->drawRect(r);
                        painter->setPen(Qt::NoPen);
                    }
                }
            } else if (cell.z >= 0.5) { // a density surface above half a standard deviation
                painter->fillRect(world.mapRect(cell.cell), MapStyle::hotColour(cell.z));
            }
        }
    }

    // Area names where they fit (the area is wide enough on screen), without overlapping.
    QList<QRectF> labelled;
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    if (m_boundaries && !m_layers.testFlag(Places)) {
        painter->setPen(QColor(0x33, 0x33, 0x33));
        for (const Boundary &b : m_boundaries->boundaries()) {
            if (!b.bounds.intersects(visible))
                continue;
            const QRectF screen = world.mapRect(b.bounds);
            const double w = metrics.horizontalAdvance(b.name);
            if (w > screen.width() * 0.6 || metrics.height() > screen.height() * 0.5)
                continue;
            const QRectF box(screen.center().x() - w / 2, screen.center().y() - metrics.height() / 2, w,
                             metrics.height());
            if (std::any_of(labelled.cbegin(), labelled.cend(), [&](const QRectF &r) { return r.intersects(box); }))
                continue;
            labelled.append(box);
            painter->drawText(box, Qt::AlignCenter | Qt::TextSingleLine, b.name);
        }
    }

    // Places: sprites from the least to the most harmful, so the worst are on top.
    if (m_layers.testFlag(Places)) {
        painter->setRenderHint(QPainter::Antialiasing, exporting);
        QList<int> inView;
        QList<std::pair<int, QList<QPainter::PixmapFragment>>> batches; // consecutive places of one sprite
        for (int i : m_drawOrder) {
            const QPointF p = world.map(m_data.places[i].bng);
            const int r = m_placeRadius[i];
            if (p.x() < target.left() - r || p.x() > target.right() + r || p.y() < target.top() - r ||
                p.y() > target.bottom() + r)
                continue;
            inView.append(i);
            if (exporting) {
                painter->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8));
                painter->setBrush(MapStyle::classColour(m_placeClass[i]));
                painter->drawEllipse(p, r, r);
            } else {
                // Batched by sprite: one drawPixmapFragments call per class and size.
                const int key = m_placeClass[i] * 100 + r;
                if (batches.isEmpty() || batches.last().first != key)
                    batches.append(std::make_pair(key, QList<QPainter::PixmapFragment>()));
                batches.last().second.append(QPainter::PixmapFragment::create(p, QRectF(0, 0, 2 * r + 3, 2 * r + 3)));
            }
        }
        for (const auto &[key, fragments] : std::as_const(batches))
            painter->drawPixmapFragments(fragments.constData(), int(fragments.size()), MapStyle::sprite(key / 100, key % 100));
        painter->setRenderHint(QPainter::Antialiasing, true);
        for (int i : std::as_const(m_highlighted)) {
            if (i < 0 || i >= m_data.places.size())
                continue;
            const QPointF p = world.map(m_data.places[i].bng);
            painter->setPen(QPen(QColor(0x00, 0x66, 0xcc), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(p, m_placeRadius[i] + 4, m_placeRadius[i] + 4);
        }
        if (m_selectedPlace >= 0 && m_selectedPlace < m_data.places.size()) {
            const QPointF p = world.map(m_data.places[m_selectedPlace].bng);
            painter->setPen(QPen(QColor(0x1d, 0x35, 0x57), 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(p, m_placeRadius[m_selectedPlace] + 3, m_placeRadius[m_selectedPlace] + 3);
        }
        // Place names only when few places are in view, most harmful first, where they fit.
        if (inView.size() <= kMaxPlaceLabels) {
            painter->setPen(QColor(0x11, 0x11, 0x11));
            for (auto it = inView.crbegin(); it != inView.crend(); ++it) {
                const MapPlace &place = m_data.places[*it];
                const QPointF p = world.map(place.bng);
                const double w = metrics.horizontalAdvance(place.label);
                const QRectF box(p.x() + m_placeRadius[*it] + 2, p.y() - metrics.height() / 2, w, metrics.height());
                if (!target.contains(box) ||
                    std::any_of(labelled.cbegin(), labelled.cend(), [&](const QRectF &r) { return r.intersects(box); }))
                    continue;
                labelled.append(box);
                painter->drawText(box, Qt::AlignLeft | Qt::TextSingleLine, place.label);
            }
        }
    }
    painter->restore();
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    render(&painter, rect(), m_centre, m_metresPerPixel, false);
    if (!m_data.harmMeasure.isEmpty())
        MapLegend::paint(&painter, QPointF(8, 8), *this);
    m_lastFrameMs = double(timer.nsecsElapsed()) / 1e6;
}

int MapCanvas::placeAt(QPointF pixel) const
{
    if (!m_layers.testFlag(Places))
        return -1;
    int best = -1;
    double bestDistance = 0;
    for (int i = 0; i < m_data.places.size(); ++i) {
        const QPointF d = toScreen(m_data.places[i].bng) - pixel;
        const double distance = std::hypot(d.x(), d.y());
        if (distance <= m_placeRadius[i] + 3 && (best < 0 || distance < bestDistance)) {
            best = i;
            bestDistance = distance;
        }
    }
    return best;
}

void MapCanvas::selectAt(QPointF pixel)
{
    m_selectedPlace = placeAt(pixel);
    m_selectedArea = -1;
    if (m_selectedPlace >= 0) {
        emit placeSelected(m_selectedPlace);
    } else {
        m_selectedArea = m_boundaries ? m_boundaries->indexAt(toBng(pixel)) : -1;
        if (m_selectedArea >= 0)
            emit areaSelected(m_selectedArea);
        else
            emit selectionCleared();
    }
    update();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressPos = m_lastDragPos = event->position().toPoint();
    m_dragging = false;
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 4)
        return;
    m_dragging = true;
    const QPoint delta = pos - m_lastDragPos;
    m_lastDragPos = pos;
    setView(QPointF(m_centre.x() - delta.x() * m_metresPerPixel, m_centre.y() + delta.y() * m_metresPerPixel),
            m_metresPerPixel);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_dragging)
        selectAt(event->position());
    m_dragging = false;
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = 80 * m_metresPerPixel; // 80 pixels a key press
    const QPointF middle(width() / 2.0, height() / 2.0);
    switch (event->key()) {
    case Qt::Key_Left: setView(m_centre - QPointF(step, 0), m_metresPerPixel); break;
    case Qt::Key_Right: setView(m_centre + QPointF(step, 0), m_metresPerPixel); break;
    case Qt::Key_Up: setView(m_centre + QPointF(0, step), m_metresPerPixel); break;
    case Qt::Key_Down: setView(m_centre - QPointF(0, step), m_metresPerPixel); break;
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(1.25, middle); break;
    case Qt::Key_Minus: zoomBy(0.8, middle); break;
    case Qt::Key_0: fitAll(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted)
        fitAll();
}

} // namespace fc
