#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace fc {

/**
 * Reserves room for count elements and, on Linux, asks for transparent huge pages for it before
 * anything is written there. A fresh array of tens of megabytes is otherwise faulted in one 4 KiB
 * page at a time, and on a virtual machine each fault is costly: touching 64 MB took 200-300 ms of
 * CPU on the shared build machine with 4 KiB pages and 4 ms with huge pages. Only a hint: where
 * huge pages are off or unavailable nothing changes. Call on an empty vector, then fill or resize it.
 */
template<typename T>
void reserveLarge(std::vector<T> &v, size_t count)
{
    v.reserve(count);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t huge = uintptr_t(2) << 20;
    const auto begin = reinterpret_cast<uintptr_t>(v.data());
    const uintptr_t end = begin + v.capacity() * sizeof(T);
    const uintptr_t from = (begin + huge - 1) & ~(huge - 1), to = end & ~(huge - 1);
    if (v.empty() && to > from)
        madvise(reinterpret_cast<void *>(from), to - from, MADV_HUGEPAGE);
#endif
}

/** A vector of count copies of value in room reserved by reserveLarge. */
template<typename T>
std::vector<T> largeArray(size_t count, const T &value)
{
    std::vector<T> v;
    reserveLarge(v, count);
    v.resize(count, value);
    return v;
}

} // namespace fc
