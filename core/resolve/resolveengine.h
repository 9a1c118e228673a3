#pragma once

#include "resolve/matchmodel.h"
#include "resolve/resolvetypes.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

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
    /** The sorted-neighbourhood window of blocking (CandidateBlocker::pairs); 0: whole blocks. */
    void setBlockWindow(int window) { m_blockWindow = window; }
    int blockWindow() const { return m_blockWindow; }
    /** Raised from another thread, stops the run; the plan then says cancelled and holds nothing. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    /** Scoring progress from 0 to 1, called on the thread that calls run(). */
    void setProgressCallback(std::function<void(double)> callback) { m_progress = std::move(callback); }

    /**
     * Scores persons with this Fellegi–Sunter model instead of the hand-set scores; a model not
     * yet trained is trained by run() on the records and their candidate pairs (with the labels).
     */
    void setModel(std::shared_ptr<MatchModel> model) { m_model = std::move(model); }
    const std::shared_ptr<MatchModel> &model() const { return m_model; }
    /** Analysts' decisions as labelled pairs for training. */
    void setLabels(QList<MatchModel::Label> labels) { m_labels = std::move(labels); }

    /**
     * Resolves the records. With the match model, a pass that merged is followed by another over
     * the clusters it changed, each compared as one record holding all its members say
     * (ClusterRecords), until a pass merges nothing or after kMaxPasses: the merge closure a
     * re-run on the merged workspace would reach, in one run. Merges and reviews name records of
     * the list given (a cluster by its first record); CandidatePair::pass says which pass scored
     * them and comparedRecord() gives what that pass compared.
     */
    ResolvePlan run(const QList<ResolveRecord> &records) const;
    static constexpr int kMaxPasses = 8;
    /** The record (records.at(index), or its cluster) as pass `pass` of the plan compared it. */
    static const ResolveRecord &comparedRecord(const ResolvePlan &plan, const QList<ResolveRecord> &records,
                                               int index, int pass);

    /** Whether any cluster of the plan holds two records vetoed against each other. */
    int closureViolations(const QList<ResolveRecord> &records, const QList<int> &clusterOf) const;

    /** The score of one pair with its explanation, for the type this engine resolves. */
    MatchResult score(const ResolveRecord &a, const ResolveRecord &b, bool explain) const;
    /** The waterfall of a pair (persons scored by a model), else an empty explanation. */
    std::optional<PairExplanation> explain(const ResolveRecord &a, const ResolveRecord &b) const;

private:
    /** One pass: blocking, scoring and clustering; changed (one flag per record), when given,
     *  limits the pairs scored to those with at least one changed side. */
    ResolvePlan runPass(const QList<ResolveRecord> &records, const std::vector<char> *changed,
                        const DecisionLookup &decisions, const std::function<void(double)> &progress) const;
    /** One later pass over the clusters of plan, those flagged in touched (by first record)
     *  compared again; merges and reviews go into plan, touched becomes what this pass changed.
     *  False when cancelled. */
    bool laterPass(const QList<ResolveRecord> &records, ResolvePlan *plan, std::vector<char> *touched) const;
    /** Clusters holding two records vetoed against each other. */
    static int closureViolations(const QList<int> &clusterOf, const std::function<bool(int, int)> &vetoed);

    EntityType m_type;
    ResolveThresholds m_thresholds;
    int m_maxBlockSize;
    int m_blockWindow = 40;
    DecisionLookup m_decisions;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(double)> m_progress;
    std::shared_ptr<MatchModel> m_model;
    QList<MatchModel::Label> m_labels;
};

} // namespace fc
