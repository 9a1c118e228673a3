#include "trends/trendanalysis.h"

#include "analysis/harmanalysis.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrendAnalysis", text);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Span
{
    int first = -1, last = -1; // inclusive indexes; first < 0: none
};

double sum(const QList<double> &v, Span s)
{
    if (s.first < 0 || s.last >= v.size() || s.first > s.last)
        return kNaN;
    double t = 0;
    for (int i = s.first; i <= s.last; ++i)
        t += v.at(i);
    return t;
}

TrendComparison compare(const TrendSeriesSet &set, const TrendSeries &s, Span now, int yearShift)
{
    TrendComparison c;
    if (now.first < 0)
        return c;
    const int length = now.last - now.first + 1;
    const Span previous{now.first - length, now.last - length};
    const Span lastYear{now.first - yearShift, now.last - yearShift};
    auto endOf = [&](int i) {
        return TrendSeriesBuilder::nextStart(set.period, set.starts.at(i)).addDays(-1);
    };
    c.from = set.starts.at(now.first);
    c.to = endOf(now.last);
    if (previous.first >= 0) {
        c.previousFrom = set.starts.at(previous.first);
        c.previousTo = endOf(previous.last);
    }
    if (lastYear.first >= 0) {
        c.lastYearFrom = set.starts.at(lastYear.first);
        c.lastYearTo = endOf(lastYear.last);
    }
    c.count = sum(s.counts, now);
    c.value = sum(s.values, now);
    c.harm = sum(s.harms, now);
    c.previousCount = sum(s.counts, previous);
    c.previousValue = sum(s.values, previous);
    c.previousHarm = sum(s.harms, previous);
    c.lastYearCount = sum(s.counts, lastYear);
    c.lastYearValue = sum(s.values, lastYear);
    c.lastYearHarm = sum(s.harms, lastYear);
    c.stores = s.stores;
    c.countPerStore = s.stores > 0 ? c.count / s.stores : kNaN;
    c.harmPerStore = s.stores > 0 ? c.harm / s.stores : kNaN;
    return c;
}

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

QJsonArray numbers(const QList<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(number(x));
    return a;
}

QJsonArray numbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(number(x));
    return a;
}

QJsonObject comparisonJson(const TrendComparison &c)
{
    auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    auto change = [](double now, double before) {
        return std::isfinite(now) && std::isfinite(before) && before > 0 ? QJsonValue((now - before) / before)
                                                                         : QJsonValue();
    };
    return QJsonObject{{QStringLiteral("from"), date(c.from)},
                       {QStringLiteral("to"), date(c.to)},
                       {QStringLiteral("count"), number(c.count)},
                       {QStringLiteral("value_gbp"), number(c.value)},
                       {QStringLiteral("harm"), number(c.harm)},
                       {QStringLiteral("previous"),
                        QJsonObject{{QStringLiteral("from"), date(c.previousFrom)},
                                    {QStringLiteral("to"), date(c.previousTo)},
                                    {QStringLiteral("count"), number(c.previousCount)},
                                    {QStringLiteral("value_gbp"), number(c.previousValue)},
                                    {QStringLiteral("harm"), number(c.previousHarm)},
                                    {QStringLiteral("count_change"), change(c.count, c.previousCount)}}},
                       {QStringLiteral("last_year"),
                        QJsonObject{{QStringLiteral("from"), date(c.lastYearFrom)},
                                    {QStringLiteral("to"), date(c.lastYearTo)},
                                    {QStringLiteral("count"), number(c.lastYearCount)},
                                    {QStringLiteral("value_gbp"), number(c.lastYearValue)},
                                    {QStringLiteral("harm"), number(c.lastYearHarm)},
                                    {QStringLiteral("count_change"), change(c.count, c.lastYearCount)}}},
                       {QStringLiteral("stores"), c.stores},
                       {QStringLiteral("count_per_store"), number(c.countPerStore)},
                       {QStringLiteral("harm_per_store"), number(c.harmPerStore)}};
}

QJsonObject pointJson(const FarringtonPoint &p, const TrendSeriesSet &set)
{
    QJsonObject o{{QStringLiteral("period"), set.periodLabel(p.index)},
                  {QStringLiteral("observed"), p.observed},
                  {QStringLiteral("computed"), p.computed},
                  {QStringLiteral("alarm"), p.alarm}};
    if (!p.reason.isEmpty())
        o.insert(QStringLiteral("reason"), p.reason);
    if (!p.computed)
        return o;
    o.insert(QStringLiteral("expected"), p.expected);
    o.insert(QStringLiteral("expected_upper"), p.expectedUpper);
    o.insert(QStringLiteral("upper_bound"), p.upperBound);
    o.insert(QStringLiteral("threshold"), QStringLiteral("observed > upper_bound"));
    o.insert(QStringLiteral("lower_bound"), p.lowerBound);
    o.insert(QStringLiteral("fall"), p.fall);
    o.insert(QStringLiteral("score"), p.score);
    o.insert(QStringLiteral("p_value"), p.pValue);
    o.insert(QStringLiteral("dispersion"), p.phi);
    o.insert(QStringLiteral("trend"), p.trendUsed);
    o.insert(QStringLiteral("years_back"), p.yearsBack);
    o.insert(QStringLiteral("baseline_periods"), p.baselinePoints);
    o.insert(QStringLiteral("excluded_periods"), p.excludedPoints);
    o.insert(QStringLiteral("down_weighted_periods"), p.downWeighted);
    return o;
}

QJsonObject forecastJson(const ForecastResult &f, const TrendSeriesSet &set)
{
    QJsonObject o{{QStringLiteral("computed"), f.computed}};
    if (!f.computed) {
        o.insert(QStringLiteral("reason"), f.reason);
        return o;
    }
    QJsonArray periods;
    QDate start = set.starts.isEmpty() ? QDate() : set.starts.last();
    // The forecast starts after the last complete period.
    int lastComplete = int(set.complete.lastIndexOf(true));
    if (lastComplete >= 0)
        start = set.starts.at(lastComplete);
    for (int h = 0; h < f.horizon; ++h) {
        start = TrendSeriesBuilder::nextStart(set.period, start);
        periods.append(set.period == TrendPeriod::Month ? start.toString(QStringLiteral("yyyy-MM"))
                                                        : start.toString(Qt::ISODate));
    }
    o.insert(QStringLiteral("shown"), f.shown);
    o.insert(QStringLiteral("beats_seasonal_naive"), f.modelBeatsNaive);
    o.insert(QStringLiteral("mase_ets"), f.maseModel);
    o.insert(QStringLiteral("mase_seasonal_naive"), f.maseNaive);
    o.insert(QStringLiteral("backtest_origins"), f.origins);
    o.insert(QStringLiteral("horizon"), f.horizon);
    o.insert(QStringLiteral("periods"), periods);
    o.insert(QStringLiteral("mean"), numbers(f.path.mean));
    o.insert(QStringLiteral("lower80"), numbers(f.path.lower80));
    o.insert(QStringLiteral("upper80"), numbers(f.path.upper80));
    o.insert(QStringLiteral("lower95"), numbers(f.path.lower95));
    o.insert(QStringLiteral("upper95"), numbers(f.path.upper95));
    o.insert(QStringLiteral("ets_mean"), numbers(f.modelPath.mean));
    o.insert(QStringLiteral("seasonal_naive_mean"), numbers(f.naivePath.mean));
    o.insert(QStringLiteral("ets_parameters"), QJsonObject{{QStringLiteral("alpha"), f.parameters.alpha},
                                                           {QStringLiteral("beta"), f.parameters.beta},
                                                           {QStringLiteral("gamma"), f.parameters.gamma},
                                                           {QStringLiteral("phi"), f.parameters.phi}});
    if (!f.modelBeatsNaive)
        o.insert(QStringLiteral("note"), tr("ETS(A,Ad,A) did not beat seasonal-naive in the back-test "
                                            "(MASE %1 against %2): the seasonal-naive forecast is shown")
                                             .arg(f.maseModel, 0, 'f', 3)
                                             .arg(f.maseNaive, 0, 'f', 3));
    return o;
}

QJsonObject seriesJson(const TrendSeriesResult &r, const TrendSeriesSet &set)
{
    QJsonArray evaluated, flags;
    for (const FarringtonPoint &p : r.emerging) {
        const QJsonObject o = pointJson(p, set);
        evaluated.append(o);
        if (p.alarm)
            flags.append(o);
    }
    return QJsonObject{{QStringLiteral("key"), r.series.key},
                       {QStringLiteral("label"), r.series.label},
                       {QStringLiteral("total"), r.series.total()},
                       {QStringLiteral("stores"), r.series.stores},
                       {QStringLiteral("counts"), numbers(r.series.counts)},
                       {QStringLiteral("values_gbp"), numbers(r.series.values)},
                       {QStringLiteral("harms"), numbers(r.series.harms)},
                       {QStringLiteral("unweighted_counts"), numbers(r.series.unweightedCounts)},
                       {QStringLiteral("range"), comparisonJson(r.range)},
                       {QStringLiteral("latest"), comparisonJson(r.latest)},
                       {QStringLiteral("emerging"), QJsonObject{{QStringLiteral("evaluated"), evaluated},
                                                                {QStringLiteral("flags"), flags}}},
                       {QStringLiteral("forecast"), forecastJson(r.forecast, set)}};
}

} // namespace

QList<TrendBreak> TrendOptions::defaultBreaks()
{
    return {TrendBreak{QDate(2020, 3, 23), QDate(2021, 7, 18),
                       QCoreApplication::translate("TrendAnalysis",
                                                   "COVID-19 restrictions in England (first lockdown "
                                                   "23 March 2020 to step 4, 19 July 2021)")}};
}

QList<FarringtonPoint> TrendSeriesResult::flags() const
{
    QList<FarringtonPoint> out;
    for (const FarringtonPoint &p : emerging)
        if (p.alarm)
            out << p;
    return out;
}

bool TrendAnalysis::run(Workspace &workspace, const TrendOptions &options, TrendResult *result,
                        QString *error)
{
    HarmData data;
    HarmTable table;
    // All history up to the range's end: the baselines and the forecast use it.
    if (!HarmAnalysis::load(workspace.database(), QDate(), options.to, &data, &table, error,
                            TrendSeriesBuilder::reading(options.period, options.split, options.from)))
        return false;
    std::optional<BoundarySet> boundaries;
    PlaceHarm::AreaLookup areaOf;
    if (options.split == TrendSplit::Area) {
        const QString path =
            options.boundariesPath.isEmpty() ? GeoResources::localAuthoritiesPath() : options.boundariesPath;
        boundaries = BoundarySet::loadGeoJson(path, error);
        if (!boundaries)
            return false;
        areaOf = HarmAnalysis::areaLookup(*boundaries);
    }
    if (options.split == TrendSplit::Network)
        HarmAnalysis::findNetworks(workspace.entityRecords(), workspace.linkRecords(), &data);
    analyse(data, table, options, areaOf, result);
    return true;
}

void TrendAnalysis::analyse(const HarmData &data, const HarmTable &table, const TrendOptions &options,
                            const PlaceHarm::AreaLookup &areaOf, TrendResult *result,
                            const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    TrendResult &r = *result;
    r = TrendResult();
    r.options = options;
    r.harmTable =
        table.edition.isEmpty() ? table.title : QStringLiteral("%1, %2").arg(table.title, table.edition);
    r.harmUnit = table.unit;
    const bool weekly = options.period == TrendPeriod::Week;
    r.set =
        TrendSeriesBuilder::build(data, table, options.period, options.split, QDate(), options.to, areaOf);
    const TrendSeriesSet &set = r.set;
    r.farrington = weekly ? FarringtonOptions::weekly() : FarringtonOptions::monthly();
    const int f = r.farrington.frequency;
    const int horizon = options.forecastHorizon > 0 ? options.forecastHorizon : weekly ? 26 : 6;
    const int origins = weekly ? 26 : 12;

    // The complete periods, and the range [from, to] in whole periods.
    int lastComplete = int(set.complete.lastIndexOf(true));
    Span range;
    if (lastComplete >= 0) {
        range.last = lastComplete;
        range.first = options.from.isValid()
                          ? int(std::lower_bound(set.starts.begin(), set.starts.end(), options.from) -
                                set.starts.begin())
                          : std::max(0, lastComplete - (weekly ? 25 : 5));
        if (range.first > range.last)
            range = Span();
    }
    QList<int> evaluate;
    if (range.first >= 0) {
        const int first =
            options.emergingPeriods > 0 ? std::max(0, range.last - options.emergingPeriods + 1) : range.first;
        for (int i = first; i <= range.last; ++i)
            evaluate << i;
    }
    std::vector<bool> excluded(size_t(set.starts.size()), false);
    if (options.useBreaks) {
        for (int i = 0; i < set.starts.size(); ++i) {
            const QDate start = set.starts.at(i);
            const QDate end = TrendSeriesBuilder::nextStart(set.period, start).addDays(-1);
            for (const TrendBreak &b : options.breaks)
                if (start <= b.to && end >= b.from)
                    excluded[size_t(i)] = true;
        }
    }

    auto analyseOne = [&](const TrendSeries &s, bool forecast) {
        TrendSeriesResult out;
        out.series = s;
        out.range = compare(set, s, range, f);
        if (lastComplete >= 0)
            out.latest = compare(set, s, Span{lastComplete, lastComplete}, f);
        const std::vector<double> counts(s.counts.begin(), s.counts.begin() + (lastComplete + 1));
        out.emerging = Farrington::run(counts, evaluate, r.farrington, excluded);
        if (forecast)
            out.forecast = TrendForecast::run(counts, f, horizon, origins);
        else
            out.forecast.reason =
                tr("forecasts are computed for the %1 largest series only").arg(options.forecastSplits);
        return out;
    };
    r.total = analyseOne(set.total, true);
    for (int k = 0; k < set.series.size(); ++k) {
        if (cancel && cancel->load()) {
            r.cancelled = true;
            return;
        }
        r.series << analyseOne(set.series.at(k), k < options.forecastSplits);
        if (progress)
            progress(double(k + 1) / double(set.series.size() + 1));
    }

    // How each break shows in the total series, and what leaving it out of the baselines changes.
    const std::vector<double> totalCounts(set.total.counts.begin(),
                                          set.total.counts.begin() + (lastComplete + 1));
    if (options.useBreaks && !options.breaks.isEmpty()) {
        const QList<FarringtonPoint> kept = Farrington::run(totalCounts, evaluate, r.farrington);
        r.flagsWithoutBreaks = 0;
        for (const FarringtonPoint &p : kept)
            r.flagsWithoutBreaks += p.alarm ? 1 : 0;
    }
    for (const TrendBreak &b : options.breaks) {
        QList<int> inside;
        for (int i = 0; i <= lastComplete; ++i)
            if (set.starts.at(i) <= b.to &&
                TrendSeriesBuilder::nextStart(set.period, set.starts.at(i)).addDays(-1) >= b.from)
                inside << i;
        if (inside.isEmpty())
            continue;
        // Each period of the break against its own baseline (history before it): the falls.
        const QList<FarringtonPoint> during = Farrington::run(totalCounts, inside, r.farrington);
        int falls = 0, lowest = -1;
        double lowestRatio = 0;
        for (const FarringtonPoint &p : during) {
            if (!p.computed)
                continue;
            falls += p.fall ? 1 : 0;
            const double ratio = p.expected > 0 ? p.observed / p.expected : 0;
            if (lowest < 0 || ratio < lowestRatio) {
                lowest = p.index;
                lowestRatio = ratio;
            }
        }
        QString note = tr("%1: %2 of its %3 periods fell below the lower bound of their baseline")
                           .arg(b.label)
                           .arg(falls)
                           .arg(inside.size());
        if (lowest >= 0)
            note += tr("; the deepest, %1, had %2 incidents, %3% of the %4 expected")
                        .arg(set.periodLabel(lowest))
                        .arg(set.total.counts.at(lowest))
                        .arg(100 * lowestRatio, 0, 'f', 0)
                        .arg(during.at(inside.indexOf(lowest)).expected, 0, 'f', 0);
        if (options.useBreaks)
            note +=
                tr(". Its periods are left out of every emerging-trend baseline, so the recovery after it is "
                   "judged against the years before it");
        if (r.flagsWithoutBreaks >= 0)
            note += tr(" (with the break kept in the baselines, %1 of the %2 evaluated periods of the total "
                       "would "
                       "be flagged, against %3 with it left out)")
                        .arg(r.flagsWithoutBreaks)
                        .arg(evaluate.size())
                        .arg(r.total.flags().size());
        r.breakNotes << note;
    }

    r.method =
        tr("Counts, value (sum of value_gbp) and harm (%1 weights; unit %2) per %3. Emerging: %4. "
           "Predicted: %5")
            .arg(r.harmTable, r.harmUnit, TrendSeriesBuilder::name(options.period), r.farrington.describe(),
                 r.total.forecast.method.isEmpty() ? TrendForecast::run({}, f, horizon, origins).method
                                                   : r.total.forecast.method);
    r.caveats << tr("Retailer-recorded shop theft depends on how hard security staff look and how much is "
                    "reported: a "
                    "change in recording looks like a change in crime.")
              << tr("Rates per store divide by the stores (places) with at least one incident in the data, "
                    "not by all "
                    "of a retailer's stores: a retailer with many quiet stores looks worse than it is.")
              << tr("A period the data end inside is incomplete: it is shown but never judged or forecast.")
              << tr("Emerging flags are one-sided at %1 per period and series: with many series and periods "
                    "some flags "
                    "are expected by chance; read the evidence (expected, upper bound) of each.")
                     .arg(r.farrington.alpha)
              << tr("Harm sums only offences the harm table weights; unweighted incidents are counted but "
                    "add no harm.");
    if (options.split == TrendSplit::Network)
        r.caveats
            << tr("Network split: an incident with offenders in several networks counts in each (%1 such "
                  "incidents).")
                   .arg(set.multiCounted);
    if (set.undated > 0)
        r.caveats << tr("%1 incidents have no readable date and are left out.").arg(set.undated);
}

QJsonObject TrendResult::toJson() const
{
    QJsonArray periods, complete, breaks, seriesArray;
    for (int i = 0; i < set.starts.size(); ++i) {
        periods.append(set.periodLabel(i));
        complete.append(set.complete.at(i));
    }
    for (const TrendBreak &b : options.breaks)
        breaks.append(QJsonObject{{QStringLiteral("from"), b.from.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), b.to.toString(Qt::ISODate)},
                                  {QStringLiteral("label"), b.label},
                                  {QStringLiteral("left_out_of_baselines"), options.useBreaks}});
    for (const TrendSeriesResult &s : series)
        seriesArray.append(seriesJson(s, set));
    QJsonObject o{
        {QStringLiteral("by"), TrendSeriesBuilder::name(options.period)},
        {QStringLiteral("split"), TrendSeriesBuilder::name(options.split)},
        {QStringLiteral("from"), options.from.isValid() ? options.from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), options.to.isValid() ? options.to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("periods"), periods},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("harm_table"), harmTable},
        {QStringLiteral("harm_unit"), harmUnit},
        {QStringLiteral("method"), method},
        {QStringLiteral("emerging_method"), farrington.describe()},
        {QStringLiteral("forecast_method"), total.forecast.method},
        {QStringLiteral("caveats"), QJsonArray::fromStringList(caveats)},
        {QStringLiteral("breaks"), breaks},
        {QStringLiteral("break_notes"), QJsonArray::fromStringList(breakNotes)},
        {QStringLiteral("undated_incidents"), set.undated},
        {QStringLiteral("total"), seriesJson(total, set)},
        {QStringLiteral("series"), seriesArray}};
    if (flagsWithoutBreaks >= 0)
        o.insert(QStringLiteral("total_flags_with_breaks_in_baselines"), flagsWithoutBreaks);
    return o;
}

} // namespace fc
