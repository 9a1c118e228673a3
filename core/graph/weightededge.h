#pragma once

#include <QtGlobal>

namespace fc {

/** One undirected edge between two entity ids, given to WeightedGraph::build. */
struct WeightedEdge
{
    qint64 from = 0;
    qint64 to = 0;
    double weight = 1;
};

} // namespace fc
