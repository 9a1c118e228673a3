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

/** Appends every pair of members at most `reach` places apart in their order (a sorted
 *  neighbourhood); with changed (one flag per record), only the pairs with a changed side. */
inline void appendWindow(const std::vector<int> &members, size_t reach, std::vector<quint64> *packed,
                         const std::vector<char> *changed = nullptr)
{
    for (size_t x = 0; x < members.size(); ++x) {
        const bool changedX = !changed || (*changed)[size_t(members[x])];
        for (size_t y = x + 1; y < members.size() && y <= x + reach; ++y)
            if (changedX || (*changed)[size_t(members[y])])
                packed->push_back(pack(members[x], members[y]));
    }
}

/** How many pairs appendWindow appends for a block of `size` members. */
inline size_t windowPairs(size_t size, size_t reach)
{
    if (size < 2)
        return 0;
    // Each member pairs with the next min(reach, members after it).
    const size_t r = std::min(reach, size - 1);
    return r * (size - r) + r * (r - 1) / 2;
}

/** Sorts the pairs and drops repeats. Tens of millions of pairs are sorted by their digits (a
 *  least-significant-digit radix sort of the two indexes' significant bits, a few passes over
 *  the data instead of a comparison sort's many); the result is the same sorted list. */
inline void sortUnique(std::vector<quint64> *packed)
{
    constexpr size_t kRadixFrom = 1 << 16;
    if (packed->size() < kRadixFrom) {
        std::sort(packed->begin(), packed->end());
        packed->erase(std::unique(packed->begin(), packed->end()), packed->end());
        return;
    }
    // The bits each index needs; the pair (a, b) becomes a << bitsB | b, in the same order.
    quint64 maxA = 0, maxB = 0;
    for (quint64 p : *packed) {
        maxA = std::max(maxA, p >> 32);
        maxB = std::max(maxB, p & 0xffffffffu);
    }
    auto bitsOf = [](quint64 v) {
        int bits = 0;
        while (v >> bits)
            ++bits;
        return bits;
    };
    const int bitsB = bitsOf(maxB);
    const int bits = bitsOf(maxA) + bitsB;
    for (quint64 &p : *packed)
        p = (p >> 32) << bitsB | (p & 0xffffffffu);
    constexpr int kDigit = 11;
    constexpr size_t kBuckets = size_t(1) << kDigit;
    std::vector<quint64> other(packed->size());
    std::vector<quint64> *from = packed, *to = &other;
    std::vector<size_t> start(kBuckets);
    for (int shift = 0; shift < bits; shift += kDigit) {
        std::fill(start.begin(), start.end(), 0);
        for (quint64 p : *from)
            ++start[(p >> shift) & (kBuckets - 1)];
        size_t sum = 0;
        for (size_t &s : start)
            sum += std::exchange(s, sum);
        quint64 *out = to->data();
        for (quint64 p : *from)
            out[start[(p >> shift) & (kBuckets - 1)]++] = p;
        std::swap(from, to);
    }
    if (from != packed)
        packed->swap(other);
    other = {};
    packed->erase(std::unique(packed->begin(), packed->end()), packed->end());
    const quint64 maskB = bitsB >= 64 ? ~quint64(0) : (quint64(1) << bitsB) - 1;
    for (quint64 &p : *packed)
        p = (p >> bitsB) << 32 | (p & maskB);
}

} // namespace fc::PackedPairs
