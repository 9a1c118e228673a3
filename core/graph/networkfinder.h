#pragma once

#include "graph/graphprogress.h"
#include "graph/network.h"
#include "graph/offenderprojection.h"

#include <QList>

namespace fc {

/**
 * Finds offender networks: the connected components of an OffenderProjection, each summarised,
 * largest first. Networks with more members than the split threshold are divided into communities
 * by CommunityDetector (Leiden, modularity), with the modularity reported.
 */
class NetworkFinder
{
public:
    /** Networks above this many members are split into communities (default 12). */
    void setSplitThreshold(int members) { m_splitThreshold = members; }
    int splitThreshold() const { return m_splitThreshold; }
    /** Networks below this many members are not listed (default 2: lone offenders are left out). */
    void setMinimumSize(int members) { m_minimumSize = members; }
    int minimumSize() const { return m_minimumSize; }
    void setSeed(quint64 seed) { m_seed = seed; }

    QList<Network> find(const OffenderProjection &projection, const GraphProgress &progress = {}) const;
    /** The summary of any set of people in the projection. */
    static NetworkSummary summarise(const OffenderProjection &projection, const QList<qint64> &people);

private:
    int m_splitThreshold = 12;
    int m_minimumSize = 2;
    quint64 m_seed = 42;
};

} // namespace fc
