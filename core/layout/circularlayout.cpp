#include "layout/circularlayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fc {

QList<QPointF> CircularLayout::compute(const LayoutGraph &graph, double spacing)
{
    QList<QPointF> result = graph.positions;
    QList<int> order;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (!graph.isPinned(i))
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return graph.group(a) < graph.group(b); });
    const int n = int(order.size());
    if (n == 0)
        return result;
    const QPointF centre = graph.centroid();
    if (n == 1) {
        result[order.first()] = centre;
        return result;
    }
    // The chord between neighbours is 2 r sin(pi / n); make it the spacing.
    const double radius = spacing / (2 * std::sin(std::numbers::pi / n));
    for (int k = 0; k < n; ++k) {
        const double angle = 2 * std::numbers::pi * k / n - std::numbers::pi / 2;
        result[order[k]] = centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return result;
}

} // namespace fc
