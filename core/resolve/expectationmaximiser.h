#pragma once

#include "resolve/comparison.h"

#include <QHash>
#include <QList>

#include <array>

namespace fc {

/**
 * Expectation–maximisation of a Fellegi–Sunter model (Winkler 1988; as Splink does it): from the
 * comparison patterns of unlabelled pairs, estimates the proportion of matches (lambda) and the m
 * and u probabilities of each level, assuming the comparisons independent given match status.
 * Pairs are given as pattern counts (one comparison level per byte, 0 for null), so a run costs
 * the number of distinct patterns, not pairs. Comparisons can be held fixed (e.g. u from random
 * pairs, or the comparison a blocking rule used, whose m a blocked sample cannot estimate), and
 * labelled pairs (an analyst's decisions) enter with their known match status.
 */
class ExpectationMaximiser
{
public:
    static constexpr int kMaxComparisons = 8;
    using Levels = std::array<qint8, kMaxComparisons>; // -1 null

    static quint64 pack(const Levels &levels);
    static Levels unpack(quint64 pattern);

    explicit ExpectationMaximiser(QList<Comparison> comparisons, double lambda = 0.1);

    /** Leaves u of every comparison as it is (estimated elsewhere, e.g. from random pairs). */
    void setFixedU(bool fixed) { m_fixedU = fixed; }
    /** Leaves m of every comparison as it is (u and lambda are estimated). */
    void setFixedM(bool fixed) { m_fixedM = fixed; }
    /** Leaves m of this comparison as it is and ignores it in the E step (a blocking comparison). */
    void setIgnored(int comparison, bool ignored);
    /**
     * Regularises m: the starting m of each level counts as this many pairs already seen (a
     * Dirichlet prior), so that a level few pairs reach, or a sample the import already thinned
     * (exact duplicates merged on import), cannot drive its m to an extreme. 0: none.
     */
    void setPriorPairs(double pairs) { m_priorPairs = pairs; }
    /** Only lambda is estimated; m and u stay. */
    void setLambdaOnly(bool only) { m_lambdaOnly = only; }

    /** unlabelled: pattern → count; matches / nonMatches: labelled pairs. Returns iterations run. */
    int run(const QHash<quint64, double> &unlabelled, const QHash<quint64, double> &matches = {},
            const QHash<quint64, double> &nonMatches = {}, int maxIterations = 200, double tolerance = 1e-7);

    const QList<Comparison> &comparisons() const { return m_comparisons; }
    double lambda() const { return m_lambda; }

private:
    double matchProbability(const Levels &levels) const;

    QList<Comparison> m_comparisons;
    double m_lambda;
    bool m_fixedU = false;
    bool m_fixedM = false;
    bool m_lambdaOnly = false;
    double m_priorPairs = 0;
    QList<bool> m_ignored;
};

} // namespace fc
