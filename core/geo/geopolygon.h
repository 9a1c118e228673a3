#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace fc {

/** A polygon with holes, in BNG metres: rings[0] outer, rings[1..] holes (each ring closed). */
struct GeoPolygon
{
    QList<QList<QPointF>> rings;
    QRectF bounds;

    /** Even-odd test over all rings: inside the outer ring and in none of its holes. */
    bool contains(QPointF p) const;
    /** Area of the outer ring less its holes, in square metres (shoelace formula). */
    double area() const;
    /** Signed area of one ring (positive anticlockwise with y up). */
    static double ringArea(const QList<QPointF> &ring);
    static QRectF ringBounds(const QList<QPointF> &ring);
};

} // namespace fc
