#include "layout/layoutgraph.h"

#include <algorithm>

namespace fc {

QList<QList<int>> LayoutGraph::adjacency() const
{
    const int n = nodeCount();
    QList<QList<int>> adjacency(n);
    for (const auto &edge : edges) {
        if (edge.first == edge.second || edge.first < 0 || edge.second < 0 || edge.first >= n ||
            edge.second >= n)
            continue;
        adjacency[edge.first].append(edge.second);
        adjacency[edge.second].append(edge.first);
    }
    for (auto &list : adjacency) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return adjacency;
}

QPointF LayoutGraph::centroid() const
{
    if (positions.isEmpty())
        return {};
    QPointF sum;
    for (const QPointF &p : positions)
        sum += p;
    return sum / positions.size();
}

} // namespace fc
