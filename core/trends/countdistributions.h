#pragma once

namespace fc {

/**
 * The few distribution functions the trend methods need (no statistics library): the normal
 * quantile (Acklam's rational approximation refined by one Halley step), Student's t tail (regularised
 * incomplete beta by Lentz's continued fraction) and the Poisson and negative-binomial quantiles and
 * upper tails (summed from the probability mass function, through lgamma).
 */
class CountDistributions
{
public:
    static double normalCdf(double x);
    static double normalQuantile(double p);
    /** Two-sided p-value of t on df degrees of freedom. */
    static double studentTwoSided(double t, double df);
    /** Smallest x with P(X <= x) >= p, X ~ Poisson(mu). */
    static double poissonQuantile(double p, double mu);
    /** P(X >= y), X ~ Poisson(mu). */
    static double poissonUpperTail(double y, double mu);
    /** NB with mean mu and variance phi mu (size mu / (phi - 1), prob 1 / phi), phi > 1. */
    static double negBinomialQuantile(double p, double mu, double phi);
    static double negBinomialUpperTail(double y, double mu, double phi);

private:
    static double regularisedBeta(double x, double a, double b);
};

} // namespace fc
