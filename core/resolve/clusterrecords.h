#pragma once

#include "resolve/resolvetypes.h"

#include <vector>

namespace fc {

/**
 * The clusters of a resolution pass as records of their own: each cluster is one record holding
 * the union of what its members say (names, dates of birth, vehicles, co-offenders, towns and
 * store visits), as the workspace itself would load it once the members are merged. Co-offenders
 * are taken to their clusters too, so that two records whose co-offenders were two records of one
 * person now share a co-offender. ResolveEngine compares these records again after a pass that
 * merged (the merge closure of Benjelloun et al., "Swoosh", VLDB Journal 2009): evidence that no
 * single pair held, such as a date of birth on one member and a shared vehicle on another, is
 * then seen together.
 */
class ClusterRecords
{
public:
    /** clusterOf: for each record, the index of its cluster's first record (ResolvePlan). */
    ClusterRecords(const QList<ResolveRecord> &records, const QList<int> &clusterOf);

    /** One record per cluster, in the order of the clusters' first records. */
    const QList<ResolveRecord> &records() const { return m_records; }
    qsizetype size() const { return m_records.size(); }
    /** The first record (index into the records given) of cluster k. */
    int rootOf(int k) const { return m_roots.at(size_t(k)); }
    /** The cluster whose first record is root, or -1 when root is not a first record. */
    int indexOf(int root) const { return m_indexOf.at(size_t(root)); }
    /** The records given that cluster k holds. */
    const QList<int> &members(int k) const { return m_members.at(k); }

private:
    QList<ResolveRecord> m_records;
    std::vector<int> m_roots;
    std::vector<int> m_indexOf;
    QList<QList<int>> m_members;
};

} // namespace fc
