#include "chart/chartanalysis.h"

#include "graph/centrality.h"
#include "graph/communitydetector.h"
#include "graph/graphstructure.h"
#include "graph/linkgraph.h"

#include <algorithm>
#include <cmath>

namespace fc {

ChartAnalysis::Result ChartAnalysis::compute(const QList<EntityRecord> &entities,
                                             const QList<LinkRecord> &links, Colour colour, Size size,
                                             const std::atomic_bool *cancel)
{
    Result result;
    const WeightedGraph graph = LinkGraph::build(entities, links).analysisGraph();
    const int n = graph.vertexCount();
    if (colour == Colour::Network) {
        int count = 0;
        const QList<int> component = GraphStructure::componentOf(graph, &count);
        for (int v = 0; v < n; ++v)
            result.colourGroup.insert(graph.id(v), component[v]);
        result.colourGroups = count;
    } else if (colour == Colour::Community) {
        const CommunityDetector::Partition partition = CommunityDetector::leiden(graph);
        for (int v = 0; v < n; ++v)
            result.colourGroup.insert(graph.id(v), partition.membership[v]);
        result.colourGroups = partition.count;
    }
    if (size == Size::None || n == 0)
        return result;
    GraphProgress progress;
    progress.cancel = cancel;
    QList<double> values;
    switch (size) {
    case Size::Degree:
        values = Centrality::degree(graph);
        break;
    case Size::Betweenness:
        values = Centrality::betweenness(graph, true, progress).values;
        break;
    case Size::PageRank:
        values = Centrality::pageRank(graph, true, 0.85, 1e-10, 1000, progress).values;
        break;
    case Size::None:
        break;
    }
    if (values.size() != n)
        return result; // cancelled
    const double top = *std::max_element(values.begin(), values.end());
    for (int v = 0; v < n; ++v) {
        // Square root so that area, not side, grows with the measure.
        const double share = top > 0 ? std::sqrt(std::max(0.0, values[v]) / top) : 0;
        result.sizeFactor.insert(graph.id(v), 0.75 + 1.25 * share);
    }
    return result;
}

} // namespace fc
