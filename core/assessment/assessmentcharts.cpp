#include "assessment/assessmentcharts.h"

#include "geo/boundaryset.h"
#include "graph/weightedgraph.h"
#include "layout/forcelayout.h"
#include "layout/layoutgraph.h"

#include <QPainter>
#include <QPainterPath>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace fc {

namespace {

/** The bounding box of points (QRectF::united ignores the empty rectangle of a single point). */
QRectF boundsOf(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double x0 = points.first().x(), x1 = x0, y0 = points.first().y(), y1 = y0;
    for (const QPointF &q : points) {
        x0 = std::min(x0, q.x());
        x1 = std::max(x1, q.x());
        y0 = std::min(y0, q.y());
        y1 = std::max(y1, q.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

QFont chartFont(double pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(int(pixels));
    f.setBold(bold);
    return f;
}

} // namespace

QImage AssessmentCharts::placeMap(const QList<HarmRow> &rows, int labelled, const BoundarySet *boundaries)
{
    const QSize size(1600, 1200);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QList<const HarmRow *> located;
    for (const HarmRow &r : rows)
        if (r.located && !r.key.isEmpty())
            located << &r;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    if (located.isEmpty()) {
        p.setFont(chartFont(36));
        p.drawText(image.rect(), Qt::AlignCenter, tr("No located places"));
        return image;
    }
    QList<QPointF> points;
    for (const HarmRow *r : std::as_const(located))
        points << r->bng;
    QRectF box = boundsOf(points);
    const double pad = std::max({box.width(), box.height(), 2000.0}) * 0.08;
    box.adjust(-pad, -pad, pad, pad);
    const QRectF plot(40, 40, size.width() - 80, size.height() - 120);
    const double scale = std::min(plot.width() / std::max(box.width(), 1.0), plot.height() / std::max(box.height(), 1.0));
    const QPointF centre = box.center();
    auto toImage = [&](QPointF bng) {
        return QPointF(plot.center().x() + (bng.x() - centre.x()) * scale,
                       plot.center().y() - (bng.y() - centre.y()) * scale); // north up
    };
    p.setClipRect(plot);
    p.fillRect(plot, QColor(246, 246, 240));
    if (boundaries) {
        p.setPen(QPen(QColor(150, 150, 150), 1.5));
        p.setBrush(Qt::NoBrush);
        for (const Boundary &b : boundaries->boundaries()) {
            if (!b.bounds.intersects(box))
                continue;
            for (const GeoPolygon &poly : b.polygons)
                for (const QList<QPointF> &ring : poly.rings) {
                    QPolygonF line;
                    for (const QPointF &q : ring)
                        line << toImage(q);
                    p.drawPolyline(line);
                }
        }
    }
    double maxHarm = 0;
    for (const HarmRow *r : std::as_const(located))
        maxHarm = std::max(maxHarm, r->harm);
    // Least harm first so the big dots are on top.
    QList<const HarmRow *> order = located;
    std::sort(order.begin(), order.end(), [](const HarmRow *a, const HarmRow *b) { return a->harm < b->harm; });
    for (const HarmRow *r : std::as_const(order)) {
        const double radius = 4 + 30 * (maxHarm > 0 ? std::sqrt(r->harm / maxHarm) : 0);
        const bool top = r->rank > 0 && r->rank <= labelled;
        p.setPen(QPen(QColor(90, 20, 20), 1));
        p.setBrush(top ? QColor(200, 30, 30, 200) : QColor(230, 130, 60, 140));
        p.drawEllipse(toImage(r->bng), radius, radius);
    }
    p.setFont(chartFont(26, true));
    for (const HarmRow *r : std::as_const(located))
        if (r->rank > 0 && r->rank <= labelled) {
            const QPointF at = toImage(r->bng) + QPointF(14, -14);
            p.setPen(Qt::white);
            for (int dx = -2; dx <= 2; dx += 2)
                for (int dy = -2; dy <= 2; dy += 2)
                    p.drawText(at + QPointF(dx, dy), QString::number(r->rank));
            p.setPen(Qt::black);
            p.drawText(at, QString::number(r->rank));
        }
    p.setClipping(false);
    // Scale bar: a round number of kilometres about a fifth of the width.
    const double metres = plot.width() / 5 / scale;
    const double step = std::pow(10.0, std::floor(std::log10(std::max(metres, 1.0))));
    const double bar = std::max(step, std::floor(metres / step) * step);
    const QPointF a(plot.left() + 20, plot.bottom() + 40), b(a.x() + bar * scale, a.y());
    p.setPen(QPen(Qt::black, 4));
    p.drawLine(a, b);
    p.setFont(chartFont(24));
    p.drawText(QPointF(b.x() + 12, b.y() + 9),
               bar >= 1000 ? tr("%1 km").arg(bar / 1000) : tr("%1 m").arg(bar));
    p.drawText(QRectF(plot.left(), plot.bottom() + 20, plot.width(), 40), Qt::AlignRight | Qt::AlignVCenter,
               tr("North up; British National Grid; dot area by harm"));
    return image;
}

QImage AssessmentCharts::networkChart(const WeightedGraph &graph, const QList<qint64> &members, const QString &title)
{
    const QSize size(1200, 900);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(28, true));
    p.drawText(QRectF(0, 10, size.width(), 50), Qt::AlignCenter, title);
    QList<int> vertices;
    for (qint64 id : members) {
        const int v = graph.indexOf(id);
        if (v >= 0)
            vertices << v;
    }
    if (vertices.isEmpty())
        return image;
    const WeightedGraph sub = graph.induced(vertices);
    LayoutGraph lg;
    const int n = sub.vertexCount();
    for (int k = 0; k < n; ++k)
        lg.positions << QPointF(std::cos(k * 2.399963) * 10 * std::sqrt(k + 1), std::sin(k * 2.399963) * 10 * std::sqrt(k + 1));
    const auto &offsets = sub.offsets();
    const auto &targets = sub.targets();
    for (int v = 0; v < n; ++v)
        for (int e = offsets[v]; e < offsets[v + 1]; ++e)
            if (targets[e] > v)
                lg.edges << qMakePair(v, targets[e]);
    ForceLayout::Options options;
    options.fromCurrentPositions = false;
    options.iterations = n > 400 ? 120 : 250;
    ForceLayout layout(lg, options);
    layout.run();
    const QList<QPointF> pos = layout.positions();
    QRectF box = boundsOf(pos);
    box.adjust(-40, -40, 40, 40);
    const QRectF plot(30, 70, size.width() - 60, size.height() - 100);
    const double scale = std::min(plot.width() / box.width(), plot.height() / box.height());
    auto at = [&](int v) {
        return QPointF(plot.center().x() + (pos[v].x() - box.center().x()) * scale,
                       plot.center().y() + (pos[v].y() - box.center().y()) * scale);
    };
    const auto &weights = sub.weights();
    for (int v = 0; v < n; ++v)
        for (int e = offsets[v]; e < offsets[v + 1]; ++e)
            if (targets[e] > v) {
                p.setPen(QPen(QColor(120, 120, 140, 160), std::min(8.0, 1.0 + weights[e])));
                p.drawLine(at(v), at(targets[e]));
            }
    int maxDegree = 1;
    for (int v = 0; v < n; ++v)
        maxDegree = std::max(maxDegree, sub.degree(v));
    for (int v = 0; v < n; ++v) {
        const double r = 6 + 16 * std::sqrt(double(sub.degree(v)) / maxDegree);
        p.setPen(QPen(QColor(20, 40, 90), 1.5));
        p.setBrush(QColor(60, 110, 190));
        p.drawEllipse(at(v), r, r);
    }
    p.setFont(chartFont(20));
    p.setPen(Qt::black);
    p.drawText(QRectF(0, size.height() - 34, size.width() - 20, 30), Qt::AlignRight | Qt::AlignVCenter,
               tr("%1 people, %2 ties; node size by number of associates; force-directed layout").arg(n).arg(sub.edgeCount()));
    return image;
}

QImage AssessmentCharts::barChart(const QString &title, const QStringList &categories, const QList<BarSeries> &series,
                                  const QString &valueLabel)
{
    const QSize size(1600, 800);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(chartFont(30, true));
    p.drawText(QRectF(0, 8, size.width(), 46), Qt::AlignCenter, title);
    double maxValue = 0;
    for (const BarSeries &s : series)
        for (double v : s.values)
            maxValue = std::max(maxValue, v);
    if (maxValue <= 0)
        maxValue = 1;
    const QRectF plot(130, 70, size.width() - 170, size.height() - 230);
    p.setPen(QPen(Qt::black, 2));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.setFont(chartFont(20));
    for (int k = 0; k <= 4; ++k) {
        const double v = maxValue * k / 4;
        const double y = plot.bottom() - plot.height() * k / 4;
        p.setPen(QPen(QColor(220, 220, 220), 1));
        if (k > 0)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 14, plot.left() - 10, 28), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v, 'f', maxValue < 10 ? 1 : 0));
    }
    p.save();
    p.translate(30, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -20, plot.height(), 30), Qt::AlignCenter, valueLabel);
    p.restore();
    const int groups = std::max<int>(1, int(categories.size()));
    const double groupWidth = plot.width() / groups;
    const int nSeries = std::max<int>(1, int(series.size()));
    const double barWidth = groupWidth * 0.8 / nSeries;
    for (int g = 0; g < categories.size(); ++g) {
        for (int s = 0; s < series.size(); ++s) {
            const double v = series.at(s).values.value(g);
            const double h = plot.height() * v / maxValue;
            p.fillRect(QRectF(plot.left() + g * groupWidth + groupWidth * 0.1 + s * barWidth, plot.bottom() - h,
                              barWidth - 2, h),
                       series.at(s).colour);
        }
        p.save();
        p.translate(plot.left() + (g + 0.5) * groupWidth, plot.bottom() + 10);
        p.rotate(categories.size() > 8 ? 35 : 0);
        p.setPen(Qt::black);
        const QString label = p.fontMetrics().elidedText(categories.at(g), Qt::ElideRight, 220);
        p.drawText(QRectF(categories.size() > 8 ? 0 : -groupWidth / 2, 0, categories.size() > 8 ? 220 : groupWidth, 30),
                   categories.size() > 8 ? Qt::AlignLeft : Qt::AlignHCenter, label);
        p.restore();
    }
    // Legend.
    double x = plot.left();
    for (const BarSeries &s : series) {
        p.fillRect(QRectF(x, size.height() - 40, 24, 24), s.colour);
        p.setPen(Qt::black);
        p.drawText(QPointF(x + 32, size.height() - 20), s.name);
        x += 60 + p.fontMetrics().horizontalAdvance(s.name);
    }
    return image;
}

} // namespace fc
