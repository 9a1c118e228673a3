#pragma once

#include "resolve/resolvetypes.h"

#include <vector>

namespace fc {

/**
 * Candidate pairs of persons from context evidence, beside the name and date-of-birth blocks of
 * CandidateBlocker: records that share a vehicle, a co-offender or associate, or a store visited
 * within MatchModel::kStoreWindowDays (and the initials of a name, in either order, so that
 * "SMITH John" meets "John Smyth"). These are the pairs the safety rule lets merge without a
 * date of birth; the name blocks miss them when a typo changes the first letter of a surname or
 * its Soundex, or the names are written the wrong way round. Each block is bounded as the name
 * blocks are (a sorted neighbourhood of window records), and a pair is kept only if it has the
 * evidence (a shared store more than the window apart is no evidence).
 */
class ContextBlocker
{
public:
    /** Context candidate pairs (a < b, each once) not already in sortedCandidates (sorted);
     *  changed as in CandidateBlocker::pairs. */
    static std::vector<std::pair<int, int>> pairs(const QList<ResolveRecord> &records,
                                                  const std::vector<std::pair<int, int>> &sortedCandidates,
                                                  int window, const std::vector<char> *changed = nullptr);
    /** Whether two records share a vehicle, a co-offender or a store within the window. */
    static bool hasContext(const ResolveRecord &a, const ResolveRecord &b);
};

} // namespace fc
