#pragma once

#include "resolve/resolvetypes.h"

#include <vector>

namespace fc {

/**
 * Candidate generation by blocking: each record gets a few keys, and only records sharing a key
 * are compared, so that the cost grows with the sizes of the blocks rather than the square of
 * the number of records. Persons: Soundex of the surname with the forename initial (typos,
 * initials, a missing or mistyped date of birth) and the date of birth with day and month in
 * either order (a typo in the first letter of the surname, names the wrong way round). Vehicles:
 * the registration with misreadable characters folded together.
 */
class CandidateBlocker
{
public:
    static QStringList keys(const ResolveRecord &record);

    /** The default sorted-neighbourhood window (see pairs()). */
    static constexpr int kDefaultWindow = 40;

    /**
     * Every pair of records (indexes, a < b, each pair once) that share a key. Blocks larger
     * than maxBlockSize are skipped and counted in *skippedBlocks. In a block of more than
     * window + 1 records (a common surname), records are sorted by name and date of birth (a
     * vehicle by its registration) and each is paired with the window records after it (a sorted
     * neighbourhood, Hernández and Stolfo 1995): so a record has at most 2 x window partners per
     * key, however common its name. window 0: every pair of the block. changed (one flag per
     * record), when given, keeps only the blocks holding a changed record (a later pass of
     * ResolveEngine::run, which compares again only what a merge changed).
     */
    static std::vector<std::pair<int, int>> pairs(const QList<ResolveRecord> &records, int maxBlockSize,
                                                  int *skippedBlocks = nullptr, int window = kDefaultWindow,
                                                  const std::vector<char> *changed = nullptr);
};

} // namespace fc
