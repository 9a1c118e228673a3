#include "geo/simplifier.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace fc {

namespace {

// Squared distance from p to the segment a-b (to a itself when a == b).
double squaredDistanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double length2 = dx * dx + dy * dy;
    double t = 0;
    if (length2 > 0)
        t = std::clamp(((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2, 0.0, 1.0);
    const double ex = a.x() + t * dx - p.x(), ey = a.y() + t * dy - p.y();
    return ex * ex + ey * ey;
}

} // namespace

QList<QPointF> simplifyRing(const QList<QPointF> &ring, double tolerance)
{
    const qsizetype n = ring.size();
    if (n <= 2 || tolerance <= 0)
        return ring;
    const double tolerance2 = tolerance * tolerance;
    std::vector<char> keep(size_t(n), 0);
    keep[0] = keep[size_t(n - 1)] = 1;
    // An explicit stack of spans (first, last) instead of recursion: rings run to 100,000 points.
    std::vector<std::pair<qsizetype, qsizetype>> spans{{0, n - 1}};
    while (!spans.empty()) {
        const auto [first, last] = spans.back();
        spans.pop_back();
        double farthest2 = -1;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double d2 = squaredDistanceToSegment(ring[i], ring[first], ring[last]);
            if (d2 > farthest2) {
                farthest2 = d2;
                index = i;
            }
        }
        if (index >= 0 && farthest2 > tolerance2) {
            keep[size_t(index)] = 1;
            spans.push_back({first, index});
            spans.push_back({index, last});
        }
    }
    QList<QPointF> out;
    for (qsizetype i = 0; i < n; ++i)
        if (keep[size_t(i)])
            out.append(ring[i]);
    return out;
}

} // namespace fc
