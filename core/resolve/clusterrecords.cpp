#include "resolve/clusterrecords.h"

#include "resolve/parallelshares.h"

#include <algorithm>

namespace fc {

ClusterRecords::ClusterRecords(const QList<ResolveRecord> &records, const QList<int> &clusterOf)
    : m_indexOf(size_t(records.size()), -1)
{
    for (int i = 0; i < records.size(); ++i)
        if (clusterOf.at(i) == i) {
            m_indexOf[size_t(i)] = int(m_roots.size());
            m_roots.push_back(i);
        }
    m_members.resize(qsizetype(m_roots.size()));
    for (int i = 0; i < records.size(); ++i)
        m_members[m_indexOf[size_t(clusterOf.at(i))]] << i;
    // Entities of this run by id (records come in any order), for the co-offenders' clusters.
    std::vector<std::pair<qint64, qint64>> rootEntity; // entity id, its cluster's first record's entity id
    rootEntity.reserve(size_t(records.size()));
    for (int i = 0; i < records.size(); ++i)
        rootEntity.emplace_back(records.at(i).entityId, records.at(clusterOf.at(i)).entityId);
    std::sort(rootEntity.begin(), rootEntity.end());
    auto clusterEntity = [&](qint64 id) {
        const auto it = std::lower_bound(rootEntity.cbegin(), rootEntity.cend(), std::make_pair(id, qint64(0)),
                                         [](const auto &x, const auto &y) { return x.first < y.first; });
        return it != rootEntity.cend() && it->first == id ? it->second : id;
    };

    m_records.resize(qsizetype(m_roots.size()));
    ResolveRecord *out = m_records.data(); // written by several threads: detached once, here
    ParallelShares::run(m_roots.size(), [&](size_t from, size_t to, bool) {
        for (size_t k = from; k < to; ++k) {
            const QList<int> &members = m_members.at(qsizetype(k));
            ResolveRecord r = records.at(members.first());
            for (qsizetype x = 1; x < members.size(); ++x) {
                const ResolveRecord &m = records.at(members.at(x));
                for (const NameForm &n : m.names)
                    if (std::none_of(r.names.cbegin(), r.names.cend(), [&](const NameForm &o) {
                            return o.forename == n.forename && o.surname == n.surname;
                        }))
                        r.names << n;
                r.dobs += m.dobs;
                r.vrms += m.vrms;
                r.vehicles += m.vehicles;
                r.associates += m.associates;
                r.areas += m.areas;
                r.visits += m.visits;
            }
            // An initial that a full forename of the cluster spells out says nothing more, and
            // would let the cluster agree at initial level with anyone of that initial.
            if (members.size() > 1) {
                const QList<NameForm> all = r.names; // removeIf moves the names it reads
                r.names.removeIf([&](const NameForm &n) {
                    return n.forename.size() == 1 && std::any_of(all.cbegin(), all.cend(), [&](const NameForm &o) {
                               return o.surname == n.surname && o.forename.size() > 1 && o.forename.front() == n.forename.front();
                           });
                });
            }
            // Only a record whose co-offenders moved is changed (the others stay shared copies).
            const bool moved = members.size() > 1 || std::any_of(r.associates.cbegin(), r.associates.cend(),
                                                                 [&](qint64 a) { return clusterEntity(a) != a; });
            if (moved) {
                for (qint64 &a : r.associates)
                    a = clusterEntity(a);
                r.associates.removeAll(r.entityId);
                r.sortLists();
            }
            out[k] = std::move(r);
        }
    });
}

} // namespace fc
