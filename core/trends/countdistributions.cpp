#include "trends/countdistributions.h"

#include <cmath>
#include <limits>

namespace fc {

namespace {

// Walks the probability mass function upwards from 0: logPmf(k) for k = 0, 1, ...; returns the
// smallest k with cumulative >= p. Starts the walk near the mode for large means (pmf in log space).
template<typename LogPmf>
double quantileByWalk(double p, double mean, double sd, LogPmf logPmf)
{
    if (p <= 0)
        return 0;
    // Sum from a point far below the mean (the mass below it is negligible, < 1e-15).
    const double start = std::max(0.0, std::floor(mean - 12 * sd));
    double cumulative = 0;
    for (double k = start;; k += 1) {
        cumulative += std::exp(logPmf(k));
        if (cumulative >= p * (1 - 1e-12) || k > mean + 60 * sd + 100)
            return k;
    }
}

double poissonLogPmf(double k, double mu)
{
    return k * std::log(mu) - mu - std::lgamma(k + 1);
}

double nbLogPmf(double k, double size, double prob)
{
    return std::lgamma(k + size) - std::lgamma(size) - std::lgamma(k + 1) + size * std::log(prob)
        + k * std::log1p(-prob);
}

} // namespace

double CountDistributions::normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

double CountDistributions::normalQuantile(double p)
{
    if (p <= 0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1)
        return std::numeric_limits<double>::infinity();
    // Acklam's approximation (relative error 1.15e-9), then one Halley step on erfc.
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01, -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (p < low) {
        const double q = std::sqrt(-2 * std::log(p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (p <= 1 - low) {
        const double q = p - 0.5, r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double q = std::sqrt(-2 * std::log1p(-p));
        x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

double CountDistributions::regularisedBeta(double x, double a, double b)
{
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const double lbeta = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b);
    const double front = std::exp(std::log(x) * a + std::log1p(-x) * b + lbeta);
    if (x > (a + 1) / (a + b + 2))
        return 1 - regularisedBeta(1 - x, b, a);
    // Lentz's continued fraction.
    const double tiny = 1e-300;
    double f = 1, cc = 1, dd = 0;
    for (int i = 0; i <= 400; ++i) {
        const int m = i / 2;
        double numerator;
        if (i == 0)
            numerator = 1;
        else if (i % 2 == 0)
            numerator = (m * (b - m) * x) / ((a + 2.0 * m - 1) * (a + 2.0 * m));
        else
            numerator = -((a + m) * (a + b + m) * x) / ((a + 2.0 * m) * (a + 2.0 * m + 1));
        dd = 1 + numerator * dd;
        if (std::fabs(dd) < tiny)
            dd = tiny;
        dd = 1 / dd;
        cc = 1 + numerator / cc;
        if (std::fabs(cc) < tiny)
            cc = tiny;
        const double cd = cc * dd;
        f *= cd;
        if (std::fabs(1 - cd) < 1e-14)
            break;
    }
    return front * (f - 1) / a;
}

double CountDistributions::studentTwoSided(double t, double df)
{
    if (!(df > 0) || !std::isfinite(t))
        return std::isfinite(t) ? 1 : 0;
    return regularisedBeta(df / (df + t * t), df / 2, 0.5);
}

double CountDistributions::poissonQuantile(double p, double mu)
{
    if (mu <= 0)
        return 0;
    return quantileByWalk(p, mu, std::sqrt(mu), [mu](double k) { return poissonLogPmf(k, mu); });
}

double CountDistributions::poissonUpperTail(double y, double mu)
{
    if (y <= 0)
        return 1;
    if (mu <= 0)
        return 0;
    // 1 - P(X <= y - 1), summed from below (fine for the tail probabilities reported).
    double below = 0;
    for (double k = std::max(0.0, std::floor(mu - 12 * std::sqrt(mu))); k <= y - 1; k += 1)
        below += std::exp(poissonLogPmf(k, mu));
    return std::max(0.0, 1 - below);
}

double CountDistributions::negBinomialQuantile(double p, double mu, double phi)
{
    if (phi <= 1)
        return poissonQuantile(p, mu);
    if (mu <= 0)
        return 0;
    const double size = mu / (phi - 1), prob = 1 / phi;
    return quantileByWalk(p, mu, std::sqrt(mu * phi),
                          [size, prob](double k) { return nbLogPmf(k, size, prob); });
}

double CountDistributions::negBinomialUpperTail(double y, double mu, double phi)
{
    if (phi <= 1)
        return poissonUpperTail(y, mu);
    if (y <= 0)
        return 1;
    if (mu <= 0)
        return 0;
    const double size = mu / (phi - 1), prob = 1 / phi;
    double below = 0;
    for (double k = std::max(0.0, std::floor(mu - 12 * std::sqrt(mu * phi))); k <= y - 1; k += 1)
        below += std::exp(nbLogPmf(k, size, prob));
    return std::max(0.0, 1 - below);
}

} // namespace fc
