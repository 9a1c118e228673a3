#pragma once

#include "resolve/comparablerecords.h"
#include "resolve/comparison.h"
#include "resolve/expectationmaximiser.h"
#include "resolve/pairexplanation.h"
#include "resolve/resolvetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <vector>

namespace fc {

/** What a model was trained on, saved with it so that a re-run is reproducible. */
struct MatchTraining
{
    int records = 0;
    qint64 candidatePairs = 0;
    qint64 trainingPairs = 0; // candidate pairs sampled for EM
    qint64 randomPairs = 0;   // random pairs for u
    int labelledMatches = 0;  // analysts' decisions used as labels
    int labelledNonMatches = 0;
    int iterations = 0;
    quint32 seed = 20261204;
    QString digest; // SHA-256 of the records' ids and the training patterns
    QString trainedAt;
};

/**
 * The Fellegi–Sunter match model of person records (the approach of the Ministry of Justice's
 * Splink): comparisons of name (exact, forename/surname reversed, one edit, two edits or both
 * parts Jaro–Winkler ≥ 0.88, same surname with an initial, different), date of birth (exact, day
 * and month swapped, one digit, different; missing = null), shared town, shared vehicle and
 * shared co-offender or associate. m is estimated by expectation–maximisation over candidate
 * pairs (the name comparison on pairs blocked by date of birth, the others on pairs blocked by
 * name, as Splink trains each comparison on a blocking rule that does not use it), u from random
 * pairs, lambda (the prior) over all candidate pairs. Exact name agreement is adjusted by the
 * frequency of the surname: log2(Σtf² / tf(surname)).
 *
 * Calibration: u from random pairs for every level (with kPriorRandomPairs pairs' worth of the
 * prior guess, for workspaces of a few records); m by EM with u held, each comparison's m
 * regularised towards its prior guess (kPriorPairs) and projected so that better agreement never
 * weighs less (enforceOrder: the import has already merged exact name and date-of-birth
 * duplicates, so the blocked sample under-represents them). A missing date of birth is null (no
 * weight) rather than disagreement.
 *
 * Safety rules applied on top of the weights: two incompatible dates of birth (more than two
 * digits apart, not day and month swapped) veto the pair; a
 * pair without a date of birth to compare needs a shared vehicle, co-offender or store visited
 * within kStoreWindowDays (context evidence) to be merged automatically; a pair whose names agree
 * at no level, or whose dates of birth are two digits apart, is never merged automatically
 * (MatchResult::needsContext; ResolveEngine queues it only with a shared vehicle or co-offender).
 * Names are compared as written and the wrong way round, an initial in either column.
 */
class MatchModel
{
    Q_DECLARE_TR_FUNCTIONS(MatchModel)

public:
    enum PersonComparison { Name, Dob, Area, Vehicle, Associate, Store, PersonComparisonCount };
    enum NameLevel { NameExact, NameReversed, NameOneEdit, NameTwoEdits, NameInitial, NameDifferent };
    enum DobLevel { DobExact, DobSwapped, DobOneDigit, DobDifferent };
    using Levels = ExpectationMaximiser::Levels;
    /** Two records' incidents at the same store at most this many days apart are context
     *  evidence (the store comparison's first level). */
    static constexpr int kStoreWindowDays = 730;
    /** How many pairs the prior guesses of m count as in training (see ExpectationMaximiser). */
    static constexpr double kPriorPairs = 200;
    /** How many random pairs the prior guesses of u count as (weightless beside the 400,000
     *  random pairs of a large workspace, decisive in one of a few records). */
    static constexpr double kPriorRandomPairs = 1000;

    /** A person model with prior guesses (m and u before training). */
    MatchModel();

    bool isTrained() const { return m_trained; }
    const QList<Comparison> &comparisons() const { return m_comparisons; }
    double lambda() const { return m_lambda; }
    double priorWeight() const; // log2(lambda / (1 - lambda))
    /** The proportion of matches among the candidate pairs training saw. */
    double candidateLambda() const { return m_candidateLambda; }
    const MatchTraining &training() const { return m_training; }

    /** Sets m and u of one level (tests, labels). */
    void setProbabilities(int comparison, int level, double m, double u);
    void setLambda(double lambda);

    /** Surname frequencies for the term-frequency adjustment (counts of records per surname). */
    void setSurnameCounts(const QHash<QString, int> &counts);
    void countSurnames(const QList<ResolveRecord> &records);
    /** log2(Σtf² / tf(surname)): more than 0 for a rare surname, less for a common one. */
    double tfAdjustment(const QString &surname) const;

    /** The level of each comparison for a pair; -1 where a side lacks the field. *incompatibleDobs:
     *  a date of birth of one is more than two digits from one of the other's (not day and month
     *  swapped): the veto. Dates two digits apart (each one slip from the true date) are at the
     *  "different" level but not vetoed, so that a cluster can hold both. */
    Levels levels(const ResolveRecord &a, const ResolveRecord &b, QString *surnameAgreed = nullptr,
                  bool *incompatibleDobs = nullptr) const;
    /** The same from prepared records (what a run compares millions of times); *surnameAgreed
     *  points into a's names. */
    Levels levels(const ComparableRecords::Person &a, const ComparableRecords::Person &b,
                  const QString **surnameAgreed = nullptr, bool *incompatibleDobs = nullptr) const;
    /** The name comparison's level alone (NameDifferent when either has no name). */
    int nameLevel(const ComparableRecords::Person &a, const ComparableRecords::Person &b) const;
    /** The pair's match weight (bits), prior included, and the safety rules, quickly. */
    MatchResult score(const ResolveRecord &a, const ResolveRecord &b) const;
    MatchResult score(const ComparableRecords::Person &a, const ComparableRecords::Person &b) const;
    /** The waterfall of a pair. */
    PairExplanation explain(const ResolveRecord &a, const ResolveRecord &b) const;

    /** Labelled pairs: index pairs and +1 same / -1 different. */
    struct Label
    {
        int a = 0;
        int b = 0;
        int decision = 0;
    };
    /**
     * Estimates the model from the records and their candidate pairs (see the class comment);
     * a deterministic sample of at most maxTrainingPairs candidate pairs and randomPairs random
     * pairs, so that the same data gives the same model.
     */
    void train(const QList<ResolveRecord> &records, const std::vector<std::pair<int, int>> &candidates,
               const QList<Label> &labels = {}, qint64 maxTrainingPairs = 1000000, qint64 randomPairs = 400000);
    /** The same with the records prepared already (comparable holds records, in their order). */
    void train(const QList<ResolveRecord> &records, const ComparableRecords &comparable,
               const std::vector<std::pair<int, int>> &candidates, const QList<Label> &labels = {},
               qint64 maxTrainingPairs = 1000000, qint64 randomPairs = 400000);

    QJsonObject toJson() const;
    static std::optional<MatchModel> fromJson(const QJsonObject &object, QString *error);

private:
    void refreshWeights();
    /** Better agreement never weighs less: where a level's weight exceeds that of a level it is
     *  worse than, its m is lowered to the better level's weight and the freed share goes to the
     *  comparison's first (best) level. */
    void enforceOrder();
    static int nameLevel(const ComparableRecords &set, const ComparableRecords::Name &a, const ComparableRecords::Name &b);

    QList<Comparison> m_comparisons;
    double m_lambda = 0.01;
    double m_candidateLambda = 0.01; // proportion of matches among candidate pairs
    bool m_trained = false;
    MatchTraining m_training;
    QHash<QString, int> m_surnameCounts;
    qint64 m_surnameTotal = 0;
    double m_sumTfSquared = 0;
    std::vector<std::vector<double>> m_weights; // [comparison][level]
};

} // namespace fc
