#pragma once

#include <QList>
#include <QPainterPath>

namespace fc {

class BoundarySet;

/**
 * The boundaries as painter paths in BNG metres, at a few levels of detail: each ring simplified
 * (Douglas-Peucker) to a tolerance of 0 (as loaded), 40, 160, 640, 2,560 and 10,240 m, rings that
 * collapse below the tolerance left out. The canvas draws the coarsest level whose tolerance is under
 * one and a half pixels (a quarter pixel in an export), so a frame never draws many more vertices
 * than the screen can show. Built once, off the UI thread.
 */
class MapBoundaryPaths
{
public:
    static const QList<double> &tolerances();
    static MapBoundaryPaths build(const BoundarySet &set);

    int levelCount() const { return int(m_levels.size()); }
    /** The coarsest level whose tolerance is at most maxTolerance metres (level 0 is full detail). */
    int levelFor(double maxTolerance) const;
    const QPainterPath &path(int level, int boundary) const { return m_levels[level][boundary]; }
    /** Vertices in a level (for the record and the tests). */
    qsizetype vertexCount(int level) const { return m_vertices.value(level); }

private:
    QList<QList<QPainterPath>> m_levels; // [level][boundary]
    QList<qsizetype> m_vertices;
};

} // namespace fc
