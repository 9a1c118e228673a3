#pragma once

#include <QList>
#include <QtGlobal>
#include <random>

namespace fc {

/**
 * The demo generator's only source of randomness: std::mt19937_64 (whose sequence the standard
 * fixes) with hand-written distributions, because std::uniform_int_distribution and friends give
 * different values on different standard libraries and the demo must be byte-identical per seed.
 */
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    quint64 next64() { return m_engine(); }
    /** Uniform integer in [0, n); n must be > 0. */
    quint64 below(quint64 n);
    /** Uniform integer in [lo, hi], both included. */
    int range(int lo, int hi);
    /** Uniform real in [0, 1) with 53 random bits. */
    double real();
    bool chance(double p) { return real() < p; }
    /** Approximately standard normal: Irwin-Hall sum of 12 uniforms, pure arithmetic. */
    double normal();
    /** exp(mu + sigma * normal()). */
    double logNormal(double mu, double sigma);
    /** Index drawn with probability proportional to weights[i]; weights must not all be 0. */
    template <typename List> int weighted(const List &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = real() * total;
        int i = 0;
        for (double w : weights) {
            if (r < w)
                return i;
            r -= w;
            ++i;
        }
        return i - 1; // rounding left r just above the last weight
    }

    /** Index i < count drawn with probability proportional to cumulative[i] - cumulative[i-1]:
     *  a binary search, for picks among thousands of offenders per incident. */
    int pickCumulative(const QList<double> &cumulative, int count);

private:
    std::mt19937_64 m_engine;
};

} // namespace fc
