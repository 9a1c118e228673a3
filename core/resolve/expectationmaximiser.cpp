#include "resolve/expectationmaximiser.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace fc {

quint64 ExpectationMaximiser::pack(const Levels &levels)
{
    quint64 out = 0;
    for (int i = 0; i < kMaxComparisons; ++i)
        out |= quint64(quint8(levels[i] + 1)) << (8 * i);
    return out;
}

ExpectationMaximiser::Levels ExpectationMaximiser::unpack(quint64 pattern)
{
    Levels out;
    for (int i = 0; i < kMaxComparisons; ++i)
        out[i] = qint8(int((pattern >> (8 * i)) & 0xff) - 1);
    return out;
}

ExpectationMaximiser::ExpectationMaximiser(QList<Comparison> comparisons, double lambda)
    : m_comparisons(std::move(comparisons)), m_lambda(lambda), m_ignored(m_comparisons.size(), false)
{
}

void ExpectationMaximiser::setIgnored(int comparison, bool ignored)
{
    m_ignored[comparison] = ignored;
}

double ExpectationMaximiser::matchProbability(const Levels &levels) const
{
    // In logs: products of many small probabilities underflow.
    double logM = std::log(m_lambda), logU = std::log(1.0 - m_lambda);
    for (int c = 0; c < m_comparisons.size(); ++c) {
        if (levels[c] < 0 || m_ignored[c])
            continue;
        const ComparisonLevel &l = m_comparisons.at(c).level(levels[c]);
        logM += std::log(std::max(l.m, 1e-12));
        logU += std::log(std::max(l.u, 1e-12));
    }
    return 1.0 / (1.0 + std::exp(logU - logM));
}

int ExpectationMaximiser::run(const QHash<quint64, double> &unlabelled, const QHash<quint64, double> &matches,
                              const QHash<quint64, double> &nonMatches, int maxIterations, double tolerance)
{
    struct Row
    {
        Levels levels;
        double count;
        int label; // 1 match, 0 non-match, -1 unknown
    };
    std::vector<Row> rows;
    rows.reserve(unlabelled.size() + matches.size() + nonMatches.size());
    for (auto it = unlabelled.cbegin(); it != unlabelled.cend(); ++it)
        rows.push_back(Row{unpack(it.key()), it.value(), -1});
    for (auto it = matches.cbegin(); it != matches.cend(); ++it)
        rows.push_back(Row{unpack(it.key()), it.value(), 1});
    for (auto it = nonMatches.cbegin(); it != nonMatches.cend(); ++it)
        rows.push_back(Row{unpack(it.key()), it.value(), 0});
    // Hash order must not change the sums: sort the rows.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.levels, a.label) < std::tie(b.levels, b.label);
    });
    if (rows.empty())
        return 0;

    const int nc = int(m_comparisons.size());
    std::vector<std::vector<double>> priorM(nc);
    for (int c = 0; c < nc; ++c)
        for (int l = 0; l < m_comparisons.at(c).levelCount(); ++l)
            priorM[c].push_back(m_comparisons.at(c).level(l).m);
    int iteration = 0;
    for (; iteration < maxIterations; ++iteration) {
        std::vector<std::vector<double>> mSum(nc), uSum(nc);
        for (int c = 0; c < nc; ++c) {
            mSum[c].assign(m_comparisons.at(c).levelCount(), 0.0);
            uSum[c].assign(m_comparisons.at(c).levelCount(), 0.0);
        }
        double matchTotal = 0, unlabelledMatch = 0, unlabelledTotal = 0;
        for (const Row &r : rows) {
            const double p = r.label >= 0 ? double(r.label) : matchProbability(r.levels);
            if (r.label < 0) {
                unlabelledMatch += p * r.count;
                unlabelledTotal += r.count;
            }
            matchTotal += p * r.count;
            for (int c = 0; c < nc; ++c) {
                if (r.levels[c] < 0)
                    continue;
                mSum[c][r.levels[c]] += p * r.count;
                uSum[c][r.levels[c]] += (1.0 - p) * r.count;
            }
        }
        double change = 0;
        const double lambda = unlabelledTotal > 0 ? unlabelledMatch / unlabelledTotal : m_lambda;
        change = std::max(change, std::abs(lambda - m_lambda));
        m_lambda = std::clamp(lambda, 1e-9, 1.0 - 1e-9);
        if (!m_lambdaOnly) {
            for (int c = 0; c < nc; ++c) {
                Comparison &comparison = m_comparisons[c];
                double mTotal = 0, uTotal = 0;
                for (int l = 0; l < comparison.levelCount(); ++l) {
                    mTotal += mSum[c][l];
                    uTotal += uSum[c][l];
                }
                for (int l = 0; l < comparison.levelCount(); ++l) {
                    ComparisonLevel &level = comparison.level(l);
                    if (!m_fixedM && !m_ignored[c] && mTotal + m_priorPairs > 0) {
                        const double m = (mSum[c][l] + m_priorPairs * priorM[c][l]) / (mTotal + m_priorPairs);
                        change = std::max(change, std::abs(m - level.m));
                        level.m = m;
                    }
                    if (!m_fixedU && uTotal > 0) {
                        const double u = uSum[c][l] / uTotal;
                        change = std::max(change, std::abs(u - level.u));
                        level.u = u;
                    }
                }
            }
        }
        if (change < tolerance) {
            ++iteration;
            break;
        }
    }
    return iteration;
}

} // namespace fc
