#pragma once

#include "graph/weightedgraph.h"

#include <QList>

namespace fc {

/**
 * Splits a graph into communities with the Leiden algorithm (Traag et al. 2019) optimising
 * modularity, via igraph's C library. Leiden is used rather than Louvain because it is faster
 * and never returns a disconnected community. igraph's random generator is seeded for every run,
 * so a seed gives the same partition each time.
 */
class CommunityDetector
{
public:
    struct Partition
    {
        QList<int> membership; // community of each vertex, 0..count-1
        int count = 0;
        double modularity = 0; // Newman's modularity (resolution 1) of the partition
    };

    /** Leiden on the weighted graph (weighted: summed link weights; else each tie counts 1). */
    static Partition leiden(const WeightedGraph &graph, bool weighted = true, quint64 seed = 42);
    /** Newman's modularity of a given partition (igraph_modularity), for checking and reporting. */
    static double modularity(const WeightedGraph &graph, const QList<int> &membership, bool weighted = true);
};

} // namespace fc
