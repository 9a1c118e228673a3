// bench_map: the map pane's frames with every UK local authority boundary (391 areas, 416,000
// vertices) and 10,000 places, at 1600 x 1000 pixels (offscreen raster), along a pan-and-zoom path
// from the whole UK down to a street-level view of London and back. Ours: MapCanvas::render (level
// of detail per zoom, areas outside the view skipped, point sprites). Peer, measured in the same run:
// plain QPainter drawing the same full-detail paths and antialiased circles for the same frames, with
// no level of detail or culling. Prints median and 95th percentile frame times.
//   QT_QPA_PLATFORM=offscreen build-bench/bin/bench_map

#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "map/classbreaks.h"
#include "map/mapboundarypaths.h"
#include "map/mapcanvas.h"
#include "map/mapstyle.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace fc;

namespace {

struct View
{
    QPointF centre;
    double mpp;
};

struct Stats
{
    double median, p95, max;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))]; };
    return {at(0.5), at(0.95), ms.last()};
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto set = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &error);
    if (!set) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    auto boundaries = std::make_shared<const BoundarySet>(std::move(*set));
    auto paths = std::make_shared<const MapBoundaryPaths>(MapBoundaryPaths::build(*boundaries));
    const double lodMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("boundaries: %lld areas, %lld vertices; load + project %.0f ms, levels of detail %.0f ms\n",
                qlonglong(boundaries->boundaries().size()), qlonglong(boundaries->vertexCount()), loadMs, lodMs);
    for (int level = 0; level < paths->levelCount(); ++level)
        std::printf("  level %d (tolerance %.0f m): %lld vertices\n", level, MapBoundaryPaths::tolerances()[level],
                    qlonglong(paths->vertexCount(level)));

    // 10,000 places inside the areas, weighted towards a few areas (as harm is), with harm from a
    // heavy-tailed distribution; per-area sums for the choropleth.
    QRandomGenerator rng(20261204);
    MapData data;
    data.harmMeasure = QStringLiteral("synthetic");
    QHash<int, int> areaSlot;
    const QList<Boundary> &areas = boundaries->boundaries();
    while (data.places.size() < 10000) {
        const int a = rng.bounded(10) < 4 ? rng.bounded(40) : rng.bounded(int(areas.size()));
        const QRectF b = areas[a].bounds;
        const QPointF p(b.left() + rng.generateDouble() * b.width(), b.top() + rng.generateDouble() * b.height());
        if (!areas[a].contains(p))
            continue;
        MapPlace place;
        place.entityId = data.places.size() + 1;
        place.label = QStringLiteral("Store %1").arg(data.places.size() + 1);
        place.bng = p;
        place.harm = std::floor(1 / std::max(1e-3, rng.generateDouble()));
        place.count = 1;
        place.areaIndex = a;
        data.places.append(place);
        auto slot = areaSlot.constFind(a);
        if (slot == areaSlot.cend()) {
            slot = areaSlot.insert(a, int(data.areas.size()));
            data.areas.append({areas[a].code, 0, 0});
        }
        data.areas[*slot].harm += place.harm;
        data.areas[*slot].count += 1;
    }

    // A Gi* hot-spot layer: 2,000 significant 250 m cells at places (three in four hot), filled and
    // outlined as the pane draws them (the peer below draws no hot spots).
    data.hotSpots.method = QStringLiteral("Getis-Ord Gi*, Benjamini-Hochberg FDR 5%");
    data.hotSpots.cellSize = 250;
    data.hotSpots.bandwidth = 500;
    for (int i = 0; i < 2000; ++i) {
        const QPointF c = data.places.at(rng.bounded(int(data.places.size()))).bng;
        const QPointF corner(std::floor(c.x() / 250) * 250, std::floor(c.y() / 250) * 250);
        data.hotSpots.cells.append(MapHotSpotCell{QRectF(corner, QSizeF(250, 250)), 1, 3, i % 4 == 3 ? -1 : 1});
    }

    const QSize size(1600, 1000);
    MapCanvas canvas;
    canvas.resize(size);
    canvas.setBoundaries(boundaries, paths);
    canvas.setData(data);
    canvas.setLayers(MapCanvas::Areas | MapCanvas::Places | MapCanvas::HotSpots);

    // The path: zoom from the whole UK (1,300 m a pixel) to central London (2 m a pixel) in 40 steps,
    // pan across London in 40 steps, and zoom back out in 40 steps.
    QList<View> views;
    const QPointF uk = boundaries->bounds().center();
    const QPointF london(530000, 180500);
    const double far = 1300, near = 2;
    for (int i = 0; i < 40; ++i) {
        const double t = i / 39.0;
        views.append({uk + (london - uk) * std::min(1.0, t * 1.5), far * std::pow(near / far, t)});
    }
    for (int i = 0; i < 40; ++i)
        views.append({london + QPointF(i * 200.0, (i % 10) * 100.0), near * 8});
    for (int i = 39; i >= 0; --i) {
        const double t = i / 39.0;
        views.append({uk + (london - uk) * std::min(1.0, t * 1.5), far * std::pow(near / far, t)});
    }

    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QList<double> ours, peer;
    const QList<double> breaks = [&] {
        QList<double> h;
        for (const MapAreaValue &a : data.areas)
            h << a.harm;
        return ClassBreaks::quantiles(h, MapStyle::kClasses);
    }();
    QHash<QString, double> areaHarm;
    for (const MapAreaValue &a : data.areas)
        areaHarm.insert(a.code, a.harm);
    double maxHarm = 0;
    for (const MapPlace &p : data.places)
        maxHarm = std::max(maxHarm, p.harm);
    for (int round = 0; round < 2; ++round) { // the first round warms caches; the second is measured
        for (const View &v : views) {
            timer.restart();
            {
                QPainter painter(&image);
                canvas.render(&painter, QRectF(QPointF(0, 0), size), v.centre, v.mpp, false);
            }
            const double oursMs = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            {
                // The peer: the same boundaries at full detail and the same places as circles, all of
                // them every frame, through one world transform.
                QPainter painter(&image);
                painter.fillRect(QRect(QPoint(0, 0), size), QColor(0xdd, 0xe8, 0xf0));
                painter.setRenderHint(QPainter::Antialiasing);
                const QTransform world(1 / v.mpp, 0, 0, -1 / v.mpp, size.width() / 2.0 - v.centre.x() / v.mpp,
                                       size.height() / 2.0 + v.centre.y() / v.mpp);
                QPen pen(QColor(0x8a, 0x8a, 0x80));
                pen.setCosmetic(true);
                painter.save();
                painter.setTransform(world);
                painter.setPen(pen);
                for (int i = 0; i < areas.size(); ++i) {
                    const auto h = areaHarm.constFind(areas[i].code);
                    painter.setBrush(h == areaHarm.cend() ? MapStyle::noDataColour()
                                                          : MapStyle::classColour(ClassBreaks::classOf(breaks, *h)));
                    painter.drawPath(paths->path(0, i));
                }
                painter.restore();
                painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
                for (const MapPlace &p : data.places) {
                    painter.setBrush(MapStyle::classColour(2));
                    const double r = MapStyle::radius(p.harm, maxHarm);
                    painter.drawEllipse(world.map(p.bng), r, r);
                }
                painter.setPen(QPen(MapStyle::giOutlineColour(), 1));
                for (const MapHotSpotCell &c : data.hotSpots.cells) {
                    painter.setBrush(c.significance > 0 ? MapStyle::giHotColour() : MapStyle::giColdColour());
                    painter.drawRect(world.mapRect(c.cell));
                }
            }
            const double peerMs = double(timer.nsecsElapsed()) / 1e6;
            if (round == 1) {
                ours << oursMs;
                peer << peerMs;
            }
        }
    }
    const Stats o = stats(ours), p = stats(peer);
    std::printf("frames: %lld along a pan/zoom path, 1600x1000, 391 areas + 10,000 places + 2,000 Gi* cells\n", qlonglong(ours.size()));
    std::printf("  MapCanvas (LOD, culling, sprites): median %.1f ms, p95 %.1f ms, max %.1f ms\n", o.median, o.p95, o.max);
    std::printf("  peer, plain QPainter, full detail: median %.1f ms, p95 %.1f ms, max %.1f ms\n", p.median, p.p95, p.max);
    std::printf("  target: 16 ms a frame: %s\n", o.p95 <= 16 ? "met (p95)" : "NOT met (p95)");
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        std::printf("  machine load: %s\n", load.readAll().trimmed().constData());
    return 0;
}
