#include "analysis/hotspotgrid.h"

#include <algorithm>
#include <limits>

namespace fc {

HotspotCell HotspotGrid::cell(qsizetype index) const
{
    HotspotCell c;
    const qsizetype row = index / columns, column = index % columns;
    c.x = originX + (double(column) + 0.5) * cellSize;
    c.y = originY + (double(row) + 0.5) * cellSize;
    c.value = index < qsizetype(values.size()) ? values[index] : 0;
    if (index < qsizetype(z.size()))
        c.z = z[index];
    if (index < qsizetype(p.size()))
        c.p = p[index];
    c.significant = index < qsizetype(significant.size()) && significant[index];
    return c;
}

bool HotspotGrid::isHot(qsizetype index) const
{
    if (index >= qsizetype(significant.size()) || !significant[index])
        return false;
    return z.empty() || z[index] > 0;
}

QList<HotspotCell> HotspotGrid::nonEmptyCells() const
{
    QList<HotspotCell> out;
    for (qsizetype i = 0; i < size(); ++i)
        if ((i < qsizetype(values.size()) && values[i] != 0) || (i < qsizetype(significant.size()) && significant[i]))
            out << cell(i);
    return out;
}

HotspotGrid HotspotGrid::covering(const QList<HotspotPoint> &points, double cellSize, double margin)
{
    HotspotGrid g;
    g.cellSize = cellSize;
    if (points.isEmpty() || !(cellSize > 0))
        return g;
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const HotspotPoint &p : points) {
        minX = std::min(minX, p.bng.x());
        maxX = std::max(maxX, p.bng.x());
        minY = std::min(minY, p.bng.y());
        maxY = std::max(maxY, p.bng.y());
    }
    g.originX = std::floor((minX - margin) / cellSize) * cellSize;
    g.originY = std::floor((minY - margin) / cellSize) * cellSize;
    g.columns = int(std::floor((maxX + margin - g.originX) / cellSize)) + 1;
    g.rows = int(std::floor((maxY + margin - g.originY) / cellSize)) + 1;
    return g;
}

qsizetype HotspotGrid::indexOf(QPointF bng) const
{
    const double cx = std::floor((bng.x() - originX) / cellSize);
    const double cy = std::floor((bng.y() - originY) / cellSize);
    if (cx < 0 || cy < 0 || cx >= columns || cy >= rows)
        return -1;
    return qsizetype(cy) * columns + qsizetype(cx);
}

} // namespace fc
