#pragma once

#include "analysis/harmdata.h"
#include "analysis/harmtable.h"
#include "analysis/placeharm.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

/** The unit of time of a trend series. */
enum class TrendPeriod { Week, Month };

/** How a trend is split into series of its own (None: the total only). */
enum class TrendSplit { None, Offence, Retailer, Area, Network, Hour, Weekday };

/** One series: counts, value (GBP) and harm per period, parallel to TrendSeriesSet::starts. */
struct TrendSeries
{
    QString key; // offence, organisation, area code, network key, "07" (hour), "1".."7" (Monday = 1)
    QString label;
    QList<double> counts;
    QList<double> values;           // sum of value_gbp
    QList<double> harms;            // sum of the harm table's weights (unweighted offences add none)
    QList<double> unweightedCounts; // incidents whose offence has no weight (not in harms)
    qint64 stores = 0;              // distinct places with an incident in the whole series (benchmarking)
    qint64 total() const;           // all incidents over all periods
};

/**
 * Incidents counted per week (ISO weeks, starting Monday) or calendar month, in total and split by
 * offence, retailer (reporting organisation), area (local authority through the caller's lookup),
 * offender network, hour of the day or day of the week. Every period from the first to the last is
 * present (zeros included) so that the series are regular for the surveillance and forecast methods.
 */
struct TrendSeriesSet
{
    TrendPeriod period = TrendPeriod::Month;
    TrendSplit split = TrendSplit::None;
    QList<QDate> starts;  // first day of each period
    QList<bool> complete; // false for a period the data (or --to) ends inside
    TrendSeries total;
    QList<TrendSeries> series; // the splits, by total count descending (empty for None)
    qint64 undated = 0;        // incidents with no readable date (left out, and said)
    qint64 multiCounted = 0;   // network split: incidents counted in more than one network

    int indexOf(const QDate &date) const; // index of the period holding date, or -1
    QString periodLabel(int index) const; // "2021-04" or "2021-W14"
};

/** Builds TrendSeriesSet from the incidents the harm analyses read (core/analysis HarmData). */
class TrendSeriesBuilder
{
public:
    static std::optional<TrendSplit> splitFromName(const QString &name);
    static QString name(TrendSplit split);
    static QString name(TrendPeriod period);
    /**
     * How to read the incidents for a trend: grouped per place, organisation, offence and day (hour
     * for the hour split), counts and value sums in one aggregate; one by one for the network split
     * only (each incident's offenders). build() gives the same series from either.
     */
    static HarmData::Reading reading(TrendPeriod period, TrendSplit split, const QDate &from = {});
    /** The first day of the period holding date. */
    static QDate periodStart(TrendPeriod period, const QDate &date);
    /** The first day of the period after the one starting at start. */
    static QDate nextStart(TrendPeriod period, const QDate &start);

    /**
     * The series of the incidents with from <= date <= to (either open). data.incidentBng must be
     * filled (HarmData::locate) for the area split; data.networkOfOffender for the network split.
     * end: the last day the data can cover (the last period is complete when it ends on or before
     * it); invalid = to, else the last incident's date (the end of its month when every date is a
     * 1st: a source dated by month only, as data.police.uk).
     */
    static TrendSeriesSet build(const HarmData &data, const HarmTable &table, TrendPeriod period,
                                TrendSplit split, const QDate &from = {}, const QDate &to = {},
                                const PlaceHarm::AreaLookup &areaOf = {}, const QDate &end = {});
};

} // namespace fc
