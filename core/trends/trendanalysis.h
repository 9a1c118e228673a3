#pragma once

#include "trends/etsforecast.h"
#include "trends/farrington.h"
#include "trends/trendseries.h"

#include <QJsonObject>

namespace fc {

class Workspace;

/** A period range left out of every emerging-trend baseline (a known break in recording or behaviour). */
struct TrendBreak
{
    QDate from, to;
    QString label;
};

/** What to analyse. */
struct TrendOptions
{
    TrendPeriod period = TrendPeriod::Month;
    TrendSplit split = TrendSplit::None;
    QDate from, to;            // the range shown (and compared); history before from is still used
    int emergingPeriods = 0;   // periods evaluated for emerging trends (0 = those in [from, to], else the last 6 months / 13 weeks)
    int forecastHorizon = 0;   // 0 = six months (6 or 26 weeks)
    int forecastSplits = 25;   // forecasts for this many of the largest split series (0 = none)
    bool useBreaks = true;     // leave the breaks out of the emerging-trend baselines
    QList<TrendBreak> breaks = defaultBreaks();
    QString boundariesPath;    // area split: a GeoJSON of areas (empty = the bundled local authorities)

    /** The COVID-19 restrictions in England, 23 March 2020 to 18 July 2021. */
    static QList<TrendBreak> defaultBreaks();
};

/** Sums over a date range against the previous range of the same length and the same range a year before. */
struct TrendComparison
{
    QDate from, to, previousFrom, previousTo, lastYearFrom, lastYearTo;
    // NaN where the data do not reach back that far.
    double count = 0, previousCount = 0, lastYearCount = 0;
    double value = 0, previousValue = 0, lastYearValue = 0;
    double harm = 0, previousHarm = 0, lastYearHarm = 0;
    qint64 stores = 0;         // distinct places in the series (rates per store)
    double countPerStore = 0, harmPerStore = 0;
};

/** Everything about one series. */
struct TrendSeriesResult
{
    TrendSeries series;
    TrendComparison range;     // [from, to] against the previous range and last year
    TrendComparison latest;    // the last complete period against the previous period and last year
    QList<FarringtonPoint> emerging; // the evaluated periods
    QList<FarringtonPoint> flags() const; // those with alarm
    ForecastResult forecast;
};

/** A whole trends analysis: the series and what the methods say about each. */
struct TrendResult
{
    TrendOptions options;
    TrendSeriesSet set;
    QString harmTable, harmUnit;
    FarringtonOptions farrington;
    TrendSeriesResult total;
    QList<TrendSeriesResult> series; // parallel to set.series
    QString method;          // the methods, parameters and caveats, in words
    QStringList caveats;
    QStringList breakNotes;  // how each known break shows in the total series
    int flagsWithoutBreaks = -1; // total series: flags there would be with the breaks kept in the baselines

    QJsonObject toJson() const;
};

/**
 * Current, emerging and predicted trends: the entry point of the CLI, the workstation's Trends pane
 * and the six-monthly assessment. Reads the incidents (core/analysis HarmAnalysis: places located,
 * the active harm table), builds the series, compares the range with the previous one and last
 * year, flags emerging rises by the improved Farrington method (known breaks left out of the
 * baselines) and forecasts six months by ETS(A,Ad,A) or seasonal-naive after a rolling-origin
 * back-test. Runs on any thread with its own Database connection.
 */
class TrendAnalysis
{
public:
    /** Reads the workspace (all history up to options.to) and analyses it; false + *error on failure. */
    static bool run(Workspace &workspace, const TrendOptions &options, TrendResult *result, QString *error);
    /** The same on data already read (HarmData located; networks filled for the network split). */
    static void analyse(const HarmData &data, const HarmTable &table, const TrendOptions &options,
                        const PlaceHarm::AreaLookup &areaOf, TrendResult *result);
};

} // namespace fc
