#include "resolve/contextblocker.h"

#include "resolve/matchmodel.h"
#include "resolve/packedpairs.h"
#include "resolve/parallelshares.h"
#include "resolve/sortedlists.h"

#include <QHash>

#include <algorithm>

namespace fc {

namespace {

// The initials of a record's names, in alphabetical order ("JS" for John Smith and Smith John),
// each packed in one number, without repeats.
std::vector<quint32> initialPairs(const ResolveRecord &r)
{
    std::vector<quint32> out;
    for (const NameForm &n : r.names) {
        const char16_t f = n.forename.isEmpty() ? u'?' : n.forename.at(0).unicode();
        const char16_t s = n.surname.isEmpty() ? u'?' : n.surname.at(0).unicode();
        out.push_back(f < s ? (quint32(f) << 16 | s) : (quint32(s) << 16 | f));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// A block: what is shared (a vehicle, a co-offender or associate, or a store with the initials)
// and the entity id shared.
enum class Shared : qint64 { Vehicle = 1, Associate = 2, Store = 3 };
using BlockKey = std::pair<qint64, qint64>; // entity id, Shared << 32 | initials

} // namespace

bool ContextBlocker::hasContext(const ResolveRecord &a, const ResolveRecord &b)
{
    if (SortedLists::sharesAny(a.vehicles, b.vehicles) || SortedLists::sharesAny(a.associates, b.associates))
        return true;
    for (const StoreVisit &x : a.visits) {
        // b.visits is sorted by store and day: the visits to x's store.
        auto it = std::lower_bound(b.visits.cbegin(), b.visits.cend(), StoreVisit{x.store, x.day - MatchModel::kStoreWindowDays});
        if (it != b.visits.cend() && it->store == x.store && it->day <= x.day + MatchModel::kStoreWindowDays)
            return true;
    }
    return false;
}

std::vector<std::pair<int, int>> ContextBlocker::pairs(const QList<ResolveRecord> &records,
                                                       const std::vector<std::pair<int, int>> &sortedCandidates,
                                                       int window, const std::vector<char> *changed)
{
    QHash<BlockKey, std::vector<int>> blocks;
    std::vector<BlockKey> keys;
    // With changed records, only their blocks: theirs first, then the others that share one.
    const int rounds = changed ? 2 : 1;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < records.size(); ++i) {
            const ResolveRecord &r = records.at(i);
            if (r.type != EntityType::Person)
                continue;
            if (changed && bool((*changed)[size_t(i)]) != (round == 0))
                continue;
            keys.clear();
            for (qint64 v : r.vehicles)
                keys.emplace_back(v, qint64(Shared::Vehicle) << 32);
            for (qint64 a : r.associates)
                keys.emplace_back(a, qint64(Shared::Associate) << 32);
            const std::vector<quint32> initials = initialPairs(r);
            for (const StoreVisit &s : r.visits)
                for (quint32 i2 : initials)
                    keys.emplace_back(s.store, qint64(Shared::Store) << 32 | i2);
            std::sort(keys.begin(), keys.end());
            keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
            for (const BlockKey &k : keys) {
                if (round == 0) {
                    blocks[k].push_back(i);
                } else {
                    const auto it = blocks.find(k);
                    if (it != blocks.end())
                        it->push_back(i);
                }
            }
        }
    }
    std::vector<quint64> packed;
    {
        size_t pairs = 0; // room for all of them at once
        for (auto it = blocks.cbegin(); it != blocks.cend(); ++it) {
            const size_t size = it.value().size();
            pairs += PackedPairs::windowPairs(size, window > 0 && size > size_t(window) + 1 ? size_t(window) : size);
        }
        if (!changed) // a later pass keeps a small part of them
            packed.reserve(pairs);
    }
    QList<QString> names; // sort keys, made once when a block needs them
    for (auto it = blocks.begin(); it != blocks.end(); ++it) {
        std::vector<int> &members = it.value();
        if (members.size() < 2)
            continue;
        size_t reach = members.size();
        if (window > 0 && members.size() > size_t(window) + 1) {
            // A sorted neighbourhood, by name, as CandidateBlocker bounds a common surname.
            if (names.isEmpty()) {
                names.resize(records.size());
                for (int i = 0; i < records.size(); ++i) {
                    const ResolveRecord &r = records.at(i);
                    if (!r.names.isEmpty())
                        names[i] = r.names.first().surname + QLatin1Char(' ') + r.names.first().forename;
                }
            }
            std::stable_sort(members.begin(), members.end(), [&](int a, int b) {
                const QString &na = names.at(a), &nb = names.at(b);
                return na != nb ? na < nb : a < b;
            });
            reach = size_t(window);
        }
        PackedPairs::appendWindow(members, reach, &packed, changed);
    }
    PackedPairs::sortUnique(&packed);
    // Each pair is checked on its own: split over the cores, kept in order. Both lists are
    // sorted, so the candidates are walked alongside rather than searched for each pair.
    std::vector<char> keep(packed.size(), 0);
    ParallelShares::run(packed.size(), [&](size_t from, size_t to, bool) {
        if (from >= to)
            return;
        auto candidate = std::lower_bound(sortedCandidates.begin(), sortedCandidates.end(),
                                          PackedPairs::unpack(packed[from]));
        for (size_t i = from; i < to; ++i) {
            const std::pair<int, int> pair = PackedPairs::unpack(packed[i]);
            while (candidate != sortedCandidates.end() && *candidate < pair)
                ++candidate;
            keep[i] = !(candidate != sortedCandidates.end() && *candidate == pair) &&
                      hasContext(records.at(pair.first), records.at(pair.second));
        }
    });
    std::vector<std::pair<int, int>> out;
    for (size_t i = 0; i < packed.size(); ++i)
        if (keep[i])
            out.push_back(PackedPairs::unpack(packed[i]));
    return out;
}

} // namespace fc
