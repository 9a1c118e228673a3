#pragma once

#include <QList>
#include <QString>
#include <vector>

namespace fc {

/** Parameters and initial states of an ETS(A,Ad,A) model. */
struct EtsParameters
{
    double alpha = 0.3, beta = 0.05, gamma = 0.1, phi = 0.95;
    double level = 0, trend = 0;
    std::vector<double> seasonal; // s_{1-m} .. s_0: the m seasonal states before the first observation
};

/** A forecast path with 80% and 95% prediction intervals. */
struct ForecastPath
{
    std::vector<double> mean, lower80, upper80, lower95, upper95;
};

/**
 * Additive Holt-Winters with a damped trend in its state-space form, ETS(A,Ad,A) (Hyndman, Koehler,
 * Ord & Snyder 2008): y_t = l + phi b + s_{t-m} + e_t; l += phi b + alpha e; b = phi b + beta e;
 * s_t = s_{t-m} + gamma e. Initial states by the classical decomposition of the first two seasons;
 * alpha, beta, gamma, phi by least squares (the maximum likelihood for additive errors given the initial
 * states) with Nelder-Mead under the usual bounds (beta <= alpha, gamma <= 1 - alpha, 0.8 <= phi <= 0.98).
 * Prediction intervals: the analytic variance sigma^2 (1 + sum c_j^2), sigma^2 = SSE / n, normal.
 */
class EtsForecast
{
public:
    /** Initial states from the first two seasons (needs 2 m observations). */
    static EtsParameters initialStates(const std::vector<double> &y, int m);
    /** Sum of squared one-step errors with the given parameters (the residuals in *residuals). */
    static double sse(const std::vector<double> &y, int m, const EtsParameters &p, std::vector<double> *residuals = nullptr);
    /** Fits alpha, beta, gamma, phi (initial states from initialStates); false when y is shorter than 2 m. */
    bool fit(const std::vector<double> &y, int m);
    /** Fits with the initial states given (as the statsmodels fixture does). */
    bool fitWithStates(const std::vector<double> &y, int m, const EtsParameters &states);
    /** The next h periods after the fitted data. */
    ForecastPath forecast(int h) const;
    /** The forecast of fixed parameters (no fitting). */
    static ForecastPath forecast(const std::vector<double> &y, int m, const EtsParameters &p, int h);

    const EtsParameters &parameters() const { return m_params; }
    double sse() const { return m_sse; }
    double sigma2() const { return m_sigma2; }

private:
    std::vector<double> m_y;
    int m_m = 12;
    EtsParameters m_params;
    double m_sse = 0, m_sigma2 = 0;
};

/** The seasonal-naive forecast y_{n+h} = y_{n+h-m(k+1)} with its normal intervals (var sigma^2 (k+1)). */
class SeasonalNaive
{
public:
    static ForecastPath forecast(const std::vector<double> &y, int m, int h);
};

/** Rolling-origin back-test of the ETS model against seasonal-naive, and the forecast to show. */
struct ForecastResult
{
    bool computed = false;
    QString reason;           // when not computed: why (too little history)
    int horizon = 0;
    int origins = 0;          // rolling origins in the back-test
    double maseModel = 0, maseNaive = 0;
    bool modelBeatsNaive = false;
    QString shown;            // "ets" or "seasonal-naive"
    ForecastPath path;        // the forecast shown (clipped at 0)
    ForecastPath modelPath, naivePath; // both, unclipped
    EtsParameters parameters; // of the model fitted on the whole series
    QString method;           // the model, why, and the caveats
};

/** Forecast of a count series: ETS(A,Ad,A) or seasonal-naive, whichever the back-test favours. */
class TrendForecast
{
public:
    /**
     * y: the complete periods; m: season length; horizon: periods ahead (6 months, 26 weeks);
     * backtestOrigins: the last this-many periods are forecast from rolling origins (1..horizon ahead).
     */
    static ForecastResult run(const std::vector<double> &y, int m, int horizon, int backtestOrigins);
};

} // namespace fc
