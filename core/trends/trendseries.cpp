#include "trends/trendseries.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrendSeries", text);
}

// The date of an ISO date(-time) text without QDate::fromString (a million of them are read).
QDate parseDate(const QString &text)
{
    if (text.size() < 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return {};
    auto digits = [&](int at, int count) {
        int v = 0;
        for (int i = at; i < at + count; ++i) {
            const int d = text.at(i).unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            v = v * 10 + d;
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return {};
    return QDate(y, m, d);
}

// The hour of an ISO date-time text, or -1 when it holds no time.
int parseHour(const QString &text)
{
    if (text.size() < 13 || (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')))
        return -1;
    const int a = text.at(11).unicode() - '0', b = text.at(12).unicode() - '0';
    if (a < 0 || a > 2 || b < 0 || b > 9 || a * 10 + b > 23)
        return -1;
    return a * 10 + b;
}

} // namespace

qint64 TrendSeries::total() const
{
    double t = 0;
    for (double c : counts)
        t += c;
    return qint64(t);
}

int TrendSeriesSet::indexOf(const QDate &date) const
{
    if (!date.isValid() || starts.isEmpty())
        return -1;
    const QDate start = TrendSeriesBuilder::periodStart(period, date);
    const auto it = std::lower_bound(starts.begin(), starts.end(), start);
    return it != starts.end() && *it == start ? int(it - starts.begin()) : -1;
}

QString TrendSeriesSet::periodLabel(int index) const
{
    if (index < 0 || index >= starts.size())
        return QString();
    const QDate d = starts.at(index);
    if (period == TrendPeriod::Month)
        return d.toString(QStringLiteral("yyyy-MM"));
    int year = 0;
    const int week = d.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

std::optional<TrendSplit> TrendSeriesBuilder::splitFromName(const QString &name)
{
    for (TrendSplit s : {TrendSplit::None, TrendSplit::Offence, TrendSplit::Retailer, TrendSplit::Area,
                         TrendSplit::Network, TrendSplit::Hour, TrendSplit::Weekday})
        if (TrendSeriesBuilder::name(s) == name)
            return s;
    return std::nullopt;
}

QString TrendSeriesBuilder::name(TrendSplit split)
{
    switch (split) {
    case TrendSplit::None:
        return QStringLiteral("none");
    case TrendSplit::Offence:
        return QStringLiteral("offence");
    case TrendSplit::Retailer:
        return QStringLiteral("retailer");
    case TrendSplit::Area:
        return QStringLiteral("area");
    case TrendSplit::Network:
        return QStringLiteral("network");
    case TrendSplit::Hour:
        return QStringLiteral("hour");
    case TrendSplit::Weekday:
        return QStringLiteral("weekday");
    }
    return QString();
}

HarmData::Reading TrendSeriesBuilder::reading(TrendPeriod period, TrendSplit split, const QDate &from)
{
    switch (split) {
    case TrendSplit::Network:
        return HarmData::Reading::PerIncident; // each incident's offenders
    case TrendSplit::Hour:
        return HarmData::Reading::GroupedByHour;
    case TrendSplit::Weekday:
        return HarmData::Reading::GroupedByDay;
    default:
        // Months by month unless the range starts inside one (weeks by day). The latest date of each
        // month group gives the data's last date and whether every date is a 1st, as one by one.
        if (period == TrendPeriod::Month && (!from.isValid() || from.day() == 1))
            return HarmData::Reading::GroupedByMonthLatest;
        return HarmData::Reading::GroupedByDay;
    }
}

QString TrendSeriesBuilder::name(TrendPeriod period)
{
    return period == TrendPeriod::Week ? QStringLiteral("week") : QStringLiteral("month");
}

QDate TrendSeriesBuilder::periodStart(TrendPeriod period, const QDate &date)
{
    if (!date.isValid())
        return {};
    if (period == TrendPeriod::Month)
        return QDate(date.year(), date.month(), 1);
    return date.addDays(1 - date.dayOfWeek());
}

QDate TrendSeriesBuilder::nextStart(TrendPeriod period, const QDate &start)
{
    return period == TrendPeriod::Month ? start.addMonths(1) : start.addDays(7);
}

TrendSeriesSet TrendSeriesBuilder::build(const HarmData &data, const HarmTable &table, TrendPeriod period,
                                         TrendSplit split, const QDate &from, const QDate &to,
                                         const PlaceHarm::AreaLookup &areaOf, const QDate &end)
{
    TrendSeriesSet set;
    set.period = period;
    set.split = split;
    set.total.key = QStringLiteral("total");
    set.total.label = tr("All incidents");

    // Pass 1: each incident's date and period ordinal (month number or Monday's Julian day / 7).
    const qsizetype n = data.incidents.size();
    std::vector<qint64> ordinal(size_t(n), -1);
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    QDate last;
    bool monthOnly = true; // every date on the 1st: a source that gives months only (data.police.uk)
    auto ordinalOf = [period](const QDate &d) -> qint64 {
        if (period == TrendPeriod::Month)
            return qint64(d.year()) * 12 + d.month() - 1;
        return (d.toJulianDay() - (d.dayOfWeek() - 1)) / 7;
    };
    std::vector<int> hourOf, weekdayOf;
    if (split == TrendSplit::Hour)
        hourOf.assign(size_t(n), -1);
    if (split == TrendSplit::Weekday)
        weekdayOf.assign(size_t(n), 0);
    // A grouped reading shares one date string between many incidents (a month's 1st): such a run is
    // parsed once.
    const QChar *lastText = nullptr;
    qsizetype lastSize = -1;
    QDate d;
    qint64 o = -1;
    bool firstOfMonth = false;
    for (qsizetype k = 0; k < n; ++k) {
        const QString &text = data.incidents.at(k).occurredAt;
        if (text.constData() != lastText || text.size() != lastSize) {
            lastText = text.constData();
            lastSize = text.size();
            d = parseDate(text);
            o = d.isValid() ? ordinalOf(d) : -1;
            firstOfMonth = d.isValid() && d.day() == 1;
        }
        if (!d.isValid()) {
            set.undated += data.incidents.at(k).count;
            continue;
        }
        if ((from.isValid() && d < from) || (to.isValid() && d > to))
            continue;
        ordinal[size_t(k)] = o;
        lo = std::min(lo, o);
        hi = std::max(hi, o);
        monthOnly = monthOnly && firstOfMonth;
        if (!last.isValid() || d > last)
            last = d;
        if (split == TrendSplit::Hour)
            hourOf[size_t(k)] = parseHour(text);
        if (split == TrendSplit::Weekday)
            weekdayOf[size_t(k)] = d.dayOfWeek();
    }
    // The periods: from the range's ends when given, else from the data's.
    if (from.isValid())
        lo = std::min(lo, ordinalOf(from));
    if (to.isValid())
        hi = std::max(hi, ordinalOf(to));
    if (lo > hi)
        return set;
    const int periods = int(hi - lo + 1);
    QDate start = period == TrendPeriod::Month ? QDate(int(lo / 12), int(lo % 12) + 1, 1)
                                               : QDate::fromJulianDay(lo * 7);
    // (Monday's Julian day is a multiple of 7 plus 0: Julian day 0 was a Monday.)
    // Without an end given, the data end on the last incident's date; a source that dates by month
    // only covers the whole of its last month.
    QDate dataEnd = end.isValid() ? end : to.isValid() ? to : last;
    if (!end.isValid() && !to.isValid() && monthOnly && last.isValid())
        dataEnd = last.addMonths(1).addDays(-1);
    for (int p = 0; p < periods; ++p) {
        set.starts << start;
        const QDate next = nextStart(period, start);
        set.complete << (dataEnd.isValid() && next.addDays(-1) <= dataEnd);
        start = next;
    }
    auto blank = [periods](TrendSeries &s) {
        s.counts = QList<double>(periods, 0);
        s.values = QList<double>(periods, 0);
        s.harms = QList<double>(periods, 0);
        s.unweightedCounts = QList<double>(periods, 0);
    };
    blank(set.total);

    QHash<QString, std::optional<double>> weightOf;
    QHash<QString, int> seriesOf;
    std::vector<QSet<qint64>> storesOf; // distinct places per split series
    QSet<qint64> allStores;
    auto seriesIndex = [&](const QString &key, const QString &label) {
        auto it = seriesOf.constFind(key);
        if (it == seriesOf.constEnd()) {
            TrendSeries s;
            s.key = key;
            s.label = label;
            blank(s);
            it = seriesOf.insert(key, int(set.series.size()));
            set.series << s;
            storesOf.emplace_back();
        }
        return *it;
    };
    // Incidents come in runs of one place (a grouped reading's order) and of one offence string: the
    // hash look-ups below are made once per run.
    std::vector<qint64> lastStoreOf; // per split series, the place last added to storesOf
    qint64 lastStore = 0, lastAreaPlace = 0;
    int lastAreaSeries = -1;
    const QChar *lastOffence = nullptr;
    qsizetype lastOffenceSize = -1;
    std::optional<double> weight;
    QHash<qint64, int> seriesOfPlace; // area split: each place's series, once found
    QHash<QString, std::pair<QString, QString>> areaCache;
    const QLocale c = QLocale::c();
    QList<int> targets;
    for (qsizetype k = 0; k < n; ++k) {
        if (ordinal[size_t(k)] < 0)
            continue;
        const HarmIncident &i = data.incidents.at(k);
        const int p = int(ordinal[size_t(k)] - lo);
        if (i.offence.constData() != lastOffence || i.offence.size() != lastOffenceSize) {
            lastOffence = i.offence.constData();
            lastOffenceSize = i.offence.size();
            auto wIt = weightOf.constFind(i.offence);
            if (wIt == weightOf.constEnd())
                wIt = weightOf.insert(i.offence, table.weight(i.offence));
            weight = *wIt;
        }
        // A grouped reading's incident stands for count incidents of one offence (value already summed).
        const double count = double(i.count);
        const double harm = weight.value_or(0) * count;
        const double unweighted = weight ? 0 : count;
        auto add = [&](TrendSeries &s) {
            s.counts[p] += count;
            s.values[p] += i.valueGbp;
            s.harms[p] += harm;
            s.unweightedCounts[p] += unweighted;
        };
        add(set.total);
        if (i.placeId != 0 && i.placeId != lastStore) {
            allStores.insert(i.placeId);
            lastStore = i.placeId;
        }
        targets.clear();
        switch (split) {
        case TrendSplit::None:
            break;
        case TrendSplit::Offence:
            targets << seriesIndex(i.offence, i.offence.isEmpty() ? tr("(no offence)") : i.offence);
            break;
        case TrendSplit::Retailer:
            targets << seriesIndex(i.organisation,
                                   i.organisation.isEmpty() ? tr("(no organisation)") : i.organisation);
            break;
        case TrendSplit::Area: {
            if (i.placeId != 0 && i.placeId == lastAreaPlace) {
                targets << lastAreaSeries;
                break;
            }
            if (i.placeId != 0) {
                const auto cached = seriesOfPlace.constFind(i.placeId);
                if (cached != seriesOfPlace.constEnd()) {
                    lastAreaPlace = i.placeId;
                    lastAreaSeries = *cached;
                    targets << *cached;
                    break;
                }
            }
            const std::optional<QPointF> bng =
                k < data.incidentBng.size() ? data.incidentBng.at(k) : std::nullopt;
            int s;
            if (!bng || !areaOf) {
                s = seriesIndex(QString(), tr("(unlocated)"));
            } else {
                const QString cell =
                    QStringLiteral("%1,%2").arg(bng->x(), 0, 'f', 0).arg(bng->y(), 0, 'f', 0);
                auto aIt = areaCache.constFind(cell);
                if (aIt == areaCache.constEnd())
                    aIt = areaCache.insert(cell, areaOf(*bng));
                s = aIt->first.isEmpty() ? seriesIndex(QStringLiteral("-"), tr("(outside every area)"))
                                         : seriesIndex(aIt->first, aIt->second);
            }
            // Incidents at a located place share its area; at an unlocated one, its "(unlocated)".
            const auto placeIt = data.places.constFind(i.placeId);
            if (placeIt != data.places.constEnd()) {
                seriesOfPlace.insert(i.placeId, s);
                lastAreaPlace = i.placeId;
                lastAreaSeries = s;
            }
            targets << s;
            break;
        }
        case TrendSplit::Network: {
            for (qint64 person : data.offenders.value(i.id)) {
                const auto it = data.networkOfOffender.constFind(person);
                if (it == data.networkOfOffender.constEnd())
                    continue;
                const int s = seriesIndex(it->first, it->second);
                if (!targets.contains(s))
                    targets << s;
            }
            if (targets.isEmpty())
                targets << seriesIndex(QString(), tr("(no network)"));
            if (targets.size() > 1)
                set.multiCounted += i.count;
            break;
        }
        case TrendSplit::Hour: {
            const int h = hourOf[size_t(k)];
            targets << (h < 0 ? seriesIndex(QString(), tr("(no time of day)"))
                              : seriesIndex(QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0')),
                                            QStringLiteral("%1:00-%1:59").arg(h, 2, 10, QLatin1Char('0'))));
            break;
        }
        case TrendSplit::Weekday: {
            const int d = weekdayOf[size_t(k)];
            targets << seriesIndex(QString::number(d), c.dayName(d));
            break;
        }
        }
        for (int s : std::as_const(targets)) {
            add(set.series[s]);
            if (lastStoreOf.size() <= size_t(s))
                lastStoreOf.resize(size_t(s) + 1, 0);
            if (i.placeId != 0 && i.placeId != lastStoreOf[size_t(s)]) {
                storesOf[size_t(s)].insert(i.placeId);
                lastStoreOf[size_t(s)] = i.placeId;
            }
        }
    }
    set.total.stores = allStores.size();
    for (qsizetype s = 0; s < set.series.size(); ++s)
        set.series[s].stores = storesOf[size_t(s)].size();
    std::stable_sort(set.series.begin(), set.series.end(),
                     [split](const TrendSeries &a, const TrendSeries &b) {
                         if (split == TrendSplit::Hour || split == TrendSplit::Weekday)
                             return a.key.isEmpty() != b.key.isEmpty() ? !a.key.isEmpty()
                                                                       : a.key < b.key; // in clock order
                         const qint64 ta = a.total(), tb = b.total();
                         return ta != tb ? ta > tb : a.label < b.label;
                     });
    return set;
}

} // namespace fc
