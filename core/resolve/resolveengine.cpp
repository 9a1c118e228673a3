#include "resolve/resolveengine.h"

#include "resolve/candidateblocker.h"
#include "resolve/clusterrecords.h"
#include "resolve/contextblocker.h"
#include "resolve/parallelshares.h"
#include "resolve/personscorer.h"
#include "resolve/vehiclescorer.h"

#include <QSet>

#include <algorithm>
#include <mutex>
#include <numeric>

namespace fc {

ResolveEngine::ResolveEngine(EntityType type, const ResolveThresholds &thresholds, int maxBlockSize)
    : m_type(type), m_thresholds(thresholds), m_maxBlockSize(maxBlockSize)
{
}

MatchResult ResolveEngine::score(const ResolveRecord &a, const ResolveRecord &b, bool explain) const
{
    switch (m_type) {
    case EntityType::Person:
        if (m_model) {
            if (!explain)
                return m_model->score(a, b);
            const PairExplanation e = m_model->explain(a, b);
            MatchResult r = m_model->score(a, b);
            r.reasons = e.reasons();
            return r;
        }
        return PersonScorer::score(a, b, explain);
    case EntityType::Vehicle:
        return VehicleScorer::score(a, b, explain);
    default:
        return MatchResult();
    }
}

std::optional<PairExplanation> ResolveEngine::explain(const ResolveRecord &a, const ResolveRecord &b) const
{
    if (m_type == EntityType::Person && m_model)
        return m_model->explain(a, b);
    return std::nullopt;
}

int ResolveEngine::closureViolations(const QList<ResolveRecord> &records, const QList<int> &clusterOf) const
{
    return closureViolations(clusterOf, [&](int a, int b) { return score(records.at(a), records.at(b), false).veto; });
}

int ResolveEngine::closureViolations(const QList<int> &clusterOf, const std::function<bool(int, int)> &vetoed)
{
    QHash<int, QList<int>> clusters;
    for (int i = 0; i < clusterOf.size(); ++i)
        clusters[clusterOf.at(i)] << i;
    int violations = 0;
    for (const QList<int> &members : std::as_const(clusters)) {
        bool bad = false;
        for (qsizetype x = 0; x < members.size() && !bad; ++x)
            for (qsizetype y = x + 1; y < members.size() && !bad; ++y)
                bad = vetoed(members.at(x), members.at(y));
        violations += bad;
    }
    return violations;
}

namespace {

// A pair of the review band that the match model does not queue: names that agree at no level
// without a shared vehicle or co-offender, or otherwise no context evidence (no shared vehicle,
// co-offender or store within the window) and, without dates of birth, an exact name with a
// surname more common than average (negative term-frequency adjustment). An analyst has nothing
// beyond the model's own evidence to decide on; such pairs stay apart.
bool nothingToReview(const MatchModel &model, const ComparableRecords::Person &a, const ComparableRecords::Person &b)
{
    const QString *surname = nullptr;
    const MatchModel::Levels l = model.levels(a, b, &surname);
    // Names that agree at no level are never merged automatically (MatchModel::score); they are
    // worth an analyst's look only with a shared vehicle or co-offender: the same date of birth,
    // town and store happen by chance among a force's records (on 20,000 hard demo incidents all
    // 81 such pairs that merged before this rule were two people).
    // So are dates of birth two digits apart (on the 1,000,000-incident demo all 1,375 such pairs
    // merged with an exact name were two people).
    if (l[MatchModel::Name] == MatchModel::NameDifferent || l[MatchModel::Name] < 0 ||
        l[MatchModel::Dob] == MatchModel::DobDifferent)
        return l[MatchModel::Vehicle] != 0 && l[MatchModel::Associate] != 0;
    if (l[MatchModel::Vehicle] == 0 || l[MatchModel::Associate] == 0 || l[MatchModel::Store] == 0)
        return false;
    return l[MatchModel::Dob] < 0 && l[MatchModel::Name] == MatchModel::NameExact && surname &&
           model.tfAdjustment(*surname) < 0;
}

} // namespace

ResolvePlan ResolveEngine::run(const QList<ResolveRecord> &records) const
{
    const bool modelled = m_model && m_type == EntityType::Person;
    // The first pass reports most of the progress; later passes compare far fewer pairs.
    auto firstProgress = [this, modelled](double f) {
        if (m_progress)
            m_progress(modelled ? 0.9 * f : f);
    };
    ResolvePlan plan = runPass(records, nullptr, m_decisions, firstProgress);
    if (!modelled || plan.cancelled)
        return plan;
    // Clusters that the last pass changed (by their first record).
    std::vector<char> touched(size_t(records.size()), 0);
    for (const CandidatePair &p : std::as_const(plan.merges))
        touched[size_t(plan.clusterOf.at(p.a))] = 1;
    while (plan.passes < kMaxPasses && std::find(touched.cbegin(), touched.cend(), 1) != touched.cend())
        if (!laterPass(records, &plan, &touched)) {
            ResolvePlan stopped;
            stopped.cancelled = true;
            return stopped;
        }
    if (plan.passes > 1) {
        // The closure checked again over the clusters that later passes joined.
        std::vector<char> joinedLater(size_t(records.size()), 0);
        for (const CandidatePair &p : std::as_const(plan.merges))
            if (p.pass > 1)
                joinedLater[size_t(plan.clusterOf.at(p.a))] = 1;
        QList<ResolveRecord> members;
        QList<int> clusterOfMember;
        for (int i = 0; i < records.size(); ++i)
            if (joinedLater[size_t(plan.clusterOf.at(i))]) {
                members << records.at(i);
                clusterOfMember << plan.clusterOf.at(i);
            }
        const ComparableRecords comparable(members);
        plan.closureViolations += closureViolations(clusterOfMember, [&](int a, int b) {
            return m_model->score(comparable.person(a), comparable.person(b)).veto;
        });
    }
    if (m_progress)
        m_progress(1.0);
    return plan;
}

bool ResolveEngine::laterPass(const QList<ResolveRecord> &records, ResolvePlan *plan, std::vector<char> *touched) const
{
    auto clusters = std::make_shared<const ClusterRecords>(records, plan->clusterOf);
    std::vector<char> changed(size_t(clusters->size()));
    for (qsizetype k = 0; k < clusters->size(); ++k)
        changed[size_t(k)] = (*touched)[size_t(clusters->rootOf(int(k)))];
    // An analyst's decision on any two members stands for their clusters, "different" first.
    DecisionLookup decisions;
    if (m_decisions)
        decisions = [&](int x, int y) {
            int decision = 0;
            for (int a : clusters->members(x))
                for (int b : clusters->members(y)) {
                    const int d = m_decisions(a, b);
                    if (d < 0)
                        return d;
                    decision = std::max(decision, d);
                }
            return decision;
        };
    const ResolvePlan next = runPass(clusters->records(), &changed, decisions, {});
    if (next.cancelled || (m_cancel && m_cancel->load(std::memory_order_relaxed)))
        return false;
    const int pass = ++plan->passes;
    plan->laterPasses << clusters;
    plan->comparedAgain += next.candidatePairs;
    plan->conflicts += next.conflicts;
    plan->leftToOneDecision += next.leftToOneDecision;
    plan->notQueuedWithoutEvidence += next.notQueuedWithoutEvidence;
    auto toRecords = [&](CandidatePair p) {
        p.a = clusters->rootOf(p.a);
        p.b = clusters->rootOf(p.b);
        p.pass = quint8(pass);
        return p;
    };
    // This pass judged again every pair of a changed cluster: earlier reviews of those give
    // way, except joins refused for a conflict (scored to merge), which stay for an analyst
    // unless their clusters are now one.
    QList<CandidatePair> reviews;
    for (const CandidatePair &p : std::as_const(plan->reviews))
        if (p.score >= m_thresholds.autoMerge ||
            (!(*touched)[size_t(plan->clusterOf.at(p.a))] && !(*touched)[size_t(plan->clusterOf.at(p.b))]))
            reviews << p;
    for (const CandidatePair &p : next.reviews)
        reviews << toRecords(p);
    for (const CandidatePair &p : next.merges)
        plan->merges << toRecords(p);
    for (int &c : plan->clusterOf)
        c = clusters->rootOf(next.clusterOf.at(clusters->indexOf(c)));
    std::fill(touched->begin(), touched->end(), 0);
    for (const CandidatePair &p : next.merges)
        (*touched)[size_t(plan->clusterOf.at(clusters->rootOf(p.a)))] = 1;
    // One review per pair of clusters still apart, the strongest, strongest first.
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const CandidatePair &x, const CandidatePair &y) { return x.score > y.score; });
    plan->reviews.clear();
    QSet<quint64> seen;
    for (const CandidatePair &p : std::as_const(reviews)) {
        const int ra = plan->clusterOf.at(p.a), rb = plan->clusterOf.at(p.b);
        if (ra == rb)
            continue;
        const quint64 key = (quint64(std::min(ra, rb)) << 32) | quint64(std::max(ra, rb));
        if (!seen.contains(key)) {
            seen.insert(key);
            plan->reviews << p;
        }
    }
    return true;
}

const ResolveRecord &ResolveEngine::comparedRecord(const ResolvePlan &plan, const QList<ResolveRecord> &records,
                                                   int index, int pass)
{
    if (pass <= 1 || pass - 2 >= plan.laterPasses.size())
        return records.at(index);
    const ClusterRecords &clusters = *plan.laterPasses.at(pass - 2);
    const int k = clusters.indexOf(index);
    return k >= 0 ? clusters.records().at(k) : records.at(index);
}

ResolvePlan ResolveEngine::runPass(const QList<ResolveRecord> &records, const std::vector<char> *changed,
                                   const DecisionLookup &decisions, const std::function<void(double)> &progress) const
{
    ResolvePlan plan;
    auto candidates = CandidateBlocker::pairs(records, m_maxBlockSize, &plan.skippedBlocks, m_blockWindow, changed);
    // The match model compares records prepared once (interned names and towns).
    const bool modelled = m_model && m_type == EntityType::Person;
    const ComparableRecords comparable = modelled ? ComparableRecords(records) : ComparableRecords();
    if (modelled) {
        // The model is trained on the name and date-of-birth blocks (what its m and u describe);
        // it then also compares records with context evidence that those blocks missed.
        if (!m_model->isTrained())
            m_model->train(records, comparable, candidates, m_labels);
        // Only pairs whose names agree at some level: members of one group share vehicles,
        // co-offenders, stores and towns, so context supports a name; it never replaces one.
        const auto context = ContextBlocker::pairs(records, candidates, m_blockWindow, changed);
        std::vector<char> named(context.size(), 0);
        ParallelShares::run(context.size(), [&](size_t from, size_t to, bool) {
            for (size_t i = from; i < to; ++i)
                named[i] = m_model->nameLevel(comparable.person(context[i].first),
                                              comparable.person(context[i].second)) != MatchModel::NameDifferent;
        });
        // Both lists are sorted and share no pair: merged in place of a sort.
        const size_t blocked = candidates.size();
        candidates.reserve(blocked + size_t(std::count(named.cbegin(), named.cend(), 1)));
        for (size_t i = 0; i < context.size(); ++i)
            if (named[i])
                candidates.push_back(context[i]);
        std::inplace_merge(candidates.begin(), candidates.begin() + std::ptrdiff_t(blocked), candidates.end());
    }
    // A later pass compares again only what a merge changed.
    if (changed)
        std::erase_if(candidates, [&](const std::pair<int, int> &p) {
            return !(*changed)[size_t(p.first)] && !(*changed)[size_t(p.second)];
        });
    // The score of two records of this run.
    auto pairScore = [&](int a, int b) {
        return modelled ? m_model->score(comparable.person(a), comparable.person(b))
                        : score(records.at(a), records.at(b), false);
    };
    plan.candidatePairs = qint64(candidates.size());
    {
        std::vector<int> perRecord(records.size(), 0);
        for (const auto &[a, b] : candidates) {
            ++perRecord[a];
            ++perRecord[b];
        }
        for (int n : perRecord)
            plan.maxPairsPerRecord = std::max(plan.maxPairsPerRecord, n);
        plan.meanPairsPerRecord =
            records.isEmpty() ? 0 : 2.0 * double(candidates.size()) / double(records.size());
        if (m_blockWindow > 0)
            for (const ResolveRecord &r : records)
                plan.maxKeysPerRecord =
                    std::max(plan.maxKeysPerRecord, int(CandidateBlocker::keys(r).size()));
    }

    // Scoring is independent per pair: split over the cores.
    // Only pairs that reach the review threshold are kept (with their index): the tens of
    // millions below it are merely counted, so that memory does not grow with them.
    std::vector<std::pair<size_t, CandidatePair>> passing;
    std::mutex passingMutex;
    auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    // The pairs are taken in slices of 4,096 as the cores come free (some slices cost more than
    // others); the calling thread, which has the first slice, reports every 1,024 pairs of its
    // slices how far through the pairs it is, so that the callback runs where the caller expects it.
    ParallelShares::runSlices(candidates.size(), [&](size_t from, size_t to, bool reports) {
        if (cancelled())
            return;
        std::vector<std::pair<size_t, CandidatePair>> share;
        for (size_t i = from; i < to; ++i) {
            if (reports && progress && (i - from) % 1024 == 1023)
                progress(double(i + 1) / double(candidates.size()));
            const auto [a, b] = candidates[i];
            const MatchResult r = pairScore(a, b);
            if (!r.veto && r.score >= m_thresholds.review)
                share.emplace_back(i, CandidatePair{a, b, r.score, r.veto, r.needsContext});
        }
        if (!share.empty()) {
            const std::lock_guard lock(passingMutex);
            passing.insert(passing.end(), share.begin(), share.end());
        }
    }, 4096);
    std::sort(passing.begin(), passing.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    if (progress)
        progress(1.0);

    if (cancelled()) {
        ResolvePlan stopped;
        stopped.cancelled = true;
        return stopped;
    }

    QList<CandidatePair> strong, middling;
    auto classify = [&](CandidatePair p) {
        const int decision = decisions ? decisions(p.a, p.b) : 0;
        if (decision < 0) {
            ++plan.rememberedApart;
            return;
        }
        if (decision > 0) {
            p.score = 1.0;
            p.veto = false;
            p.needsContext = false;
        }
        if (p.veto || p.score < m_thresholds.review)
            ++plan.keptApart;
        else if (p.score >= m_thresholds.autoMerge && !p.needsContext)
            strong << p;
        else if (decision == 0 && modelled && nothingToReview(*m_model, comparable.person(p.a), comparable.person(p.b))) {
            ++plan.keptApart;
            ++plan.notQueuedWithoutEvidence;
        } else
            middling << p;
    };
    if (!decisions) {
        for (const auto &[i, p] : passing)
            classify(p);
        plan.keptApart += int(candidates.size() - passing.size());
    } else {
        // Every pair may carry an analyst's decision; one below the threshold is kept apart
        // unless the decision says otherwise.
        size_t next = 0;
        for (size_t i = 0; i < candidates.size(); ++i) {
            if (next < passing.size() && passing[next].first == i)
                classify(passing[next++].second);
            else
                classify(CandidatePair{candidates[i].first, candidates[i].second, 0.0, true, false});
        }
    }

    // A record that matches well two records that cannot be one (e.g. a name without a date of
    // birth matching two namesakes) says nothing about which: all its strong pairs go to review.
    QHash<int, QList<int>> partners;
    for (const CandidatePair &p : std::as_const(strong)) {
        partners[p.a] << p.b;
        partners[p.b] << p.a;
    }
    QSet<int> ambiguous;
    for (auto it = partners.cbegin(); it != partners.cend(); ++it) {
        // With the match model only a record without a date of birth is ambiguous: one with a date
        // compatible with both (one slip from each, e.g. the true date between a day-month swap and
        // a one-digit slip) is the same person as both, and the strongest join wins, the other
        // being refused after closure and queued.
        if (modelled && !records.at(it.key()).dobs.isEmpty())
            continue;
        const QList<int> &ps = it.value();
        for (qsizetype x = 0; x < ps.size() && !ambiguous.contains(it.key()); ++x)
            for (qsizetype y = x + 1; y < ps.size(); ++y)
                if (pairScore(ps.at(x), ps.at(y)).veto) {
                    ambiguous.insert(it.key());
                    break;
                }
    }

    // Clustering: union-find, strongest pairs first; a join that would put vetoed records
    // together is refused and the pair goes to review.
    QList<int> parent(records.size());
    std::iota(parent.begin(), parent.end(), 0);
    QList<QList<int>> members(records.size());
    for (int i = 0; i < records.size(); ++i)
        members[i] = {i};
    auto find = [&](int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    std::stable_sort(strong.begin(), strong.end(),
                     [](const CandidatePair &x, const CandidatePair &y) { return x.score > y.score; });
    for (const CandidatePair &p : std::as_const(strong)) {
        if (ambiguous.contains(p.a) || ambiguous.contains(p.b)) {
            ++plan.conflicts;
            middling << p;
            continue;
        }
        int ra = find(p.a), rb = find(p.b);
        if (ra == rb)
            continue;
        bool conflict = false;
        for (int x : std::as_const(members[ra])) {
            for (int y : std::as_const(members[rb])) {
                if ((decisions && decisions(x, y) < 0) || pairScore(x, y).veto) {
                    conflict = true;
                    break;
                }
            }
            if (conflict)
                break;
        }
        if (conflict) {
            ++plan.conflicts;
            middling << p;
            continue;
        }
        // The smaller index stays the root so that results do not depend on the pair order.
        if (rb < ra)
            std::swap(ra, rb);
        parent[rb] = ra;
        members[ra] += members[rb];
        members[rb].clear();
        plan.merges << p;
    }
    plan.clusterOf.resize(records.size());
    for (int i = 0; i < records.size(); ++i)
        plan.clusterOf[i] = find(i);
    // The transitive closure checked as a whole, not only the pairs joined: no cluster may hold
    // two records vetoed against each other (two incompatible dates of birth).
    plan.closureViolations = closureViolations(plan.clusterOf, [&](int a, int b) { return pairScore(a, b).veto; });

    // Review: one pair per pair of clusters that did not end up together, the strongest.
    std::stable_sort(middling.begin(), middling.end(),
                     [](const CandidatePair &x, const CandidatePair &y) { return x.score > y.score; });
    // With the match model, a record that matches two incompatible records well is queued once,
    // with its strongest pair: that one decision settles the others (accepted, they would join
    // incompatible records; rejected, the next run weighs the remaining one on its own).
    QSet<quint64> seen;
    QSet<int> ambiguousQueued; // clusters of ambiguous records already in the queue
    for (const CandidatePair &p : std::as_const(middling)) {
        const int ra = plan.clusterOf.at(p.a), rb = plan.clusterOf.at(p.b);
        if (ra == rb)
            continue;
        const quint64 key = (quint64(std::min(ra, rb)) << 32) | quint64(std::max(ra, rb));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (m_model && p.score >= m_thresholds.autoMerge && !p.needsContext &&
            (ambiguous.contains(p.a) || ambiguous.contains(p.b))) {
            const int cluster = plan.clusterOf.at(ambiguous.contains(p.a) ? p.a : p.b);
            if (ambiguousQueued.contains(cluster)) {
                ++plan.leftToOneDecision;
                continue;
            }
            ambiguousQueued.insert(cluster);
        }
        plan.reviews << p;
    }
    return plan;
}

} // namespace fc
