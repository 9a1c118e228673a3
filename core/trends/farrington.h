#pragma once

#include <QList>
#include <QString>
#include <vector>

namespace fc {

/** Settings of the improved Farrington method (Noufaily et al. 2013; R surveillance farringtonFlexible). */
struct FarringtonOptions
{
    int frequency = 12;        // periods per year: 12 (months) or 52 (weeks)
    int b = 3;                 // years back
    int w = 2;                 // half-width of the window around the same period of past years
    int noPeriods = 4;         // seasonal factor levels (1 = the original Farrington windows only)
    int pastPeriodsNotIncluded = 6; // the most recent periods left out of the baseline
    bool reweight = true;      // down-weight past outbreaks
    double weightsThreshold = 2.58; // Anscombe residual above which a baseline point is down-weighted
    double alpha = 0.05;       // one-sided: the upper bound is the 1 - alpha quantile
    bool trend = true;
    double pThresholdTrend = 1; // trend kept when its p-value is below this (1 = always, as Noufaily)
    enum class Threshold { NbPlugin, Muan } threshold = Threshold::Muan;
    int limitCases = 5;        // no alarm unless the last limitPeriods periods hold at least limitCases
    int limitPeriods = 4;
    int minimumYears = 2;      // below this many years of history: "too little history"
    /**
     * Reproduce R surveillance 1.20.3 exactly: after reweighting it replaces the model's working weights
     * by the prior weights, so the dispersion behind the prediction's standard error (Muan) and the
     * trend's p-value becomes sum(w (y - mu)^2 / mu^2) / df, about phi / mu: a standard error too small
     * by about sqrt(mu). Off (the product): the Pearson dispersion of the paper. The tests turn it on
     * to compare with R's numbers.
     */
    bool surveillanceQuirks = false;

    /** Noufaily's settings for weekly data (b 5, w 3, 10 levels, 26 weeks left out). */
    static FarringtonOptions weekly();
    /** The same idea for monthly data (b 3, w 2, 4 levels, 6 months left out). */
    static FarringtonOptions monthly();
    QString describe() const;
};

/** The evidence for one period: what was expected, what was seen and the bound it had to exceed. */
struct FarringtonPoint
{
    int index = -1;
    bool computed = false;   // false: reason says why (too little history, no convergence, too few cases)
    QString reason;
    double observed = 0;
    double expected = 0;     // exp(eta0), the baseline GLM's prediction
    double expectedUpper = 0; // Muan: exp(eta0 + z(1-alpha) se), the mean the threshold is taken at
    double upperBound = 0;   // the alarm threshold: the NB (or Poisson) 1 - alpha quantile
    double lowerBound = 0;   // the alpha quantile (a fall below it is reported, never flagged as emerging)
    double phi = 1;          // dispersion, floored at 1
    double score = 0;        // (observed - expected) / (upperBound - expected)
    double pValue = 1;       // P(X >= observed) under the baseline
    bool trendUsed = false;
    int yearsBack = 0;       // b used (fewer than asked when history is short)
    int baselinePoints = 0;  // reference periods used
    int excludedPoints = 0;  // reference periods left out as a known break
    int downWeighted = 0;    // reference periods down-weighted as past outbreaks
    bool alarm = false;      // observed > upperBound with enough cases
    bool fall = false;       // observed < lowerBound
};

/**
 * The improved Farrington outbreak-detection algorithm (Noufaily, Enki, Farrington, Garthwaite,
 * Andrews & Charlett 2013, Statistics in Medicine 32:1206-1222), as R's surveillance package
 * implements it in farringtonFlexible: for each period a quasi-Poisson GLM (log link, linear trend,
 * seasonal factor) on the comparable past periods, refitted with past outbreaks down-weighted
 * (Anscombe residuals above the threshold get weight s^-2), and the upper bound is a negative-binomial
 * quantile with the estimated dispersion.
 */
class Farrington
{
public:
    /**
     * Runs the method for each index in evaluate. excluded (optional, same size as counts): periods
     * left out of every baseline (a known break such as the 2020 lockdown), like R's NA responses.
     */
    static QList<FarringtonPoint> run(const std::vector<double> &counts, const QList<int> &evaluate,
                                      const FarringtonOptions &options, const std::vector<bool> &excluded = {});
};

} // namespace fc
