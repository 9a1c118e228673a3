#pragma once

#include <QList>
#include <QPointF>

namespace fc {

/**
 * Douglas-Peucker simplification of a ring to a tolerance in metres (for map level of detail): keeps
 * the first and last points and every point farther than the tolerance from the chord of the points
 * kept around it. A closed ring (first == last) stays closed: its first chord is degenerate, so the
 * point farthest from the first point is kept first. A ring smaller than the tolerance collapses to
 * fewer than 4 points; callers drawing areas skip such rings.
 */
QList<QPointF> simplifyRing(const QList<QPointF> &ring, double tolerance);

} // namespace fc
