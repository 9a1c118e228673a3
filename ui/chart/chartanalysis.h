#pragma once

#include "model/records.h"

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>

namespace fc {

/**
 * The analyses behind "colour by" and "size by" on the chart, run on the chart's own entities
 * and links through core/graph (components, Leiden communities, centralities). A pure function
 * of its inputs so that it runs in a worker thread with no workspace access.
 */
class ChartAnalysis
{
public:
    enum class Colour { Type, Network, Community };
    enum class Size { None, Degree, Betweenness, PageRank };

    struct Result
    {
        QHash<qint64, int> colourGroup; // 0..colourGroups-1 per entity; empty for Colour::Type
        int colourGroups = 0;
        QHash<qint64, double> sizeFactor; // 0.75..2.0 per entity; empty for Size::None
    };

    static Result compute(const QList<EntityRecord> &entities, const QList<LinkRecord> &links, Colour colour,
                          Size size, const std::atomic_bool *cancel = nullptr);
};

} // namespace fc
