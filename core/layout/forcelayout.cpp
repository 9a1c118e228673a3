#include "layout/forcelayout.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <thread>

namespace fc {

ForceLayout::ForceLayout(const LayoutGraph &graph) : ForceLayout(graph, Options()) {}

ForceLayout::ForceLayout(const LayoutGraph &graph, const Options &options)
    : m_options(options), m_n(graph.nodeCount())
{
    m_options.iterations = std::max(0, m_options.iterations);
    m_options.idealDistance = std::max(1.0, m_options.idealDistance);
    m_x.resize(m_n);
    m_y.resize(m_n);
    m_pinned.resize(m_n);
    for (int i = 0; i < m_n; ++i) {
        m_x[i] = graph.positions[i].x();
        m_y[i] = graph.positions[i].y();
        m_pinned[i] = graph.isPinned(i);
    }
    for (const auto &edge : graph.edges) {
        if (edge.first == edge.second || edge.first < 0 || edge.second < 0 || edge.first >= m_n ||
            edge.second >= m_n)
            continue;
        m_edgeFrom.push_back(edge.first);
        m_edgeTo.push_back(edge.second);
    }
    initialise();
}

void ForceLayout::initialise()
{
    const double k = m_options.idealDistance;
    const QPointF centre = [&] {
        QPointF sum;
        for (int i = 0; i < m_n; ++i)
            sum += QPointF(m_x[i], m_y[i]);
        return m_n ? sum / m_n : sum;
    }();
    m_centreX = centre.x();
    m_centreY = centre.y();
    // A square holding about one node per k^2 area: the density at which FR settles, so the grid
    // cells stay small and nodes do not have to travel far.
    const double side = std::sqrt(double(std::max(1, m_n))) * k;
    m_startTemperature = std::max(k, side / 8);
    std::mt19937_64 random(m_options.seed);
    std::uniform_real_distribution<double> unit(-0.5, 0.5);
    for (int i = 0; i < m_n; ++i) {
        const double rx = unit(random), ry = unit(random);
        if (m_pinned[i])
            continue;
        if (m_options.fromCurrentPositions) {
            // Small jitter only, so that nodes placed on the same point can separate.
            m_x[i] += rx * k * 0.05;
            m_y[i] += ry * k * 0.05;
        } else {
            m_x[i] = m_centreX + rx * side;
            m_y[i] = m_centreY + ry * side;
        }
    }
}

template <typename Visit> void ForceLayout::forEachClosePair(double radius, Visit visit) const
{
    // Nodes sorted by grid cell; the 3x3 block of cells around a node holds every node within
    // radius. Cells are found by binary search, which needs no grid bounds (pinned nodes may be
    // far away) and no hash table.
    struct Entry
    {
        qint64 key;
        int node;
    };
    auto cellOf = [radius](double v) { return qint64(std::floor(v / radius)); };
    auto keyOf = [](qint64 cx, qint64 cy) { return (cx << 32) ^ (cy & 0xffffffffLL); };
    std::vector<Entry> entries(m_n);
    std::vector<qint64> cellX(m_n), cellY(m_n);
    for (int i = 0; i < m_n; ++i) {
        cellX[i] = cellOf(m_x[i]);
        cellY[i] = cellOf(m_y[i]);
        entries[i] = {keyOf(cellX[i], cellY[i]), i};
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.key != b.key ? a.key < b.key : a.node < b.node;
    });
    const double radius2 = radius * radius;
    for (int i = 0; i < m_n; ++i) {
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const qint64 key = keyOf(cellX[i] + dx, cellY[i] + dy);
                auto it = std::lower_bound(entries.begin(), entries.end(), key,
                                           [](const Entry &e, qint64 k) { return e.key < k; });
                for (; it != entries.end() && it->key == key; ++it) {
                    const int j = it->node;
                    if (j <= i)
                        continue;
                    const double ddx = m_x[i] - m_x[j], ddy = m_y[i] - m_y[j];
                    const double d2 = ddx * ddx + ddy * ddy;
                    if (d2 < radius2)
                        visit(i, j, ddx, ddy, d2);
                }
            }
        }
    }
}

namespace {

/**
 * A Barnes-Hut quadtree (Barnes & Hut 1986) over the node positions: each cell keeps the number of
 * nodes in it and their centre, so that a far cell acts on a node as one body. Cells live in a flat
 * vector; a cell is a leaf while it holds one node.
 */
class QuadTree
{
public:
    QuadTree(const std::vector<double> &x, const std::vector<double> &y) : m_x(x), m_y(y)
    {
        const int n = int(x.size());
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        if (n) {
            minX = maxX = x[0];
            minY = maxY = y[0];
        }
        for (int i = 1; i < n; ++i) {
            minX = std::min(minX, x[i]);
            maxX = std::max(maxX, x[i]);
            minY = std::min(minY, y[i]);
            maxY = std::max(maxY, y[i]);
        }
        const double size = std::max({maxX - minX, maxY - minY, 1.0}) * 1.0001;
        m_cells.reserve(size_t(n) * 2 + 1);
        m_cells.push_back(Cell{minX, minY, size});
        for (int i = 0; i < n; ++i)
            insert(0, i, 0);
        for (Cell &cell : m_cells) {
            if (cell.count) {
                cell.sumX /= cell.count; // from here on: the centre of the cell's nodes
                cell.sumY /= cell.count;
            }
        }
    }

    /** Adds to (fx, fy) the repulsion k2 / d of every other node on node i, theta as accuracy. */
    void repulsion(int i, double k2, double theta2, double &fx, double &fy) const
    {
        const double px = m_x[i], py = m_y[i];
        int stack[256];
        int top = 0;
        stack[top++] = 0;
        while (top) {
            const Cell &cell = m_cells[stack[--top]];
            if (cell.count == 0)
                continue;
            if (cell.body == i && cell.count == 1)
                continue;
            const double cx = cell.sumX, cy = cell.sumY;
            double dx = px - cx, dy = py - cy;
            double d2 = dx * dx + dy * dy;
            const bool leaf = cell.child[0] < 0;
            if (leaf || cell.size * cell.size < theta2 * d2) {
                int count = cell.count;
                // A leaf with several nodes holds coincident points (depth limit); i may be one.
                if (leaf && count > 1 && px >= cell.x0 && px < cell.x0 + cell.size && py >= cell.y0 &&
                    py < cell.y0 + cell.size)
                    --count;
                if (count <= 0)
                    continue;
                if (d2 < 1e-9) {
                    dx = 0.01 * ((i * 7919) % 13 - 6.5);
                    dy = 0.01 * ((i * 104729) % 11 - 5.5);
                    d2 = dx * dx + dy * dy;
                }
                const double f = count * k2 / d2;
                fx += dx * f;
                fy += dy * f;
            } else {
                for (int c : cell.child) {
                    if (c >= 0 && top < 252)
                        stack[top++] = c;
                }
            }
        }
    }

private:
    struct Cell
    {
        double x0 = 0, y0 = 0, size = 0;
        double sumX = 0, sumY = 0;
        int count = 0;
        int body = -1;
        int child[4] = {-1, -1, -1, -1};
    };

    int quadrant(const Cell &cell, int body) const
    {
        const double half = cell.size / 2;
        return (m_x[body] >= cell.x0 + half ? 1 : 0) + (m_y[body] >= cell.y0 + half ? 2 : 0);
    }

    void insert(int index, int body, int depth)
    {
        while (true) {
            Cell &cell = m_cells[size_t(index)];
            cell.sumX += m_x[body];
            cell.sumY += m_y[body];
            ++cell.count;
            if (cell.count == 1) {
                cell.body = body;
                return;
            }
            if (depth >= 40) // coincident points stay together in one leaf
                return;
            if (cell.child[0] < 0) {
                // Split: create the four children and move the resident body down.
                const double half = cell.size / 2;
                const double x0 = cell.x0, y0 = cell.y0;
                const int resident = cell.body;
                cell.body = -1;
                const int first = int(m_cells.size());
                for (int q = 0; q < 4; ++q)
                    m_cells[size_t(index)].child[q] = first + q;
                for (int q = 0; q < 4; ++q)
                    m_cells.push_back(Cell{x0 + (q & 1) * half, y0 + (q >> 1) * half, half});
                const int rq = quadrant(m_cells[size_t(index)], resident);
                insertLeaf(first + rq, resident);
            }
            const Cell &parent = m_cells[size_t(index)];
            index = parent.child[quadrant(parent, body)];
            ++depth;
        }
    }

    void insertLeaf(int index, int body)
    {
        Cell &cell = m_cells[size_t(index)];
        cell.sumX += m_x[body];
        cell.sumY += m_y[body];
        ++cell.count;
        cell.body = body;
    }

    const std::vector<double> &m_x;
    const std::vector<double> &m_y;
    std::vector<Cell> m_cells;
};

} // namespace

void ForceLayout::repel(std::vector<double> &dispX, std::vector<double> &dispY) const
{
    const double k = m_options.idealDistance;
    const QuadTree tree(m_x, m_y);
    const double theta2 = m_options.theta * m_options.theta;
    // Each node's repulsion is independent, so big charts split the nodes over two threads; the
    // sums per node are the same either way, so the result stays deterministic.
    auto range = [&](int begin, int end) {
        for (int i = begin; i < end; ++i)
            tree.repulsion(i, k * k, theta2, dispX[i], dispY[i]);
    };
    if (m_n >= 1000) {
        std::thread other(range, m_n / 2, m_n);
        range(0, m_n / 2);
        other.join();
    } else {
        range(0, m_n);
    }
}

bool ForceLayout::step()
{
    if (isFinished())
        return false;
    const double k = m_options.idealDistance;
    std::vector<double> dispX(m_n, 0.0), dispY(m_n, 0.0);

    repel(dispX, dispY);

    for (size_t e = 0; e < m_edgeFrom.size(); ++e) {
        const int a = m_edgeFrom[e], b = m_edgeTo[e];
        const double dx = m_x[a] - m_x[b], dy = m_y[a] - m_y[b];
        const double d = std::sqrt(dx * dx + dy * dy);
        const double f = d / k; // (d^2 / k) along the unit vector
        dispX[a] -= dx * f;
        dispY[a] -= dy * f;
        dispX[b] += dx * f;
        dispY[b] += dy * f;
    }

    const double progress = double(m_iteration) / std::max(1, m_options.iterations);
    const double temperature = m_startTemperature * (1 - progress) + k * 0.02;
    for (int i = 0; i < m_n; ++i) {
        if (m_pinned[i])
            continue;
        dispX[i] += (m_centreX - m_x[i]) * m_options.gravity;
        dispY[i] += (m_centreY - m_y[i]) * m_options.gravity;
        const double len = std::sqrt(dispX[i] * dispX[i] + dispY[i] * dispY[i]);
        if (len < 1e-12)
            continue;
        const double move = std::min(len, temperature);
        m_x[i] += dispX[i] / len * move;
        m_y[i] += dispY[i] / len * move;
    }

    ++m_iteration;
    if (m_iteration * 20 >= m_options.iterations * 19 || isFinished())
        removeOverlaps();
    return !isFinished();
}

void ForceLayout::removeOverlaps()
{
    const double minimum = m_options.minimumDistance;
    if (minimum <= 0)
        return;
    // A few relaxation passes; each moves both ends of a too-close pair half the missing distance
    // (all of it when the other end is pinned).
    const int passes = isFinished() ? 20 : 1;
    for (int pass = 0; pass < passes; ++pass) {
        bool moved = false;
        std::vector<double> shiftX(m_n, 0.0), shiftY(m_n, 0.0);
        forEachClosePair(minimum, [&](int i, int j, double dx, double dy, double d2) {
            if (m_pinned[i] && m_pinned[j])
                return;
            double d = std::sqrt(d2);
            if (d < 1e-9) {
                dx = (i % 2) ? 1 : -1;
                dy = (j % 3) - 1;
                d = std::sqrt(dx * dx + dy * dy);
            }
            const double missing = (minimum - d) * 1.01 / d;
            const double shareI = m_pinned[j] ? 1.0 : (m_pinned[i] ? 0.0 : 0.5);
            const double shareJ = 1.0 - shareI;
            shiftX[i] += dx * missing * shareI;
            shiftY[i] += dy * missing * shareI;
            shiftX[j] -= dx * missing * shareJ;
            shiftY[j] -= dy * missing * shareJ;
            moved = true;
        });
        if (!moved)
            break;
        for (int i = 0; i < m_n; ++i) {
            m_x[i] += shiftX[i];
            m_y[i] += shiftY[i];
        }
    }
}

bool ForceLayout::run(const std::atomic_bool *cancel)
{
    while (step()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return true;
}

QList<QPointF> ForceLayout::positions() const
{
    QList<QPointF> result;
    result.reserve(m_n);
    for (int i = 0; i < m_n; ++i)
        result.append(QPointF(m_x[i], m_y[i]));
    return result;
}

} // namespace fc
