#include "geo/geopolygon.h"

#include <cmath>

namespace fc {

bool GeoPolygon::contains(QPointF p) const
{
    if (!bounds.contains(p))
        return false;
    // Ray casting to +x over every ring: a point in a hole crosses the outer ring and the hole's.
    bool inside = false;
    for (const QList<QPointF> &ring : rings) {
        const qsizetype n = ring.size();
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())) {
                const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (p.x() < x)
                    inside = !inside;
            }
        }
    }
    return inside;
}

double GeoPolygon::ringArea(const QList<QPointF> &ring)
{
    double twice = 0;
    const qsizetype n = ring.size();
    for (qsizetype i = 0, j = n - 1; i < n; j = i++)
        twice += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return twice / 2;
}

double GeoPolygon::area() const
{
    if (rings.isEmpty())
        return 0;
    double a = std::abs(ringArea(rings.first()));
    for (qsizetype i = 1; i < rings.size(); ++i)
        a -= std::abs(ringArea(rings[i]));
    return a;
}

QRectF GeoPolygon::ringBounds(const QList<QPointF> &ring)
{
    if (ring.isEmpty())
        return {};
    double x0 = ring.first().x(), x1 = x0, y0 = ring.first().y(), y1 = y0;
    for (const QPointF &p : ring) {
        x0 = std::min(x0, p.x());
        x1 = std::max(x1, p.x());
        y0 = std::min(y0, p.y());
        y1 = std::max(y1, p.y());
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace fc
