#include "map/mapboundarypaths.h"

#include "geo/boundaryset.h"
#include "geo/simplifier.h"

namespace fc {

const QList<double> &MapBoundaryPaths::tolerances()
{
    static const QList<double> levels{0, 40, 160, 640, 2560, 10240};
    return levels;
}

MapBoundaryPaths MapBoundaryPaths::build(const BoundarySet &set)
{
    MapBoundaryPaths out;
    for (double tolerance : tolerances()) {
        QList<QPainterPath> paths;
        paths.reserve(set.boundaries().size());
        qsizetype vertices = 0;
        for (const Boundary &b : set.boundaries()) {
            QPainterPath path;
            path.setFillRule(Qt::OddEvenFill); // holes are rings inside the outer ring
            for (const GeoPolygon &polygon : b.polygons)
                for (const QList<QPointF> &ring : polygon.rings) {
                    const QList<QPointF> points = tolerance > 0 ? simplifyRing(ring, tolerance) : ring;
                    if (points.size() < 4)
                        continue; // smaller than the tolerance: invisible at this level
                    path.addPolygon(QPolygonF(points));
                    path.closeSubpath();
                    vertices += points.size();
                }
            paths.append(path);
        }
        out.m_levels.append(paths);
        out.m_vertices.append(vertices);
    }
    return out;
}

int MapBoundaryPaths::levelFor(double maxTolerance) const
{
    int level = 0;
    for (int i = 0; i < m_levels.size() && i < tolerances().size(); ++i)
        if (tolerances()[i] <= maxTolerance)
            level = i;
    return level;
}

} // namespace fc
