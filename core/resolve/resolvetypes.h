#pragma once

#include "model/entitytype.h"
#include "store/workspacetypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <algorithm>
#include <memory>
#include <optional>

namespace fc {

class ClusterRecords;

/** What resolution does with a candidate pair. */
enum class ResolveOutcome { Merge, Review, KeepApart };

/** One way a record writes a person's name, in match form (upper case A–Z, see StringMetrics). */
struct NameForm
{
    QString forename; // first forename only ("MARY" of "Mary Jane"); may be a single initial
    QString surname;
    bool alias = false; // from an alias attribute rather than the name itself
};

/** A person's incident at a store: the store entity and the day (Julian day number). */
struct StoreVisit
{
    qint64 store = 0;
    qint64 day = 0;
    bool operator<(const StoreVisit &o) const { return store != o.store ? store < o.store : day < o.day; }
    bool operator==(const StoreVisit &o) const { return store == o.store && day == o.day; }
};

/**
 * A live entity as resolution sees it: everything it and the entities already merged into it
 * say about who or what it is, plus its neighbours as supporting evidence. Lists are sorted and
 * free of repeats.
 */
struct ResolveRecord
{
    qint64 entityId = 0;
    EntityType type = EntityType::Person;
    QString label;
    QList<NameForm> names;    // persons
    QList<QDate> dobs;        // persons
    QStringList vrms;         // vehicles: normalised (upper case, no spaces)
    QList<qint64> vehicles;   // persons: vehicles used in their incidents or kept by them
    QList<qint64> associates; // persons: co-offenders and known associates
    QStringList areas;        // persons: towns of their incidents and homes
    QList<StoreVisit> visits; // persons: stores of their incidents, with the day, sorted

    /** Sorts every list but the names and drops their repeats (what the lists promise). */
    void sortLists()
    {
        auto sortUnique = [](auto &list) {
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
        };
        sortUnique(dobs);
        sortUnique(vrms);
        sortUnique(vehicles);
        sortUnique(associates);
        sortUnique(visits);
        sortUnique(areas);
    }
};

/** The score of a candidate pair and why: reasons are sentences an analyst can read. */
struct MatchResult
{
    double score = 0;
    bool veto = false; // kept apart whatever the score (e.g. two incompatible dates of birth)
    /** Not merged automatically however high the score (review or kept apart instead): no date
     *  of birth to compare and no context evidence, or (match model) names that agree at no
     *  level or dates of birth two digits apart. */
    bool needsContext = false;
    QStringList reasons;
};

/** Scores at or above autoMerge merge automatically; at or above review go to the review queue. */
struct ResolveThresholds
{
    double autoMerge = 0.9;
    double review = 0.6;
};

/** How pairs of persons are scored: the hand-set scores of PersonScorer, or the Fellegi–Sunter
 *  model (MatchModel) trained on the workspace, whose score is a match probability. */
enum class ResolveModel { Rules, Probabilistic };

/** A model's name on the command line and in settings: "rules" or "fellegi-sunter". */
inline QString resolveModelName(ResolveModel model)
{
    return model == ResolveModel::Probabilistic ? QStringLiteral("fellegi-sunter") : QStringLiteral("rules");
}

/** The model of a name (resolveModelName), or nullopt for a name that is none. */
inline std::optional<ResolveModel> resolveModelFromName(const QString &name)
{
    for (ResolveModel m : {ResolveModel::Rules, ResolveModel::Probabilistic})
        if (name == resolveModelName(m))
            return m;
    return std::nullopt;
}

/** Thresholds per entity type, and what a run may do. */
struct ResolveSettings
{
    /** Persons: the match model by default (precision at least 0.99 at every size measured, recall
     *  far above the rules'); the rules remain a choice (`--model rules`, Resolution Settings). */
    ResolveModel model = ResolveModel::Probabilistic;
    /** Thresholds of the hand-set scores. */
    QHash<EntityType, ResolveThresholds> thresholds{
        {EntityType::Person, {0.9, 0.6}},
        {EntityType::Vehicle, {0.9, 0.6}},
    };
    /** Thresholds of the match model (match probabilities; vehicles keep the hand-set scores). */
    QHash<EntityType, ResolveThresholds> modelThresholds{
        {EntityType::Person, {0.95, 0.5}},
        {EntityType::Vehicle, {0.9, 0.6}},
    };
    bool retrain = false; // train the match model again even when the workspace holds one
    QList<EntityType> types{EntityType::Person, EntityType::Vehicle};
    bool dryRun = false; // score and report, change nothing
    QString userName;    // recorded with every merge; default: the workspace user
    /** Blocks larger than this are split no further and skipped (reported), so that one very
     *  common name cannot make the run quadratic. */
    int maxBlockSize = 5000;
    /** Sorted-neighbourhood window of large blocks: a record meets at most 2 x blockWindow
     *  candidates per blocking key (CandidateBlocker::pairs). */
    int blockWindow = 40;

    ResolveThresholds thresholdsFor(EntityType type) const
    {
        return (model == ResolveModel::Probabilistic ? modelThresholds : thresholds)
            .value(type, ResolveThresholds{});
    }
    void setThresholds(EntityType type, const ResolveThresholds &t)
    {
        (model == ResolveModel::Probabilistic ? modelThresholds : thresholds).insert(type, t);
    }
};

/** A scored candidate pair (indexes into the record list of one run). */
struct CandidatePair
{
    int a = 0;
    int b = 0;
    double score = 0;
    bool veto = false;
    bool needsContext = false; // see MatchResult
    quint8 pass = 1; // the pass that scored it: later passes compare clusters (ResolveEngine::run)
};

/** What a run did, by entity type. */
struct ResolveTypeReport
{
    EntityType type = EntityType::Person;
    int records = 0;
    qint64 candidatePairs = 0;
    int merged = 0;          // automatic merges made
    int queued = 0;          // pairs put in the review queue
    int keptApart = 0;       // scored pairs below the review threshold or vetoed
    int rememberedApart = 0; // pairs an analyst had already said are different
    int conflicts = 0;       // merges refused because they would join incompatible records
    int skippedBlocks = 0;   // blocks over maxBlockSize
    int maxPairsPerRecord = 0;
    double meanPairsPerRecord = 0;
    int blockWindow = 0;      // the stated bound: at most 2 x blockWindow candidates per key
    int maxKeysPerRecord = 0; // blocking keys of the record with most
    int settledByRun = 0;     // pairs already in the review queue that this run settled (merged)
    int closureViolations = 0;
    int passes = 1;           // see ResolvePlan::passes
    qint64 comparedAgain = 0; // candidate pairs of clusters compared again by later passes
    QString model; // "rules" or "Fellegi-Sunter (trained|loaded)"
    /** SHA-256 (hex) of the decisions: every merge and every queued pair in order, as the two
     *  entity ids and the score written exactly, so that two runs can be compared for identical
     *  decisions (a faster way of reading or scoring must not change it). */
    QString decisionDigest;
};

struct ResolveReport
{
    bool ok = true;
    bool cancelled = false; // stopped on request; the type being resolved was left as it was
    QString message;
    QList<ResolveTypeReport> types;
    qint64 elapsedMs = 0;
};

/** What the engine decided for one set of records (indexes into that set). */
struct ResolvePlan
{
    QList<CandidatePair> merges;  // edges that join clusters, in the order to apply them
    QList<CandidatePair> reviews; // pairs for an analyst, one per pair of clusters
    QList<int> clusterOf;         // for each record, the index of its cluster's first record
    qint64 candidatePairs = 0;
    int keptApart = 0;
    int rememberedApart = 0;
    int conflicts = 0;
    /** Match model: pairs of an ambiguous record not queued, because the decision on its
     *  strongest pair settles them (see ResolveEngine::run). */
    int leftToOneDecision = 0;
    /** Match model: pairs in the review band kept apart instead of queued, with no context
     *  evidence and either different names or only a common surname without dates of birth. */
    int notQueuedWithoutEvidence = 0;
    int skippedBlocks = 0;
    int closureViolations = 0; // clusters holding two incompatible records after the closure (always 0)
    /** Passes made: after a pass that merged, the match model compares the clusters it changed
     *  again, as records of their own, until a pass merges nothing (ResolveEngine::run). */
    int passes = 1;
    qint64 comparedAgain = 0; // candidate pairs of the later passes
    /** The clusters compared by pass 2, 3...: the records that pairs of those passes name. */
    QList<std::shared_ptr<const ClusterRecords>> laterPasses;
    int maxPairsPerRecord = 0; // candidate pairs of the record with most
    double meanPairsPerRecord = 0;
    int maxKeysPerRecord = 0;
    bool cancelled = false;
};

/** One merge as the ledger keeps it: who was merged into whom, why, by whom, and if undone. */
struct MergeRecord
{
    qint64 id = 0;
    EntityType type = EntityType::Person;
    qint64 survivorId = 0;
    qint64 absorbedId = 0;
    double score = 0;
    QString explanation;
    QString method; // "auto", "review" or "manual"
    QString decidedBy;
    QString mergedAt;
    QString undoneAt; // empty while the merge stands
    QString undoneBy;
};

/** One side of a review pair: the entity as it is now, with where its facts came from. */
struct ReviewSide
{
    qint64 entityId = 0; // the live entity (the stored one, or what it was merged into)
    QString label;
    QList<AttributeValue> attributes;
    QList<Provenance> sources;
};

/** An analyst's decision about two entities, with the mentions each side was made of. */
struct RememberedDecision
{
    qint64 entityA = 0;
    qint64 entityB = 0;
    int decision = 0;      // +1 same, -1 different
    QStringList mentionsA; // "organisation|record key|role"
    QStringList mentionsB;
};

/** A pair waiting for an analyst. */
struct ReviewItem
{
    qint64 id = 0;
    EntityType type = EntityType::Person;
    qint64 entityA = 0; // as stored when queued
    qint64 entityB = 0;
    double score = 0;
    QStringList explanation;
    bool skipped = false;
};

/**
 * What one review decision changed, kept so that it can be taken back (ReviewQueue::undoDecision):
 * the queued pairs it took off the queue and the remembered decisions it wrote, each row with every
 * column as it was, and the merge an accept made.
 */
struct ReviewDecisionUndo
{
    qint64 itemId = 0;
    qint64 entityA = 0;
    qint64 entityB = 0;
    QList<QVariantList> queued;                    // resolve_review rows, as they were
    QList<std::pair<qint64, qint64>> remembered;   // resolve_decisions keys written (a < b)
    QList<QVariantList> replaced;                  // resolve_decisions rows those writes replaced
    qint64 mergeId = 0;                            // the accept's merge; 0 for a reject
};

} // namespace fc
