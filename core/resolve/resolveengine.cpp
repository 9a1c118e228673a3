#include "resolve/resolveengine.h"

#include "resolve/candidateblocker.h"
#include "resolve/contextblocker.h"
#include "resolve/personscorer.h"
#include "resolve/vehiclescorer.h"

#include <QSet>

#include <algorithm>
#include <numeric>
#include <thread>

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
    QHash<int, QList<int>> clusters;
    for (int i = 0; i < clusterOf.size(); ++i)
        clusters[clusterOf.at(i)] << i;
    int violations = 0;
    for (const QList<int> &members : std::as_const(clusters)) {
        bool bad = false;
        for (qsizetype x = 0; x < members.size() && !bad; ++x)
            for (qsizetype y = x + 1; y < members.size() && !bad; ++y)
                bad = score(records.at(members.at(x)), records.at(members.at(y)), false).veto;
        violations += bad;
    }
    return violations;
}

namespace {

// A pair of the review band that the match model does not queue: no context evidence (no shared
// vehicle, co-offender or store within the window) and either names that do not agree at any
// level (only the date of birth and the town agree: among hundreds of thousands of records that
// happens by chance) or, without dates of birth, an exact name with a surname more common than
// average (negative term-frequency adjustment). An analyst has nothing beyond the model's
// own evidence to decide on; such pairs stay apart.
bool nothingToReview(const MatchModel &model, const ResolveRecord &a, const ResolveRecord &b)
{
    QString surname;
    const MatchModel::Levels l = model.levels(a, b, &surname);
    if (l[MatchModel::Vehicle] == 0 || l[MatchModel::Associate] == 0 || l[MatchModel::Store] == 0)
        return false;
    if (l[MatchModel::Name] == MatchModel::NameDifferent)
        return true;
    return l[MatchModel::Dob] < 0 && l[MatchModel::Name] == MatchModel::NameExact && model.tfAdjustment(surname) < 0;
}

} // namespace

ResolvePlan ResolveEngine::run(const QList<ResolveRecord> &records) const
{
    ResolvePlan plan;
    auto candidates = CandidateBlocker::pairs(records, m_maxBlockSize, &plan.skippedBlocks, m_blockWindow);
    if (m_model && m_type == EntityType::Person) {
        // The model is trained on the name and date-of-birth blocks (what its m and u describe);
        // it then also compares records with context evidence that those blocks missed.
        if (!m_model->isTrained())
            m_model->train(records, candidates, m_labels);
        // Only pairs whose names agree at some level: members of one group share vehicles,
        // co-offenders, stores and towns, so context supports a name; it never replaces one.
        for (const auto &p : ContextBlocker::pairs(records, candidates, m_blockWindow)) {
            const int name = m_model->levels(records.at(p.first), records.at(p.second))[MatchModel::Name];
            if (name >= 0 && name != MatchModel::NameDifferent)
                candidates.push_back(p);
        }
        std::sort(candidates.begin(), candidates.end());
    }
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
    if (m_model && m_type == EntityType::Person && !m_model->isTrained())
        m_model->train(records, candidates, m_labels);

    // Scoring is independent per pair: split over the cores.
    std::vector<CandidatePair> scored(candidates.size());
    const unsigned workers = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
    auto cancelled = [this] { return m_cancel && m_cancel->load(std::memory_order_relaxed); };
    // Workers count what they have scored; the calling thread (which scores the first share
    // itself) reports the total, so that the callback runs where the caller expects it.
    std::atomic<size_t> done{0};
    auto work = [&](size_t from, size_t to, bool reports) {
        for (size_t i = from; i < to; ++i) {
            if ((i - from) % 4096 == 4095) {
                done.fetch_add(4096, std::memory_order_relaxed);
                if (cancelled())
                    return;
                if (reports && m_progress)
                    m_progress(double(done.load(std::memory_order_relaxed)) / double(candidates.size()));
            }
            const auto [a, b] = candidates[i];
            const MatchResult r = score(records.at(a), records.at(b), false);
            scored[i] = CandidatePair{a, b, r.score, r.veto, r.needsContext};
        }
    };
    if (workers == 1 || candidates.size() < 10000) {
        work(0, candidates.size(), true);
    } else {
        std::vector<std::thread> threads;
        const size_t chunk = (candidates.size() + workers - 1) / workers;
        for (unsigned w = 1; w < workers; ++w) {
            const size_t from = w * chunk;
            const size_t to = std::min(candidates.size(), from + chunk);
            if (from < to)
                threads.emplace_back(work, from, to, false);
        }
        work(0, std::min(candidates.size(), chunk), true);
        for (std::thread &t : threads)
            t.join();
    }
    if (m_progress)
        m_progress(1.0);

    if (cancelled()) {
        ResolvePlan stopped;
        stopped.cancelled = true;
        return stopped;
    }

    QList<CandidatePair> strong, middling;
    for (CandidatePair p : scored) {
        const int decision = m_decisions ? m_decisions(p.a, p.b) : 0;
        if (decision < 0) {
            ++plan.rememberedApart;
            continue;
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
        else if (decision == 0 && m_model && m_type == EntityType::Person &&
                 nothingToReview(*m_model, records.at(p.a), records.at(p.b))) {
            ++plan.keptApart;
            ++plan.notQueuedWithoutEvidence;
        } else
            middling << p;
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
        const QList<int> &ps = it.value();
        for (qsizetype x = 0; x < ps.size() && !ambiguous.contains(it.key()); ++x)
            for (qsizetype y = x + 1; y < ps.size(); ++y)
                if (score(records.at(ps.at(x)), records.at(ps.at(y)), false).veto) {
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
                if ((m_decisions && m_decisions(x, y) < 0) ||
                    score(records.at(x), records.at(y), false).veto) {
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
    plan.closureViolations = closureViolations(records, plan.clusterOf);

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
