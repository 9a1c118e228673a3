#include "layout/groupedlayout.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

namespace {

QPointF topLeft(const LayoutGraph &graph)
{
    if (graph.positions.isEmpty())
        return {};
    double x = std::numeric_limits<double>::max(), y = x;
    for (const QPointF &p : graph.positions) {
        x = std::min(x, p.x());
        y = std::min(y, p.y());
    }
    return {x, y};
}

} // namespace

QList<QPointF> GroupedLayout::byGroup(const LayoutGraph &graph, double spacing)
{
    QList<QPointF> result = graph.positions;
    const QList<QList<int>> adjacency = graph.adjacency();
    QMap<int, QList<int>> columns;
    for (int i = 0; i < graph.nodeCount(); ++i) {
        if (!graph.isPinned(i))
            columns[graph.group(i)].append(i);
    }
    // Tall columns wrap into several sub-columns so a big group does not become one long line.
    const int maxRows = std::max(8, int(std::ceil(std::sqrt(double(graph.nodeCount())) * 1.5)));
    const QPointF origin = topLeft(graph);
    double x = origin.x();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        QList<int> &nodes = it.value();
        std::stable_sort(nodes.begin(), nodes.end(),
                         [&](int a, int b) { return adjacency[a].size() > adjacency[b].size(); });
        for (int k = 0; k < nodes.size(); ++k)
            result[nodes[k]] = QPointF(x + (k / maxRows) * spacing, origin.y() + (k % maxRows) * spacing);
        const int subColumns = int((nodes.size() + maxRows - 1) / maxRows);
        x += subColumns * spacing + spacing; // a gap between groups
    }
    return result;
}

QList<QPointF> GroupedLayout::hierarchical(const LayoutGraph &graph, double spacing)
{
    const int n = graph.nodeCount();
    QList<QPointF> result = graph.positions;
    const QList<QList<int>> adjacency = graph.adjacency();
    QList<int> level(n, -1);
    QList<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return adjacency[a].size() > adjacency[b].size(); });

    // Levels: BFS from the most connected unvisited node; components are stacked one below the
    // other so each reads top-down on its own.
    QList<QList<int>> rows;
    for (int root : order) {
        if (level[root] >= 0)
            continue;
        const int base = int(rows.size());
        QList<int> queue{root};
        level[root] = base;
        for (int head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            while (rows.size() <= level[v])
                rows.append(QList<int>());
            rows[level[v]].append(v);
            for (int w : adjacency[v]) {
                if (level[w] < 0) {
                    level[w] = level[v] + 1;
                    queue.append(w);
                }
            }
        }
    }

    // Barycentre ordering, top-down, rows centred on x = 0.
    QList<double> slot(n, 0);
    for (int r = 0; r < rows.size(); ++r) {
        QList<int> &row = rows[r];
        QHash<int, double> key;
        for (int v : row) {
            double sum = 0;
            int count = 0;
            for (int w : adjacency[v]) {
                if (level[w] == r - 1) {
                    sum += slot[w];
                    ++count;
                }
            }
            key[v] = count ? sum / count : 0;
        }
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) { return key[a] < key[b]; });
        for (int k = 0; k < row.size(); ++k)
            slot[row[k]] = k - (row.size() - 1) / 2.0;
    }
    const QPointF origin = topLeft(graph);
    double widest = 0;
    for (const auto &row : rows)
        widest = std::max(widest, double(row.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int v : rows[r]) {
            if (!graph.isPinned(v))
                result[v] = origin + QPointF((slot[v] + widest / 2) * spacing, r * spacing * 1.5);
        }
    }
    return result;
}

} // namespace fc
