#pragma once

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

/**
 * Candidate pairs of record indexes packed in one 64-bit key (lower index << 32 | higher), so that
 * the blockers can gather millions, sort them and drop repeats cheaply.
 */
namespace fc::PackedPairs {

inline quint64 pack(int a, int b)
{
    return (quint64(std::min(a, b)) << 32) | quint64(std::max(a, b));
}

inline std::pair<int, int> unpack(quint64 p)
{
    return {int(p >> 32), int(p & 0xffffffffu)};
}

/** Appends every pair of members at most `reach` places apart in their order (a sorted neighbourhood). */
inline void appendWindow(const std::vector<int> &members, size_t reach, std::vector<quint64> *packed)
{
    for (size_t x = 0; x < members.size(); ++x)
        for (size_t y = x + 1; y < members.size() && y <= x + reach; ++y)
            packed->push_back(pack(members[x], members[y]));
}

/** Sorts the pairs and drops repeats. */
inline void sortUnique(std::vector<quint64> *packed)
{
    std::sort(packed->begin(), packed->end());
    packed->erase(std::unique(packed->begin(), packed->end()), packed->end());
}

} // namespace fc::PackedPairs
