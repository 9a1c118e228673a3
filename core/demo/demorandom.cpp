#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace fc {

DemoRandom::DemoRandom(quint64 seed) : m_engine(seed) {}

quint64 DemoRandom::below(quint64 n)
{
    // Rejection keeps the result unbiased: drop draws from the incomplete last block of n.
    const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % n;
    quint64 x = m_engine();
    while (x >= limit)
        x = m_engine();
    return x % n;
}

int DemoRandom::range(int lo, int hi)
{
    return lo + int(below(quint64(hi - lo) + 1));
}

double DemoRandom::real()
{
    return double(m_engine() >> 11) * (1.0 / 9007199254740992.0);
}

double DemoRandom::normal()
{
    double sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += real();
    return sum - 6.0;
}

double DemoRandom::logNormal(double mu, double sigma)
{
    return std::exp(mu + sigma * normal());
}

int DemoRandom::pickCumulative(const QList<double> &cumulative, int count)
{
    const double r = real() * cumulative.at(count - 1);
    const auto it = std::upper_bound(cumulative.begin(), cumulative.begin() + count, r);
    return std::min(int(it - cumulative.begin()), count - 1);
}

} // namespace fc
