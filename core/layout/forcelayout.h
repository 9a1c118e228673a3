#pragma once

#include "layout/layoutgraph.h"

#include <QList>
#include <QPointF>

#include <atomic>
#include <vector>

namespace fc {

/**
 * Force-directed layout after Fruchterman and Reingold (1991), with the repulsion of all nodes
 * approximated by a Barnes-Hut quadtree, so one iteration costs O(n log n + m) instead of O(n^2)
 * (BGL's version falls back to all pairs, see PERFORMANCE.md). FR's grid variant, which ignores
 * nodes further than 2k, was tried first: it lets the attraction squeeze big charts into a dense
 * ball. A weak pull to the centre keeps separate components together; the last iterations also
 * push apart nodes closer than the minimum distance (found through a grid of that cell size) so
 * icons never overlap. Pinned nodes never move. Same graph + same seed = same result.
 *
 * step() runs one iteration so that a UI can animate the layout from a worker thread.
 */
class ForceLayout
{
public:
    struct Options
    {
        double idealDistance = 90;   // preferred edge length (scene units)
        double minimumDistance = 48; // closer nodes are pushed apart at the end
        int iterations = 300;
        quint64 seed = 1;
        bool fromCurrentPositions = true; // false: start from a seeded random square
        double gravity = 0.02;
        double theta =
            1.2; // Barnes-Hut accuracy: a cell of size s at distance d acts as one body if s/d < theta
    };

    explicit ForceLayout(const LayoutGraph &graph);
    ForceLayout(const LayoutGraph &graph, const Options &options);

    /** Runs one iteration; returns false once every iteration has run. */
    bool step();
    /** Runs the remaining iterations, or until *cancel is set. Returns false if cancelled. */
    bool run(const std::atomic_bool *cancel = nullptr);

    int iteration() const { return m_iteration; }
    int iterations() const { return m_options.iterations; }
    bool isFinished() const { return m_iteration >= m_options.iterations; }
    QList<QPointF> positions() const;

private:
    void initialise();
    void repel(std::vector<double> &dispX, std::vector<double> &dispY) const;
    void removeOverlaps();
    template <typename Visit> void forEachClosePair(double radius, Visit visit) const;

    Options m_options;
    int m_n = 0;
    std::vector<double> m_x, m_y;
    std::vector<char> m_pinned;
    std::vector<int> m_edgeFrom, m_edgeTo;
    double m_centreX = 0, m_centreY = 0;
    double m_startTemperature = 0;
    int m_iteration = 0;
};

} // namespace fc
