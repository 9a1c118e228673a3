#include "trends/farrington.h"

#include "trends/countdistributions.h"
#include "trends/quasipoissonglm.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <map>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Farrington", text);
}

// The baseline of one period: the indexes used, their seasonal level (1..p) and the counts.
struct Baseline
{
    std::vector<int> index, level;
    std::vector<double> y;
    int excluded = 0;
};

// R surveillance's blocks(): the window of each past year (level p) and the (p - 1) blocks between
// them; then the last pastPeriodsNotIncluded periods and the current one are dropped.
Baseline baseline(const std::vector<double> &counts, int k, int b, const FarringtonOptions &o,
                  const std::vector<bool> &excluded)
{
    const int f = o.frequency, w = o.w, p = std::max(1, o.noPeriods);
    std::map<int, int> levelOf;
    for (int i = k - w; i <= k; ++i)
        levelOf[i] = p;
    for (int year = 1; year <= b; ++year) {
        const int ref = k - year * f;
        for (int i = ref - w; i <= ref + w; ++i)
            levelOf[i] = p;
        if (p != 1) {
            const int period = f - 2 * w - 1;
            const int base = period / (p - 1), rest = period % (p - 1);
            int start = ref + w + 1;
            for (int j = 1; j <= p - 1; ++j) {
                const int length = base + (j <= rest ? 1 : 0);
                for (int i = start; i < start + length; ++i)
                    levelOf[i] = j;
                start += length;
            }
        }
    }
    Baseline out;
    const int last = k - std::max(o.pastPeriodsNotIncluded, 0);
    for (const auto &[i, level] : levelOf) {
        if (i < 0 || i >= last || i >= int(counts.size()))
            continue;
        if (!excluded.empty() && excluded[size_t(i)]) {
            ++out.excluded;
            continue;
        }
        out.index.push_back(i);
        out.level.push_back(level);
        out.y.push_back(counts[size_t(i)]);
    }
    return out;
}

// A fitted baseline model: the GLM, its design and the dispersion floored at 1.
struct Model
{
    QuasiPoissonGlm glm;
    bool hasTrend = false;
    std::vector<int> levels; // the levels with a dummy column (all present but the first)
    double phi = 1;
    double seDispersion = 1; // the dispersion behind standard errors and the trend's p-value
    int downWeighted = 0;
    bool ok = false;

    std::vector<double> row(int index, int level) const
    {
        std::vector<double> r{1.0};
        if (hasTrend)
            r.push_back(index);
        for (int l : levels)
            r.push_back(l == level ? 1.0 : 0.0);
        return r;
    }
};

// algo.farrington.fitGLM.flexible: quasi-Poisson fit, then (reweight) refit with the points whose
// Anscombe residual exceeds the threshold down-weighted by s^-2, the weights scaled to sum to n.
Model fitModel(const Baseline &data, bool trend, bool factors, const FarringtonOptions &o)
{
    Model m;
    m.hasTrend = trend;
    if (factors) {
        std::vector<int> present(data.level);
        std::sort(present.begin(), present.end());
        present.erase(std::unique(present.begin(), present.end()), present.end());
        m.levels.assign(present.begin() + (present.empty() ? 0 : 1), present.end());
    }
    auto design = [&] {
        std::vector<std::vector<double>> x;
        x.reserve(data.y.size());
        for (size_t i = 0; i < data.y.size(); ++i)
            x.push_back(m.row(data.index[i], data.level[i]));
        return x;
    };
    std::vector<std::vector<double>> x = design();
    if (!m.glm.fit(x, data.y)) {
        if (!trend)
            return m;
        m.hasTrend = false;
        x = design();
        if (!m.glm.fit(x, data.y))
            return m;
    }
    m.phi = std::max(m.glm.dispersion(), 1.0);
    m.seDispersion = m.glm.dispersion();
    if (o.reweight) {
        const std::vector<double> h = m.glm.hatValues();
        const std::vector<double> &mu = m.glm.fitted();
        std::vector<double> s(data.y.size());
        double sum = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            s[i] = 1.5 * (std::pow(data.y[i], 2.0 / 3) * std::pow(mu[i], -1.0 / 6) - std::sqrt(mu[i]))
                / std::sqrt(m.phi * (1 - h[i]));
            sum += s[i] > o.weightsThreshold ? 1 / (s[i] * s[i]) : 1;
        }
        const double gamma = double(s.size()) / sum;
        std::vector<double> omega(s.size());
        for (size_t i = 0; i < s.size(); ++i) {
            const bool down = s[i] > o.weightsThreshold;
            omega[i] = down ? gamma / (s[i] * s[i]) : gamma;
            m.downWeighted += down ? 1 : 0;
        }
        m.glm.fit(x, data.y, omega); // R does not test this fit's convergence either
        m.phi = std::max(m.glm.dispersion(), 1.0);
        m.seDispersion = o.surveillanceQuirks ? m.glm.priorWeightDispersion() : m.glm.dispersion();
    }
    m.ok = true;
    return m;
}

} // namespace

FarringtonOptions FarringtonOptions::weekly()
{
    FarringtonOptions o;
    o.frequency = 52;
    o.b = 5;
    o.w = 3;
    o.noPeriods = 10;
    o.pastPeriodsNotIncluded = 26;
    return o;
}

FarringtonOptions FarringtonOptions::monthly()
{
    return FarringtonOptions(); // the defaults are the monthly settings
}

QString FarringtonOptions::describe() const
{
    return tr("improved Farrington (Noufaily et al. 2013, as R surveillance farringtonFlexible): quasi-Poisson "
              "GLM, log link, on the same period of up to %1 past years (window +/-%2 periods)%3, linear trend "
              "%4, the last %5 periods left out of the baseline, past outbreaks down-weighted (Anscombe residual "
              "> %6: weight s^-2), threshold = %7 %8 quantile of a negative binomial with the estimated dispersion "
              "(Poisson when it is <= 1); no alarm unless the last %9 periods hold at least %10 incidents; at least "
              "%11 years of history needed")
        .arg(b).arg(w)
        .arg(noPeriods > 1 ? tr(" and a %1-level seasonal factor over the rest of each year").arg(noPeriods) : QString())
        .arg(!trend ? tr("off") : pThresholdTrend >= 1 ? tr("kept unless it extrapolates beyond the baseline's maximum (3+ years)")
                                                       : tr("kept when p < %1 and it does not extrapolate").arg(pThresholdTrend))
        .arg(pastPeriodsNotIncluded).arg(weightsThreshold)
        .arg(threshold == Threshold::Muan ? tr("at the upper %1% confidence limit of the expected count, the").arg(100 * (1 - alpha))
                                          : tr("the"))
        .arg(1 - alpha).arg(limitPeriods).arg(limitCases).arg(minimumYears);
}

QList<FarringtonPoint> Farrington::run(const std::vector<double> &counts, const QList<int> &evaluate,
                                       const FarringtonOptions &o, const std::vector<bool> &excluded)
{
    QList<FarringtonPoint> out;
    const double z = CountDistributions::normalQuantile(1 - o.alpha);
    for (int k : evaluate) {
        FarringtonPoint pt;
        pt.index = k;
        if (k < 0 || k >= int(counts.size())) {
            pt.reason = tr("no such period");
            out << pt;
            continue;
        }
        pt.observed = counts[size_t(k)];
        const int b = std::min(o.b, (k - o.w) / o.frequency);
        pt.yearsBack = b;
        if (b < o.minimumYears || b < 1) {
            pt.reason = tr("too little history: judging a period needs %1 years and %2 periods of data before it; "
                           "this one has %3 periods")
                            .arg(o.minimumYears).arg(o.w).arg(k);
            out << pt;
            continue;
        }
        const Baseline data = baseline(counts, k, b, o, excluded);
        pt.excludedPoints = data.excluded;
        pt.baselinePoints = int(data.y.size());
        double total = 0;
        for (double v : data.y)
            total += v;
        if (total <= 0) {
            pt.reason = tr("no incidents in the baseline periods");
            out << pt;
            continue;
        }
        const bool factors = o.noPeriods != 1;
        Model model = fitModel(data, o.trend, factors, o);
        if (!model.ok) {
            pt.reason = tr("the baseline model did not converge");
            out << pt;
            continue;
        }
        if (model.hasTrend) {
            const double fit = std::exp(model.glm.predictLink(model.row(k, o.noPeriods)));
            const double maxY = *std::max_element(data.y.begin(), data.y.end());
            const bool keep = b >= 3 && model.glm.pValue(1, model.seDispersion) < o.pThresholdTrend && fit <= maxY;
            if (!keep)
                model = fitModel(data, false, factors, o);
            if (!model.ok) {
                pt.reason = tr("the baseline model did not converge");
                out << pt;
                continue;
            }
        }
        pt.trendUsed = model.hasTrend;
        pt.downWeighted = model.downWeighted;
        pt.phi = model.phi;
        const std::vector<double> x0 = model.row(k, o.noPeriods);
        const double eta = model.glm.predictLink(x0), se = model.glm.predictLinkSe(x0, model.seDispersion);
        pt.expected = std::exp(eta);
        const bool muan = o.threshold == FarringtonOptions::Threshold::Muan;
        pt.expectedUpper = muan ? std::exp(eta + z * se) : pt.expected;
        const double lowerMean = muan ? std::exp(eta - z * se) : pt.expected;
        if (!std::isfinite(pt.expectedUpper)) {
            pt.reason = tr("the baseline model gives no finite prediction");
            out << pt;
            continue;
        }
        pt.computed = true;
        pt.upperBound = CountDistributions::negBinomialQuantile(1 - o.alpha, pt.expectedUpper, pt.phi);
        pt.lowerBound = std::max(0.0, CountDistributions::negBinomialQuantile(o.alpha, lowerMean, pt.phi));
        pt.pValue = CountDistributions::negBinomialUpperTail(pt.observed, pt.expectedUpper, pt.phi);
        pt.score = pt.upperBound > pt.expected ? (pt.observed - pt.expected) / (pt.upperBound - pt.expected) : 0;
        double recent = 0;
        for (int i = std::max(0, k - o.limitPeriods + 1); i <= k; ++i)
            recent += counts[size_t(i)];
        const bool enoughCases = recent >= o.limitCases;
        if (!enoughCases)
            pt.reason = tr("fewer than %1 incidents in the last %2 periods: never flagged").arg(o.limitCases).arg(o.limitPeriods);
        pt.alarm = enoughCases && pt.observed > pt.upperBound && pt.observed > 0;
        pt.fall = pt.observed < pt.lowerBound;
        out << pt;
    }
    return out;
}

} // namespace fc
