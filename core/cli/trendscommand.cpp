#include "cli/trendscommand.h"

#include "store/workspace.h"
#include "trends/trendanalysis.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TrendsCommand", text);
}

QString change(double now, double before)
{
    if (!std::isfinite(now) || !std::isfinite(before))
        return QStringLiteral("-");
    if (before <= 0)
        return now > 0 ? QStringLiteral("new") : QStringLiteral("0%");
    return QStringLiteral("%1%2%").arg(now >= before ? QStringLiteral("+") : QString()).arg(100 * (now - before) / before, 0, 'f', 0);
}

QString count(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 0) : QStringLiteral("-");
}

} // namespace

QString TrendsCommand::summary() const
{
    return tr("Current, emerging and predicted trends: series, Farrington flags, forecast with back-test.");
}

void TrendsCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("by"), tr("week or month (default)."), QStringLiteral("PERIOD"),
                                        QStringLiteral("month")));
    parser.addOption(QCommandLineOption(QStringLiteral("split"),
        tr("offence, retailer, area (local authority), network (offender networks), hour or weekday."),
        QStringLiteral("SPLIT")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("First date shown and compared (history before it is still used)."),
                                        QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last date (inclusive; later incidents are left out)."),
                                        QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("boundaries"),
        tr("--split area: a GeoJSON of areas (properties code, name) instead of the bundled local authorities."),
        QStringLiteral("FILE")));
    parser.addOption(QCommandLineOption(QStringLiteral("break"),
        tr("A known break left out of the emerging-trend baselines, FROM:TO (repeatable; replaces the default, "
           "the 2020-21 COVID-19 restrictions)."), QStringLiteral("yyyy-MM-dd:yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-breaks"), tr("Keep every period in the baselines.")));
    parser.addOption(QCommandLineOption(QStringLiteral("forecast-splits"),
        tr("Forecast only the N largest split series (default 25; forecasts are the slow part)."), QStringLiteral("N")));
}

int TrendsCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    TrendOptions options;
    const QString by = parser.value(QStringLiteral("by"));
    if (by == QLatin1String("week"))
        options.period = TrendPeriod::Week;
    else if (by != QLatin1String("month"))
        return io.fail(tr("trends: --by must be week or month"), 2);
    if (parser.isSet(QStringLiteral("split"))) {
        const auto split = TrendSeriesBuilder::splitFromName(parser.value(QStringLiteral("split")));
        if (!split)
            return io.fail(tr("trends: --split must be offence, retailer, area, network, hour or weekday"), 2);
        options.split = *split;
    }
    auto date = [&](const QString &option, QDate *out) {
        if (!parser.isSet(option))
            return true;
        *out = QDate::fromString(parser.value(option), Qt::ISODate);
        return out->isValid();
    };
    if (!date(QStringLiteral("from"), &options.from) || !date(QStringLiteral("to"), &options.to))
        return io.fail(tr("trends: --from and --to must be dates yyyy-MM-dd"), 2);
    if (options.from.isValid() && options.to.isValid() && options.from > options.to)
        return io.fail(tr("trends: --from is after --to"), 2);
    options.boundariesPath = parser.value(QStringLiteral("boundaries"));
    if (parser.isSet(QStringLiteral("break"))) {
        options.breaks.clear();
        for (const QString &text : parser.values(QStringLiteral("break"))) {
            const QStringList parts = text.split(QLatin1Char(':'));
            const QDate a = QDate::fromString(parts.value(0), Qt::ISODate), b = QDate::fromString(parts.value(1), Qt::ISODate);
            if (parts.size() != 2 || !a.isValid() || !b.isValid() || a > b)
                return io.fail(tr("trends: --break \"%1\" is not FROM:TO (two dates yyyy-MM-dd, in order)").arg(text), 2);
            options.breaks << TrendBreak{a, b, tr("break %1 to %2").arg(parts.at(0), parts.at(1))};
        }
    }
    options.useBreaks = !parser.isSet(QStringLiteral("no-breaks"));
    if (!options.useBreaks)
        options.breaks.clear();
    if (parser.isSet(QStringLiteral("forecast-splits"))) {
        bool ok = false;
        options.forecastSplits = parser.value(QStringLiteral("forecast-splits")).toInt(&ok);
        if (!ok || options.forecastSplits < 0)
            return io.fail(tr("trends: --forecast-splits must be a whole number, 0 or more"), 2);
    }

    TrendResult r;
    QString error;
    if (!TrendAnalysis::run(workspace, options, &r, &error))
        return io.fail(QStringLiteral("trends: %1").arg(error));
    if (io.json) {
        io.writeJson(QJsonDocument(r.toJson()));
        return 0;
    }
    const TrendSeriesSet &set = r.set;
    if (set.starts.isEmpty()) {
        io.out << tr("No dated incidents in the range.") << Qt::endl;
        return 0;
    }
    io.out << tr("Trends by %1%2, %3 to %4 (harm: %5, %6)")
                  .arg(TrendSeriesBuilder::name(options.period),
                       options.split == TrendSplit::None ? QString() : tr(", split by %1").arg(TrendSeriesBuilder::name(options.split)),
                       set.periodLabel(0), set.periodLabel(int(set.starts.size()) - 1), r.harmTable, r.harmUnit)
           << Qt::endl;
    // The total's periods in the range.
    const TrendSeriesResult &t = r.total;
    io.out << QStringLiteral("%1 %2 %3 %4").arg(tr("period"), -10).arg(tr("incidents"), 10).arg(tr("value £"), 12).arg(tr("harm"), 10)
           << Qt::endl;
    const int first = std::max(0, set.indexOf(t.range.from.isValid() ? t.range.from : set.starts.first()));
    for (int i = first; i < set.starts.size(); ++i)
        io.out << QStringLiteral("%1 %2 %3 %4%5").arg(set.periodLabel(i), -10).arg(set.total.counts.at(i), 10, 'f', 0)
                      .arg(set.total.values.at(i), 12, 'f', 2).arg(set.total.harms.at(i), 10, 'f', 1)
                      .arg(set.complete.at(i) ? QString() : tr("  (incomplete)"))
               << Qt::endl;
    io.out << Qt::endl << tr("Current picture (%1 to %2) against the previous period and the same period last year:")
                              .arg(t.range.from.toString(Qt::ISODate), t.range.to.toString(Qt::ISODate))
           << Qt::endl;
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                  .arg(tr("series"), -28).arg(tr("incidents"), 9).arg(tr("previous"), 9).arg(tr("change"), 7)
                  .arg(tr("last year"), 9).arg(tr("change"), 7).arg(tr("stores"), 7).arg(tr("per store"), 9)
           << Qt::endl;
    auto line = [&](const TrendSeriesResult &s) {
        const TrendComparison &c = s.range;
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                      .arg(s.series.label.left(28), -28).arg(count(c.count), 9).arg(count(c.previousCount), 9)
                      .arg(change(c.count, c.previousCount), 7).arg(count(c.lastYearCount), 9)
                      .arg(change(c.count, c.lastYearCount), 7).arg(c.stores, 7)
                      .arg(std::isfinite(c.countPerStore) ? QString::number(c.countPerStore, 'f', 2) : QStringLiteral("-"), 9)
               << Qt::endl;
    };
    line(t);
    for (const TrendSeriesResult &s : r.series)
        line(s);

    io.out << Qt::endl << tr("Emerging (flagged when the count exceeds the upper bound):") << Qt::endl;
    int flags = 0;
    auto flagLines = [&](const TrendSeriesResult &s) {
        for (const FarringtonPoint &p : s.emerging) {
            if (!p.alarm)
                continue;
            ++flags;
            io.out << tr("  FLAG %1 %2: observed %3, expected %4, upper bound %5 (score %6, p %7, dispersion %8)")
                          .arg(s.series.label, set.periodLabel(p.index)).arg(p.observed).arg(p.expected, 0, 'f', 1)
                          .arg(p.upperBound).arg(p.score, 0, 'f', 2).arg(p.pValue, 0, 'g', 3).arg(p.phi, 0, 'f', 2)
                   << Qt::endl;
        }
    };
    flagLines(t);
    for (const TrendSeriesResult &s : r.series)
        flagLines(s);
    if (flags == 0)
        io.out << tr("  no series is flagged") << Qt::endl;
    int notJudged = 0;
    for (const FarringtonPoint &p : t.emerging)
        notJudged += p.computed ? 0 : 1;
    if (notJudged > 0)
        io.out << tr("  total: %1 of %2 periods not judged: %3").arg(notJudged).arg(t.emerging.size())
                      .arg(t.emerging.first().computed ? t.emerging.last().reason : t.emerging.first().reason)
               << Qt::endl;
    for (const QString &note : r.breakNotes)
        io.out << QStringLiteral("  %1").arg(note) << Qt::endl;

    io.out << Qt::endl << tr("Predicted (total):") << Qt::endl;
    const ForecastResult &f = t.forecast;
    if (!f.computed) {
        io.out << QStringLiteral("  %1").arg(f.reason) << Qt::endl;
    } else {
        io.out << tr("  back-test (rolling origin, %1 origins, 1-%2 ahead): MASE ETS(A,Ad,A) %3, seasonal-naive %4: %5")
                      .arg(f.origins).arg(f.horizon).arg(f.maseModel, 0, 'f', 3).arg(f.maseNaive, 0, 'f', 3)
                      .arg(f.modelBeatsNaive ? tr("ETS shown") : tr("ETS does not beat seasonal-naive: seasonal-naive shown"))
               << Qt::endl;
        int last = int(set.complete.lastIndexOf(true));
        QDate start = set.starts.at(last);
        for (int h = 0; h < f.horizon; ++h) {
            start = TrendSeriesBuilder::nextStart(set.period, start);
            io.out << tr("  %1: %2 (80% %3-%4, 95% %5-%6)")
                          .arg(options.period == TrendPeriod::Month ? start.toString(QStringLiteral("yyyy-MM")) : start.toString(Qt::ISODate))
                          .arg(f.path.mean[size_t(h)], 0, 'f', 0).arg(f.path.lower80[size_t(h)], 0, 'f', 0)
                          .arg(f.path.upper80[size_t(h)], 0, 'f', 0).arg(f.path.lower95[size_t(h)], 0, 'f', 0)
                          .arg(f.path.upper95[size_t(h)], 0, 'f', 0)
                   << Qt::endl;
        }
    }
    io.out << Qt::endl << tr("Method: %1").arg(r.method) << Qt::endl;
    for (const QString &c : r.caveats)
        io.out << tr("Caveat: %1").arg(c) << Qt::endl;
    return 0;
}

} // namespace fc
