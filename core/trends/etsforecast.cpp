#include "trends/etsforecast.h"

#include "trends/countdistributions.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrendForecast", text);
}

double logistic(double u)
{
    return 1 / (1 + std::exp(-u));
}

double logit(double p)
{
    return std::log(p / (1 - p));
}

constexpr double kLow = 1e-4, kHigh = 1 - 1e-4, kPhiLow = 0.8, kPhiHigh = 0.98;

// The unconstrained coordinates u of (alpha, beta, gamma, phi) under the bounds of EtsForecast.
void toParameters(const std::array<double, 4> &u, EtsParameters *p)
{
    p->alpha = kLow + (kHigh - kLow) * logistic(u[0]);
    p->beta = kLow + (p->alpha - kLow) * logistic(u[1]);
    p->gamma = kLow + (std::max(kLow, 1 - p->alpha) - kLow) * logistic(u[2]);
    p->phi = kPhiLow + (kPhiHigh - kPhiLow) * logistic(u[3]);
}

std::array<double, 4> fromParameters(double alpha, double betaShare, double gammaShare, double phi)
{
    return {logit((alpha - kLow) / (kHigh - kLow)), logit(betaShare), logit(gammaShare),
            logit((phi - kPhiLow) / (kPhiHigh - kPhiLow))};
}

// Nelder-Mead on four coordinates (standard coefficients 1, 2, 0.5, 0.5).
template<typename F>
std::array<double, 4> nelderMead(F f, std::array<double, 4> start, double *best, int iterations = 600)
{
    constexpr int n = 4;
    std::array<std::array<double, n>, n + 1> x;
    std::array<double, n + 1> fx;
    x[0] = start;
    for (int i = 0; i < n; ++i) {
        x[i + 1] = start;
        x[i + 1][i] += 0.8;
    }
    for (int i = 0; i <= n; ++i)
        fx[i] = f(x[i]);
    for (int it = 0; it < iterations; ++it) {
        std::array<int, n + 1> order;
        for (int i = 0; i <= n; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](int a, int b) { return fx[a] < fx[b]; });
        const int lo = order[0], hi = order[n], second = order[n - 1];
        if (std::fabs(fx[hi] - fx[lo]) <= 1e-10 * (std::fabs(fx[lo]) + 1e-12))
            break;
        std::array<double, n> centre{};
        for (int i = 0; i <= n; ++i)
            if (i != hi)
                for (int j = 0; j < n; ++j)
                    centre[j] += x[i][j] / n;
        auto along = [&](double t) {
            std::array<double, n> p;
            for (int j = 0; j < n; ++j)
                p[j] = centre[j] + t * (x[hi][j] - centre[j]);
            return p;
        };
        const auto r = along(-1);
        const double fr = f(r);
        if (fr < fx[lo]) {
            const auto e = along(-2);
            const double fe = f(e);
            if (fe < fr) {
                x[hi] = e;
                fx[hi] = fe;
            } else {
                x[hi] = r;
                fx[hi] = fr;
            }
        } else if (fr < fx[second]) {
            x[hi] = r;
            fx[hi] = fr;
        } else {
            const auto c = fr < fx[hi] ? along(-0.5) : along(0.5);
            const double fc = f(c);
            if (fc < std::min(fr, fx[hi])) {
                x[hi] = c;
                fx[hi] = fc;
            } else {
                for (int i = 0; i <= n; ++i) {
                    if (i == lo)
                        continue;
                    for (int j = 0; j < n; ++j)
                        x[i][j] = x[lo][j] + 0.5 * (x[i][j] - x[lo][j]);
                    fx[i] = f(x[i]);
                }
            }
        }
    }
    int lo = 0;
    for (int i = 1; i <= n; ++i)
        if (fx[i] < fx[lo])
            lo = i;
    *best = fx[lo];
    return x[lo];
}

void clip(ForecastPath *p)
{
    for (auto *v : {&p->mean, &p->lower80, &p->upper80, &p->lower95, &p->upper95})
        for (double &x : *v)
            x = std::max(0.0, x);
}

ForecastPath withIntervals(const std::vector<double> &mean, const std::vector<double> &variance)
{
    ForecastPath p;
    p.mean = mean;
    const double z80 = CountDistributions::normalQuantile(0.9), z95 = CountDistributions::normalQuantile(0.975);
    for (size_t h = 0; h < mean.size(); ++h) {
        const double sd = std::sqrt(std::max(0.0, variance[h]));
        p.lower80.push_back(mean[h] - z80 * sd);
        p.upper80.push_back(mean[h] + z80 * sd);
        p.lower95.push_back(mean[h] - z95 * sd);
        p.upper95.push_back(mean[h] + z95 * sd);
    }
    return p;
}

} // namespace

EtsParameters EtsForecast::initialStates(const std::vector<double> &y, int m)
{
    EtsParameters p;
    if (m < 2 || int(y.size()) < 2 * m)
        return p;
    double first = 0, second = 0;
    for (int t = 0; t < m; ++t) {
        first += y[size_t(t)];
        second += y[size_t(t + m)];
    }
    first /= m;
    second /= m;
    // A straight line through the means of the first two seasons (centred at t = (m + 1) / 2 and
    // m + (m + 1) / 2, t counted from 1), and each season position's mean deviation from it.
    p.trend = (second - first) / m;
    p.level = first - p.trend * (m + 1) / 2.0;
    p.seasonal.assign(size_t(m), 0);
    double mean = 0;
    for (int j = 0; j < m; ++j) {
        const double t1 = j + 1, t2 = j + 1 + m;
        p.seasonal[size_t(j)] = ((y[size_t(j)] - (p.level + t1 * p.trend)) + (y[size_t(j + m)] - (p.level + t2 * p.trend))) / 2;
        mean += p.seasonal[size_t(j)] / m;
    }
    for (double &s : p.seasonal)
        s -= mean;
    return p;
}

double EtsForecast::sse(const std::vector<double> &y, int m, const EtsParameters &p, std::vector<double> *residuals)
{
    double l = p.level, b = p.trend, total = 0;
    std::vector<double> s = p.seasonal;
    if (residuals)
        residuals->clear();
    for (size_t t = 0; t < y.size(); ++t) {
        double &season = s[t % size_t(m)];
        const double e = y[t] - (l + p.phi * b + season);
        l = l + p.phi * b + p.alpha * e;
        b = p.phi * b + p.beta * e;
        season += p.gamma * e;
        total += e * e;
        if (residuals)
            residuals->push_back(e);
    }
    return total;
}

bool EtsForecast::fit(const std::vector<double> &y, int m)
{
    if (m < 2 || int(y.size()) < 2 * m)
        return false;
    return fitWithStates(y, m, initialStates(y, m));
}

bool EtsForecast::fitWithStates(const std::vector<double> &y, int m, const EtsParameters &states)
{
    if (m < 2 || int(y.size()) < m || int(states.seasonal.size()) != m)
        return false;
    m_y = y;
    m_m = m;
    EtsParameters trial = states;
    auto objective = [&](const std::array<double, 4> &u) {
        toParameters(u, &trial);
        return sse(y, m, trial);
    };
    double best = std::numeric_limits<double>::infinity();
    std::array<double, 4> bestU{};
    // Several starting points: the sum of squares has local minima in alpha.
    for (const auto &start : {fromParameters(0.3, 0.1, 0.1, 0.95), fromParameters(0.8, 0.1, 0.1, 0.9),
                              fromParameters(0.05, 0.5, 0.3, 0.85)}) {
        double f = 0;
        auto u = nelderMead(objective, start, &f);
        u = nelderMead(objective, u, &f); // a restart from the optimum shakes off a collapsed simplex
        if (f < best) {
            best = f;
            bestU = u;
        }
    }
    m_params = states;
    toParameters(bestU, &m_params);
    m_sse = sse(y, m, m_params);
    m_sigma2 = m_sse / double(y.size());
    return true;
}

ForecastPath EtsForecast::forecast(int h) const
{
    ForecastPath path = forecast(m_y, m_m, m_params, h);
    return path;
}

ForecastPath EtsForecast::forecast(const std::vector<double> &y, int m, const EtsParameters &p, int h)
{
    // Run the filter to the end for the final states.
    double l = p.level, b = p.trend, total = 0;
    std::vector<double> s = p.seasonal;
    for (size_t t = 0; t < y.size(); ++t) {
        double &season = s[t % size_t(m)];
        const double e = y[t] - (l + p.phi * b + season);
        l = l + p.phi * b + p.alpha * e;
        b = p.phi * b + p.beta * e;
        season += p.gamma * e;
        total += e * e;
    }
    const double sigma2 = y.empty() ? 0 : total / double(y.size());
    std::vector<double> mean, variance;
    double phiSum = 0, phiPower = 1, cumulative = 0;
    for (int k = 1; k <= h; ++k) {
        phiPower *= p.phi;
        phiSum += phiPower;
        mean.push_back(l + phiSum * b + s[(y.size() + size_t(k) - 1) % size_t(m)]);
        variance.push_back(sigma2 * (1 + cumulative));
        // c_k for the next horizon: alpha + beta phi_k + gamma [k multiple of m].
        const double c = p.alpha + p.beta * phiSum + (k % m == 0 ? p.gamma : 0);
        cumulative += c * c;
    }
    return withIntervals(mean, variance);
}

ForecastPath SeasonalNaive::forecast(const std::vector<double> &y, int m, int h)
{
    const int n = int(y.size());
    double sum = 0;
    int count = 0;
    for (int t = m; t < n; ++t) {
        const double e = y[size_t(t)] - y[size_t(t - m)];
        sum += e * e;
        ++count;
    }
    const double sigma2 = count ? sum / count : 0;
    std::vector<double> mean, variance;
    for (int k = 1; k <= h; ++k) {
        const int cycles = (k - 1) / m;
        mean.push_back(n >= m ? y[size_t(n - m + (k - 1) % m)] : 0);
        variance.push_back(sigma2 * (cycles + 1));
    }
    return withIntervals(mean, variance);
}

ForecastResult TrendForecast::run(const std::vector<double> &y, int m, int horizon, int backtestOrigins)
{
    ForecastResult r;
    r.horizon = horizon;
    const int n = int(y.size());
    r.method = tr("ETS(A,Ad,A): additive Holt-Winters with a damped trend on the counts (Hyndman et al. 2008), "
                  "chosen because the counts are large enough for additive errors, the season is fixed (%1 "
                  "periods) and a damped trend does not carry a short rise or fall on for six months; parameters "
                  "by least squares, initial states from the first two seasons; 80% and 95% prediction intervals "
                  "normal with the analytic ETS variance. Back-test: rolling origin over the last %2 periods, "
                  "1 to %3 periods ahead, MASE scaled by the in-sample seasonal-naive error at each origin; "
                  "when ETS does not beat seasonal-naive, the seasonal-naive forecast is shown. Forecasts and "
                  "bounds below zero are shown as zero.")
                   .arg(m).arg(backtestOrigins).arg(horizon);
    const int origins = std::min(backtestOrigins, n - 2 * m);
    if (origins < 3) {
        r.reason = tr("too little history for a forecast: %1 complete periods; ETS needs two full seasons (%2) "
                      "plus at least 3 for the back-test (%3)")
                       .arg(n).arg(2 * m).arg(2 * m + 3);
        return r;
    }
    double errModel = 0, errNaive = 0;
    int pairs = 0;
    for (int o = n - origins; o < n; ++o) {
        const std::vector<double> train(y.begin(), y.begin() + o);
        double scale = 0;
        for (int t = m; t < o; ++t)
            scale += std::fabs(train[size_t(t)] - train[size_t(t - m)]);
        scale /= std::max(1, o - m);
        if (scale <= 0)
            continue;
        EtsForecast ets;
        if (!ets.fit(train, m))
            continue;
        const int h = std::min(horizon, n - o);
        const ForecastPath fm = ets.forecast(h);
        const ForecastPath fn = SeasonalNaive::forecast(train, m, h);
        for (int k = 0; k < h; ++k) {
            const double actual = y[size_t(o + k)];
            errModel += std::fabs(actual - std::max(0.0, fm.mean[size_t(k)])) / scale;
            errNaive += std::fabs(actual - fn.mean[size_t(k)]) / scale;
            ++pairs;
        }
    }
    if (pairs == 0) {
        r.reason = tr("no back-test possible: the series does not vary from season to season");
        return r;
    }
    r.origins = origins;
    r.maseModel = errModel / pairs;
    r.maseNaive = errNaive / pairs;
    r.modelBeatsNaive = r.maseModel < r.maseNaive;
    EtsForecast ets;
    ets.fit(y, m);
    r.parameters = ets.parameters();
    r.modelPath = ets.forecast(horizon);
    r.naivePath = SeasonalNaive::forecast(y, m, horizon);
    r.shown = r.modelBeatsNaive ? QStringLiteral("ets") : QStringLiteral("seasonal-naive");
    r.path = r.modelBeatsNaive ? r.modelPath : r.naivePath;
    clip(&r.path);
    r.computed = true;
    return r;
}

} // namespace fc
