#pragma once

#include "resolve/resolvetypes.h"

#include <atomic>
#include <functional>

namespace fc {

/**
 * Resolution of one entity type in memory, independent of the workspace so that it can be
 * tested and benchmarked on its own: blocking, scoring (on all cores), then clustering. Pairs
 * over the merge threshold are joined strongest first, but never when the join would bring
 * together two records that are vetoed against each other (namesakes with different dates of
 * birth linked through a record without one); such pairs, and records that match several
 * incompatible records equally well, go to review instead.
 */
class ResolveEngine
{
public:
    /** An analyst's earlier decision about two records: 1 same, -1 different, 0 none. */
    using DecisionLookup = std::function<int(int a, int b)>;

    ResolveEngine(EntityType type, const ResolveThresholds &thresholds, int maxBlockSize = 5000);
    void setDecisions(DecisionLookup lookup) { m_decisions = std::move(lookup); }
    /** Raised from another thread, stops the run; the plan then says cancelled and holds nothing. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /** Scoring progress from 0 to 1, called on the thread that calls run(). */
    void setProgressCallback(std::function<void(double)> callback) { m_progress = std::move(callback); }

    ResolvePlan run(const QList<ResolveRecord> &records) const;

    /** The score of one pair with its explanation, for the type this engine resolves. */
    MatchResult score(const ResolveRecord &a, const ResolveRecord &b, bool explain) const;

private:
    EntityType m_type;
    ResolveThresholds m_thresholds;
    int m_maxBlockSize;
    DecisionLookup m_decisions;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(double)> m_progress;
};

} // namespace fc
