#include "assessment/assessmentbuilder.h"

#include "analysis/activityregister.h"
#include "analysis/concentration.h"
#include "analysis/harmanalysis.h"
#include "assessment/assessmentcharts.h"
#include "assessment/outcomecontext.h"
#include "offenders/interventionregister.h"
#include "offenders/motivationregister.h"
#include "offenders/offendinghistory.h"
#include "offenders/priorityscorer.h"
#include "offenders/prioritystore.h"
#include "offenders/workspaceharm.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "trends/trendanalysis.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace fc {

namespace {

/** Counts, harm and value of one period, with breakdowns. */
struct PeriodFigures
{
    QDate from, to;
    bool covered = true; // the data reaches back to the period's start
    qint64 incidents = 0;
    qint64 unweighted = 0;
    double harm = 0;
    double value = 0;
    QMap<QString, std::pair<qint64, double>> byOffence;      // incidents, harm
    QMap<QString, qint64> byMonth;                           // "yyyy-MM"
    QMap<QString, std::pair<qint64, double>> byOrganisation; // incidents, harm
};

PeriodFigures periodFigures(const HarmData &data, const HarmTable &table, const QDate &from, const QDate &to,
                            const QDate &firstDay)
{
    PeriodFigures f;
    f.from = from;
    f.to = to;
    f.covered = firstDay.isValid() && firstDay <= from;
    const QString a = from.toString(Qt::ISODate), b = to.addDays(1).toString(Qt::ISODate);
    for (const HarmIncident &i : data.incidents) {
        if (i.occurredAt < a || i.occurredAt >= b)
            continue;
        ++f.incidents;
        const std::optional<double> w = table.weight(i.offence);
        if (!w)
            ++f.unweighted;
        const double h = w.value_or(0);
        f.harm += h;
        f.value += i.valueGbp;
        const QString offence = i.offence.isEmpty() ? QStringLiteral("(none)") : i.offence;
        f.byOffence[offence].first += 1;
        f.byOffence[offence].second += h;
        f.byMonth[i.occurredAt.left(7)] += 1;
        f.byOrganisation[i.organisation].first += 1;
        f.byOrganisation[i.organisation].second += h;
    }
    return f;
}

QString number(double v, int decimals = 0)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(v, 'f', decimals);
}

QString change(double now, double before, bool covered = true)
{
    if (!covered)
        return QCoreApplication::translate("AssessmentBuilder", "no data");
    if (before == 0)
        return now == 0 ? QStringLiteral("0%") : QCoreApplication::translate("AssessmentBuilder", "new");
    const double pct = (now - before) / before * 100;
    return QStringLiteral("%1%2%").arg(pct > 0 ? QStringLiteral("+") : QString(), number(pct, 1));
}

/** "1 place", "3 places", "25 offenders". */
QString units(int n, const QString &unit)
{
    if (unit == QLatin1String("place"))
        return n == 1 ? QCoreApplication::translate("AssessmentBuilder", "1 place")
                      : QCoreApplication::translate("AssessmentBuilder", "%1 places").arg(n);
    return n == 1 ? QCoreApplication::translate("AssessmentBuilder", "1 offender")
                  : QCoreApplication::translate("AssessmentBuilder", "%1 offenders").arg(n);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString period(const QDate &from, const QDate &to)
{
    return QStringLiteral("%1 to %2").arg(day(from), day(to));
}

void analystText(ReportSection &s, const AssessmentOptions &options, const QString &id)
{
    const QString text = options.analystText.value(id).trimmed();
    if (text.isEmpty())
        return;
    s.subheading(QCoreApplication::translate("AssessmentBuilder", "Analyst's assessment"));
    for (const QString &para : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        s.paragraph(para.trimmed());
    s.subheading(QCoreApplication::translate("AssessmentBuilder", "Figures"));
}

} // namespace

QList<std::pair<QString, QString>> AssessmentBuilder::sections()
{
    return {{QStringLiteral("summary"), tr("Executive summary")},
            {QStringLiteral("current"), tr("Current picture")},
            {QStringLiteral("emerging"), tr("Emerging trends")},
            {QStringLiteral("predicted"), tr("Predicted trends")},
            {QStringLiteral("places"), tr("High-harm places")},
            {QStringLiteral("networks"), tr("Organised networks")},
            {QStringLiteral("offenders"), tr("Offender management")},
            {QStringLiteral("outcomes"), tr("Outcomes of previous activities")},
            {QStringLiteral("benchmarking"), tr("Benchmarking across retailers")},
            {QStringLiteral("changes"), tr("Changes since the last assessment")},
            {QStringLiteral("method"), tr("Method, data sources and grading")}};
}

std::optional<AssessmentResult> AssessmentBuilder::build(Workspace &workspace, const AssessmentOptions &options,
                                                         QString *error, const Progress &progress,
                                                         const std::atomic_bool *cancel)
{
    auto step = [&](int percent, const QString &what) {
        if (progress)
            progress(percent, what);
        if (cancel && cancel->load()) {
            if (error)
                *error = tr("the assessment was cancelled");
            return false;
        }
        return true;
    };
    if (!options.from.isValid() || !options.to.isValid() || options.to < options.from) {
        if (error)
            *error = tr("the assessment needs a period: --from and --to, from on or before to");
        return std::nullopt;
    }
    if (!step(0, tr("Reading the workspace")))
        return std::nullopt;
    OutcomeContext ctx;
    if (!ctx.load(workspace, error))
        return std::nullopt;

    AssessmentResult result;
    AssessmentRegister reg(workspace);
    result.previous = reg.lastPublished(options.to);
    QMap<QString, QString> titles;
    for (const auto &s : sections())
        titles.insert(s.first, s.second);

    ReportDocument &r = result.report;
    r.title = options.title.isEmpty() ? tr("Six-monthly assessment of retail crime") : options.title;
    r.marking = options.marking;
    r.subtitle = tr("Current, emerging and predicted trends, and the outcomes of activities");
    r.titleLines << tr("Period: %1").arg(period(options.from, options.to))
                 << tr("Produced %1 by %2 with FusionCell")
                        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                             workspace.userName().isEmpty() ? tr("(unnamed user)") : workspace.userName())
                 << tr("Handling: %1. Do not disseminate further without the originator's agreement.").arg(options.marking);

    // Periods: this one, the one of equal length just before, and the same dates a year earlier.
    const qint64 length = options.from.daysTo(options.to) + 1;
    const QDate prevTo = options.from.addDays(-1), prevFrom = options.from.addDays(-length);
    const QDate yearFrom = options.from.addYears(-1), yearTo = options.to.addYears(-1);
    const PeriodFigures now = periodFigures(ctx.data, ctx.table, options.from, options.to, ctx.firstDay);
    const PeriodFigures prev = periodFigures(ctx.data, ctx.table, prevFrom, prevTo, ctx.firstDay);
    const PeriodFigures year = periodFigures(ctx.data, ctx.table, yearFrom, yearTo, ctx.firstDay);
    const HarmData slice = ctx.slice(options.from, options.to);
    const HarmData prevSlice = ctx.slice(prevFrom, prevTo);
    const QString harmName = QStringLiteral("%1 (%2)").arg(ctx.table.title, ctx.table.edition);

    // Every section is made first and the summary written last, from the figures.
    QList<ReportSection> body;
    auto section = [&](const QString &id) -> ReportSection & {
        ReportSection s;
        s.title = titles.value(id);
        s.newPage = id != QLatin1String("predicted"); // the two trend sections share a page
        body << s;
        analystText(body.last(), options, id);
        return body.last();
    };

    // --- Current picture
    if (!step(10, tr("Current picture")))
        return std::nullopt;
    {
        ReportSection &s = section(QStringLiteral("current"));
        s.paragraph(tr("This period %1; the previous period of the same length %2; the same period last year %3. "
                       "Harm is weighted by the %4 (%5); %6 incident(s) this period have an offence with no weight and "
                       "are counted but add no harm.")
                        .arg(period(options.from, options.to), period(prevFrom, prevTo), period(yearFrom, yearTo),
                             harmName, ctx.table.unit).arg(now.unweighted));
        s.table({tr("Measure"), tr("This period"), tr("Previous period"), tr("Change"), tr("Last year"), tr("Change")},
                {{tr("Incidents"), number(now.incidents), number(prev.incidents), change(now.incidents, prev.incidents, prev.covered),
                  number(year.incidents), change(now.incidents, year.incidents, year.covered)},
                 {tr("Harm"), number(now.harm, 1), number(prev.harm, 1), change(now.harm, prev.harm, prev.covered),
                  number(year.harm, 1), change(now.harm, year.harm, year.covered)},
                 {tr("Value (£)"), number(now.value), number(prev.value), change(now.value, prev.value, prev.covered),
                  number(year.value), change(now.value, year.value, year.covered)}},
                tr("Incidents, harm and value in the three periods. \"no data\": the workspace's data starts after that "
                   "period began (first incident %1).").arg(day(ctx.firstDay)));
        QList<QStringList> rows;
        QSet<QString> offences;
        for (auto it = now.byOffence.cbegin(); it != now.byOffence.cend(); ++it)
            offences.insert(it.key());
        for (auto it = prev.byOffence.cbegin(); it != prev.byOffence.cend(); ++it)
            offences.insert(it.key());
        QStringList sorted(offences.begin(), offences.end());
        std::sort(sorted.begin(), sorted.end(), [&](const QString &a, const QString &b) {
            return now.byOffence.value(a).first > now.byOffence.value(b).first
                || (now.byOffence.value(a).first == now.byOffence.value(b).first && a < b);
        });
        for (const QString &o : std::as_const(sorted))
            rows << QStringList{o, number(now.byOffence.value(o).first), number(prev.byOffence.value(o).first),
                                change(now.byOffence.value(o).first, prev.byOffence.value(o).first, prev.covered),
                                number(year.byOffence.value(o).first),
                                change(now.byOffence.value(o).first, year.byOffence.value(o).first, year.covered),
                                number(now.byOffence.value(o).second, 1)};
        s.subheading(tr("By offence"));
        s.table({tr("Offence"), tr("This period"), tr("Previous"), tr("Change"), tr("Last year"), tr("Change"), tr("Harm")},
                rows);
        QStringList months;
        BarSeries thisYear{tr("This period"), {}, QColor(200, 40, 40)};
        BarSeries lastYear{tr("Same months last year"), {}, QColor(150, 150, 150)};
        for (QDate m(options.from.year(), options.from.month(), 1); m <= options.to; m = m.addMonths(1)) {
            months << m.toString(QStringLiteral("MMM yyyy"));
            thisYear.values << double(now.byMonth.value(m.toString(QStringLiteral("yyyy-MM"))));
            lastYear.values << double(year.byMonth.value(m.addYears(-1).toString(QStringLiteral("yyyy-MM"))));
        }
        s.image(AssessmentCharts::barChart(tr("Incidents by month"), months, {thisYear, lastYear}, tr("incidents")),
                tr("Figure: incidents by month this period against the same months a year earlier."), 150);
    }

    // --- Emerging and predicted trends (core/trends)
    if (!step(20, tr("Trends")))
        return std::nullopt;
    QJsonArray flagsJson;
    {
        TrendOptions to;
        to.period = TrendPeriod::Month;
        to.split = TrendSplit::Offence;
        to.from = options.from;
        to.to = options.to;
        to.forecastSplits = 5;
        TrendResult trends;
        PlaceHarm::AreaLookup areaOf;
        TrendAnalysis::analyse(ctx.data, ctx.table, to, areaOf, &trends);
        QList<const TrendSeriesResult *> all{&trends.total};
        for (const TrendSeriesResult &sr : std::as_const(trends.series))
            all << &sr;
        auto seriesName = [&](const TrendSeriesResult *sr) {
            return sr == &trends.total ? tr("All incidents") : sr->series.label;
        };

        ReportSection &e = section(QStringLiteral("emerging"));
        e.paragraph(tr("A series is flagged as emerging only when a month's count exceeds what its own history predicts "
                       "beyond chance: %1").arg(trends.farrington.describe()));
        for (const QString &note : std::as_const(trends.breakNotes))
            e.paragraph(note);
        QList<QStringList> summaryRows, flagRows;
        QMap<QString, QStringList> notJudged; // reason -> series
        for (const TrendSeriesResult *sr : std::as_const(all)) {
            int computed = 0, alarms = 0, falls = 0;
            QString reason;
            for (const FarringtonPoint &p : sr->emerging) {
                if (!p.computed) {
                    reason = p.reason;
                    continue;
                }
                ++computed;
                if (p.fall)
                    ++falls;
                if (!p.alarm)
                    continue;
                ++alarms;
                const QString period = trends.set.periodLabel(p.index);
                flagRows << QStringList{seriesName(sr), period, number(p.observed), number(p.expected, 1),
                                        number(p.upperBound, 1), QString::number(p.pValue, 'g', 3), number(p.score, 2)};
                flagsJson.append(QJsonObject{{QStringLiteral("series"), seriesName(sr)}, {QStringLiteral("period"), period},
                                             {QStringLiteral("observed"), p.observed},
                                             {QStringLiteral("upper_bound"), p.upperBound}});
            }
            summaryRows << QStringList{seriesName(sr), QString::number(sr->emerging.size()), QString::number(computed),
                                       QString::number(alarms), QString::number(falls)};
            if (computed < sr->emerging.size() && !reason.isEmpty())
                notJudged[reason] << seriesName(sr);
        }
        e.table({tr("Series"), tr("Months evaluated"), tr("Months judged"), tr("Flagged"), tr("Falls")},
                summaryRows, tr("Months of this period evaluated per series (all incidents, then by offence)."));
        for (auto it = notJudged.cbegin(); it != notJudged.cend(); ++it)
            e.paragraph(tr("Not judged (%1): %2. No number is shown for them.").arg(it.value().join(QLatin1String(", ")), it.key()));
        if (flagRows.isEmpty())
            e.paragraph(tr("No series is flagged as emerging this period."));
        else
            e.table({tr("Series"), tr("Month"), tr("Observed"), tr("Expected"), tr("Threshold"), tr("p"), tr("Score")},
                    flagRows, tr("The evidence of every flag: the observed count above the threshold (upper bound)."));

        ReportSection &f = section(QStringLiteral("predicted"));
        QList<QStringList> backtest;
        QMap<QString, QStringList> notForecast; // reason -> series
        for (const TrendSeriesResult *sr : std::as_const(all)) {
            const ForecastResult &fr = sr->forecast;
            if (!fr.computed) {
                if (!fr.reason.isEmpty())
                    notForecast[fr.reason] << seriesName(sr);
                continue;
            }
            const double next = fr.path.mean.empty() ? 0 : std::accumulate(fr.path.mean.begin(), fr.path.mean.end(), 0.0);
            backtest << QStringList{seriesName(sr),
                                    fr.shown == QLatin1String("ets") ? tr("ETS(A,Ad,A)") : tr("seasonal-naive"),
                                    number(fr.maseModel, 2), number(fr.maseNaive, 2),
                                    fr.modelBeatsNaive ? tr("yes") : tr("no: seasonal-naive shown"), number(next)};
        }
        if (!backtest.isEmpty())
            f.table({tr("Series"), tr("Forecast shown"), tr("MASE, model"), tr("MASE, seasonal-naive"), tr("Model beats naive"),
                     tr("Next six months")},
                    backtest, tr("Back-tested error by rolling origin over the last known months (mean absolute scaled "
                                 "error); where the model does not beat seasonal-naive, the seasonal-naive forecast is shown."));
        for (auto it = notForecast.cbegin(); it != notForecast.cend(); ++it)
            f.paragraph(tr("Not forecast (%1): %2. No number is shown for them.").arg(it.value().join(QLatin1String(", ")), it.key()));
        const ForecastResult &total = trends.total.forecast;
        if (total.computed && !total.path.mean.empty()) {
            int lastComplete = -1;
            for (int k = 0; k < trends.set.complete.size(); ++k)
                if (trends.set.complete.at(k))
                    lastComplete = k;
            const QDate base = lastComplete >= 0 ? trends.set.starts.at(lastComplete) : options.to;
            QList<QStringList> rows;
            for (size_t h = 0; h < total.path.mean.size(); ++h)
                rows << QStringList{base.addMonths(int(h) + 1).toString(QStringLiteral("yyyy-MM")), number(total.path.mean[h], 1),
                                    QStringLiteral("%1 to %2").arg(number(total.path.lower80[h], 1), number(total.path.upper80[h], 1)),
                                    QStringLiteral("%1 to %2").arg(number(total.path.lower95[h], 1), number(total.path.upper95[h], 1))};
            f.subheading(tr("All incidents, the next six months"));
            f.table({tr("Month"), tr("Forecast"), tr("80% interval"), tr("95% interval")}, rows);
        } else {
            f.paragraph(tr("No forecast of all incidents: %1").arg(total.reason));
        }
        f.paragraph(total.method.isEmpty() ? trends.method : total.method);
        for (const QString &c : std::as_const(trends.caveats))
            f.paragraph(c);
    }

    // --- High-harm places
    if (!step(30, tr("High-harm places")))
        return std::nullopt;
    PlaceHarmResult places = PlaceHarm::rank(slice, ctx.table, PlaceHarm::GroupBy::Place);
    // Incidents with no place have a row of their own in the ranking: kept aside, the places ranked 1..n.
    qint64 noPlaceIncidents = 0;
    double noPlaceHarm = 0;
    {
        QList<HarmRow> kept;
        for (HarmRow row : std::as_const(places.rows)) {
            if (row.key.isEmpty()) {
                noPlaceIncidents += row.incidents;
                noPlaceHarm += row.harm;
                continue;
            }
            row.rank = int(kept.size()) + 1;
            kept << row;
        }
        places.rows = kept;
    }
    QList<double> harms;
    for (const HarmRow &row : std::as_const(places.rows))
        if (!row.key.isEmpty())
            harms << row.harm;
    const ConcentrationResult concentration = Concentration::of(harms);
    {
        ReportSection &s = section(QStringLiteral("places"));
        s.paragraph(tr("Places ranked by harm this period (%1). %2 places with incidents; the top 1% of places hold "
                       "%3% of the harm, the top 5% %4%, the top 10% %5%; Gini coefficient %6.")
                        .arg(harmName).arg(concentration.units).arg(number(concentration.top1 * 100, 1))
                        .arg(number(concentration.top5 * 100, 1)).arg(number(concentration.top10 * 100, 1))
                        .arg(number(concentration.gini, 3)));
        QList<QStringList> rows;
        for (const HarmRow &row : std::as_const(places.rows)) {
            if (row.rank < 1 || row.rank > options.topPlaces)
                continue;
            rows << QStringList{QString::number(row.rank), row.label, number(row.incidents), number(row.harm, 1),
                                number(row.share * 100, 1) + QLatin1Char('%'), number(row.valueGbp),
                                row.located ? tr("yes") : row.unlocatedReason};
        }
        s.table({tr("Rank"), tr("Place"), tr("Incidents"), tr("Harm"), tr("Share"), tr("Value (£)"), tr("Located")}, rows,
                tr("The %1 places with the most harm.").arg(options.topPlaces));
        s.image(AssessmentCharts::placeMap(places.rows, options.topPlaces, ctx.boundaries ? &*ctx.boundaries : nullptr),
                tr("Map: every located place with incidents this period, dot area by harm; the top %1 numbered by rank; "
                   "local authority boundaries. Places without coordinates or a known postcode are not on the map.")
                    .arg(options.topPlaces),
                150);
        if (noPlaceIncidents > 0)
            s.paragraph(tr("%1 incident(s) with harm %2 have no place recorded: they are in the totals, not in the "
                           "ranking or the map.").arg(noPlaceIncidents).arg(number(noPlaceHarm, 1)));
        s.paragraph(tr("Concentration: %1.").arg(concentration.method));
    }

    // --- Organised networks
    if (!step(45, tr("Organised networks")))
        return std::nullopt;
    PlaceHarmResult networks = PlaceHarm::rank(slice, ctx.table, PlaceHarm::GroupBy::Network);
    QJsonArray topNetworksJson;
    {
        ReportSection &s = section(QStringLiteral("networks"));
        s.paragraph(tr("Offender networks of the link-analysis engine (people tied by shared incidents, vehicles, "
                       "places and direct links; connected components of the offender projection), ranked by the harm "
                       "of their members' incidents this period. %1 networks in the workspace.").arg(ctx.networks.size()));
        QList<QStringList> rows;
        int shown = 0;
        QList<std::pair<QString, int>> charted;
        for (const HarmRow &row : std::as_const(networks.rows)) {
            if (row.key.isEmpty() || !row.key.startsWith(QLatin1Char('N')) || shown >= options.topNetworks)
                continue;
            const int index = row.key.mid(1).toInt() - 1;
            if (index < 0 || index >= ctx.networks.size())
                continue;
            const NetworkSummary &ns = ctx.networks.at(index).summary;
            ++shown;
            rows << QStringList{QString::number(shown), row.key, number(ns.members.size()), number(row.incidents),
                                number(row.harm, 1), number(row.valueGbp), ns.firstSeen.left(10), ns.lastSeen.left(10)};
            topNetworksJson.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("members"), ns.members.size()},
                                               {QStringLiteral("harm"), row.harm}, {QStringLiteral("incidents"), row.incidents}});
            if (charted.size() < 3)
                charted << std::make_pair(row.key, index);
        }
        s.table({tr("Rank"), tr("Network"), tr("People"), tr("Incidents"), tr("Harm"), tr("Value (£)"), tr("First seen"),
                 tr("Last seen")},
                rows, tr("Incidents, harm and value this period; first and last seen over all the data."));
        for (const auto &c : std::as_const(charted)) {
            if (cancel && cancel->load())
                break;
            const NetworkSummary &ns = ctx.networks.at(c.second).summary;
            s.image(AssessmentCharts::networkChart(ctx.projection.graph(), ns.members, tr("Network %1").arg(c.first)),
                    tr("Chart: network %1, its %2 people and the ties between them (people are not named in this "
                       "assessment; their profiles are in the workspace).").arg(c.first).arg(ns.members.size()),
                    120);
        }
    }

    // --- Offender management
    if (!step(60, tr("Offender management")))
        return std::nullopt;
    {
        ReportSection &s = section(QStringLiteral("offenders"));
        const OffendingHistory history = OffendingHistory::load(workspace);
        QString harmTable;
        const HarmLookup harm = WorkspaceHarm::active(workspace, &harmTable);
        PriorityScorer scorer(PriorityStore(workspace).bands(), harm);
        const QList<PriorityScore> ranked = scorer.rank(history, options.to, false);
        int high = 0, medium = 0, low = 0, active = 0;
        for (const PriorityScore &p : ranked) {
            if (p.frequency > 0)
                ++active;
            (p.score >= 10 ? high : p.score >= 5 ? medium : low) += 1;
        }
        s.paragraph(tr("Recency-frequency-harm priority on %1 (%2). %3 people with offending on record; %4 offended in "
                       "the 365 days to that date. Score 10 or more: %5; 5 to 9: %6; under 5: %7.")
                        .arg(day(options.to), harmTable).arg(ranked.size()).arg(active).arg(high).arg(medium).arg(low));
        QList<QStringList> rows;
        for (const PriorityScore &p : ranked) {
            if (p.rank > 10)
                break;
            rows << QStringList{QString::number(p.rank), QStringLiteral("#%1").arg(p.personId), QString::number(p.score),
                                QStringLiteral("%1 / %2 / %3").arg(p.recencyPoints).arg(p.frequencyPoints).arg(p.harmPoints),
                                QString::number(p.frequency), number(p.harm, 1), p.lastSeen.left(10)};
        }
        s.table({tr("Rank"), tr("Person"), tr("Score"), tr("R / F / H"), tr("Incidents (365 days)"), tr("Harm"),
                 tr("Last seen")},
                rows, tr("The ten highest priorities, by workspace id only (names are in the workspace, not in this "
                         "document)."));
        const QHash<qint64, Motivation> motivations = MotivationRegister(workspace).currentAll();
        QMap<QString, int> byMotivation;
        for (auto it = motivations.cbegin(); it != motivations.cend(); ++it)
            byMotivation[Motivations::displayName(it.value())] += 1;
        QList<QStringList> mrows;
        for (auto it = byMotivation.cbegin(); it != byMotivation.cend(); ++it)
            mrows << QStringList{it.key(), QString::number(it.value())};
        if (!mrows.isEmpty())
            s.table({tr("Motivation assessed"), tr("People")}, mrows);
        else
            s.paragraph(tr("No motivation assessments are recorded."));
        InterventionRegister interventions(workspace);
        QList<InterventionEffect> effects;
        for (const InterventionRecord &ir : interventions.interventions())
            if (ir.startedOn >= options.from && ir.startedOn <= options.to)
                effects << InterventionRegister::effect(ir, history.of(ir.personId), 90, ctx.lastDay, harm);
        QList<QStringList> irows;
        for (const InterventionSummary &sum : InterventionRegister::summarise(effects))
            irows << QStringList{sum.type, sum.motivation.isEmpty() ? tr("none recorded") : sum.motivation,
                                 QString::number(sum.interventions), QString::number(sum.incompleteWindows),
                                 QStringLiteral("%1 / %2").arg(sum.beforeCount).arg(sum.afterCount),
                                 QStringLiteral("%1 / %2").arg(number(sum.beforeHarm, 1), number(sum.afterHarm, 1))};
        if (irows.isEmpty())
            s.paragraph(tr("No interventions were recorded against people this period."));
        else
            s.table({tr("Intervention"), tr("Motivation"), tr("Recorded"), tr("Window not over"),
                     tr("Incidents before / after"), tr("Harm before / after")},
                    irows, tr("Interventions started this period; 90-day windows either side.") + QLatin1Char(' ')
                               + InterventionRegister::caveats());
        s.paragraph(PriorityScorer::method());
    }

    // --- Outcomes of activities
    if (!step(70, tr("Outcomes of activities")))
        return std::nullopt;
    QJsonArray activitiesJson;
    {
        ReportSection &s = section(QStringLiteral("outcomes"));
        const QList<ActivityRecord> activities = ActivityRegister(workspace).activities();
        OutcomeOptions oo;
        oo.bufferMetres = options.bufferMetres;
        oo.asOf = ctx.lastDay;
        const QDate since = result.previous ? result.previous->to : QDate();
        s.paragraph(ActivityOutcome::method());
        int reported = 0;
        QList<QStringList> rows;
        QList<ActivityOutcomeResult> outcomes;
        for (const ActivityRecord &a : activities) {
            if (a.startedOn > options.to)
                continue;
            const ActivityOutcomeResult o = ctx.measure(a, oo);
            outcomes << o;
            ++reported;
            const bool isNew = since.isValid() && a.startedOn > since;
            rows << QStringList{
                a.name + (isNew ? tr(" (new)") : QString()), ActivityRegister::typeDisplayName(a.type), day(a.startedOn),
                QString::number(o.windowDays),
                o.unit.isEmpty() ? tr("none found") : units(o.treated.units, o.unit),
                QStringLiteral("%1 / %2").arg(o.treated.beforeIncidents).arg(o.treated.afterIncidents),
                QStringLiteral("%1 / %2").arg(o.comparison.beforeIncidents).arg(o.comparison.afterIncidents),
                o.didIncidents ? number(*o.didIncidents, 2) : QStringLiteral("-"),
                o.wdq ? number(*o.wdq, 2) : QStringLiteral("-")};
            activitiesJson.append(QJsonObject{{QStringLiteral("id"), a.id}, {QStringLiteral("name"), a.name},
                                              {QStringLiteral("started_on"), day(a.startedOn)}});
        }
        if (reported == 0) {
            s.paragraph(tr("No activities that started by %1 are recorded in the workspace (fusioncell-cli activities add).")
                            .arg(day(options.to)));
        } else {
            s.table({tr("Activity"), tr("Type"), tr("Start"), tr("Window (days)"), tr("Targets"), tr("Targets before / after"),
                     tr("Comparison before / after"), tr("DiD per unit"), tr("WDQ")},
                    rows,
                    since.isValid() ? tr("\"(new)\": started since the last published assessment (period ending %1).")
                                          .arg(day(since))
                                    : QString());
            for (const ActivityOutcomeResult &o : std::as_const(outcomes)) {
                s.subheading(o.activity.name);
                s.paragraph(tr("%1 from %2%3, owner %4. Before %5, after %6.")
                                .arg(ActivityRegister::typeDisplayName(o.activity.type), day(o.activity.startedOn),
                                     o.activity.endedOn.isValid() ? tr(" to %1").arg(day(o.activity.endedOn)) : QString(),
                                     o.activity.owner.isEmpty() ? tr("not recorded") : o.activity.owner,
                                     o.beforeFrom.isValid() ? period(o.beforeFrom, o.beforeTo) : QStringLiteral("-"),
                                     o.afterFrom.isValid() ? period(o.afterFrom, o.afterTo) : QStringLiteral("-")));
                if (!o.comparisonRule.isEmpty())
                    s.paragraph(tr("Comparison set (%1): %2.").arg(units(o.comparison.units, o.unit), o.comparisonRule));
                if (!o.bufferRule.isEmpty())
                    s.paragraph(tr("Buffer (%1 places, %2 / %3 incidents before / after): %4.")
                                    .arg(o.buffer.units).arg(o.buffer.beforeIncidents).arg(o.buffer.afterIncidents)
                                    .arg(o.bufferRule));
                s.paragraph(o.interpretation);
                if (!o.unresolved.isEmpty())
                    s.paragraph(tr("Not measured: %1.").arg(o.unresolved.join(QLatin1String("; "))));
            }
        }
        s.subheading(tr("Caveats"));
        for (const QString &c : ActivityOutcome::caveats())
            s.paragraph(c);
    }

    // --- Benchmarking across retailers
    if (!step(80, tr("Benchmarking")))
        return std::nullopt;
    {
        ReportSection &s = section(QStringLiteral("benchmarking"));
        QHash<QString, QSet<qint64>> stores;
        for (const HarmIncident &i : std::as_const(ctx.data.incidents))
            if (i.placeId)
                stores[i.organisation].insert(i.placeId);
        QStringList orgs;
        for (auto it = now.byOrganisation.cbegin(); it != now.byOrganisation.cend(); ++it)
            orgs << it.key();
        std::sort(orgs.begin(), orgs.end());
        QList<QStringList> rows;
        BarSeries thisRate{tr("This period"), {}, QColor(200, 40, 40)};
        BarSeries prevRate{tr("Previous period"), {}, QColor(150, 150, 150)};
        for (const QString &org : std::as_const(orgs)) {
            const int n = int(stores.value(org).size());
            const double per = n ? double(now.byOrganisation.value(org).first) / n : 0;
            const double perPrev = n ? double(prev.byOrganisation.value(org).first) / n : 0;
            const double harmPer = n ? now.byOrganisation.value(org).second / n : 0;
            rows << QStringList{org.isEmpty() ? tr("(not recorded)") : org, QString::number(n),
                                number(now.byOrganisation.value(org).first), number(per, 1), number(harmPer, 1),
                                number(perPrev, 1), change(per, perPrev, prev.covered)};
            thisRate.values << per;
            prevRate.values << perPrev;
        }
        s.paragraph(tr("Rates per store, so that organisations of different sizes can be compared. A store is a place "
                       "where the organisation has reported at least one incident in the workspace's data (its whole "
                       "estate is not known to FusionCell), so rates of organisations with few reporting stores are "
                       "overstated. Recorded rates also depend on each organisation's reporting practice."));
        s.table({tr("Organisation"), tr("Stores"), tr("Incidents"), tr("Per store"), tr("Harm per store"),
                 tr("Per store, previous"), tr("Change")},
                rows);
        if (!orgs.isEmpty())
            s.image(AssessmentCharts::barChart(tr("Incidents per store"), orgs, {thisRate, prevRate}, tr("incidents per store")),
                    tr("Figure: incidents per reporting store, this period and the previous one."), 150);
    }

    // --- Changes since the last published assessment
    if (!step(88, tr("Changes since the last assessment")))
        return std::nullopt;
    QJsonArray topPlacesJson;
    for (const HarmRow &row : std::as_const(places.rows))
        if (row.rank >= 1 && row.rank <= options.topPlaces)
            topPlacesJson.append(QJsonObject{{QStringLiteral("key"), row.key}, {QStringLiteral("label"), row.label},
                                             {QStringLiteral("harm"), row.harm}});
    {
        ReportSection &s = section(QStringLiteral("changes"));
        if (!result.previous) {
            s.paragraph(tr("No earlier assessment has been published from this workspace: this is the first. The next one "
                           "will report what changed since this one."));
        } else {
            const AssessmentRecord &p = *result.previous;
            const QJsonObject f = p.figures;
            s.paragraph(tr("Compared with the assessment published on %1 for %2 (SHA-256 %3).")
                            .arg(p.publishedAt.left(10), period(p.from, p.to), p.fileSha256.left(16) + QStringLiteral("…")));
            s.table({tr("Measure"), tr("Last assessment"), tr("This assessment"), tr("Change")},
                    {{tr("Incidents"), number(f.value(QStringLiteral("incidents")).toDouble()), number(now.incidents),
                      change(now.incidents, f.value(QStringLiteral("incidents")).toDouble())},
                     {tr("Harm"), number(f.value(QStringLiteral("harm")).toDouble(), 1), number(now.harm, 1),
                      change(now.harm, f.value(QStringLiteral("harm")).toDouble())},
                     {tr("Value (£)"), number(f.value(QStringLiteral("value_gbp")).toDouble()), number(now.value),
                      change(now.value, f.value(QStringLiteral("value_gbp")).toDouble())}});
            QSet<QString> before, after;
            QHash<QString, QString> labels;
            for (const QJsonValue &v : f.value(QStringLiteral("top_places")).toArray()) {
                before.insert(v.toObject().value(QStringLiteral("key")).toString());
                labels.insert(v.toObject().value(QStringLiteral("key")).toString(),
                              v.toObject().value(QStringLiteral("label")).toString());
            }
            for (const QJsonValue &v : std::as_const(topPlacesJson)) {
                after.insert(v.toObject().value(QStringLiteral("key")).toString());
                labels.insert(v.toObject().value(QStringLiteral("key")).toString(),
                              v.toObject().value(QStringLiteral("label")).toString());
            }
            QStringList entered, left;
            for (const QString &k : std::as_const(after))
                if (!before.contains(k))
                    entered << labels.value(k);
            for (const QString &k : std::as_const(before))
                if (!after.contains(k))
                    left << labels.value(k);
            entered.sort();
            left.sort();
            s.paragraph(tr("New among the top %1 places: %2.").arg(options.topPlaces)
                            .arg(entered.isEmpty() ? tr("none") : entered.join(QLatin1String("; "))));
            s.paragraph(tr("No longer among them: %1.").arg(left.isEmpty() ? tr("none") : left.join(QLatin1String("; "))));
            QStringList started;
            for (const ActivityRecord &a : ActivityRegister(workspace).activities())
                if (a.startedOn > p.to && a.startedOn <= options.to)
                    started << QStringLiteral("%1 (%2)").arg(a.name, day(a.startedOn));
            s.paragraph(tr("Activities started since: %1 (their outcomes are in \"%2\").")
                            .arg(started.isEmpty() ? tr("none") : started.join(QLatin1String("; ")),
                                 titles.value(QStringLiteral("outcomes"))));
        }
    }

    // --- Method, data sources and grading
    if (!step(94, tr("Method and sources")))
        return std::nullopt;
    {
        ReportSection &s = section(QStringLiteral("method"));
        s.paragraph(tr("Harm: %1, unit %2; source: %3. An offence with no weight is counted as an incident but adds no "
                       "harm.").arg(harmName, ctx.table.unit, ctx.table.source));
        Database &db = workspace.database();
        Statement imports = db.prepare(QStringLiteral(
            "SELECT organisation, COALESCE(organisation_kind, ''), COUNT(*), SUM(rows_accepted), SUM(rows_rejected), "
            "MIN(started_at), MAX(started_at) FROM imports GROUP BY organisation, organisation_kind ORDER BY organisation"));
        QList<QStringList> rows;
        while (imports.step())
            rows << QStringList{imports.text(0), imports.text(1), QString::number(imports.int64(2)),
                                number(double(imports.int64(3))), number(double(imports.int64(4))),
                                imports.text(5).left(10), imports.text(6).left(10)};
        s.subheading(tr("Data sources"));
        s.table({tr("Organisation"), tr("Kind"), tr("Files"), tr("Rows accepted"), tr("Rows rejected"), tr("First import"),
                 tr("Last import")},
                rows);
        Statement grades = db.prepare(QStringLiteral(
            "SELECT COALESCE(grade_source, '-'), COALESCE(grade_intelligence, '-'), COALESCE(grade_handling, '-'), COUNT(*) "
            "FROM source_records GROUP BY 1, 2, 3 ORDER BY 4 DESC"));
        QList<QStringList> gradeRows;
        while (grades.step())
            gradeRows << QStringList{grades.text(0), grades.text(1), grades.text(2), number(double(grades.int64(3)))};
        s.subheading(tr("Grading"));
        s.table({tr("Source evaluation"), tr("Intelligence assessment"), tr("Handling code"), tr("Records")}, gradeRows,
                tr("3x5x2 grading of the source records. Source 1 reliable, 2 untested, 3 not reliable; intelligence A "
                   "known directly to the source to E suspected false; handling P lawful sharing permitted, C with "
                   "conditions."));
        s.subheading(tr("Caveats"));
        s.paragraph(tr("Retailer-recorded crime depends on reporting practice and how hard security staff look; a change in "
                       "recording looks like a change in crime. Data from different organisations overlap only where "
                       "entity resolution joined them. Figures are of the records held in this workspace, not of all "
                       "offending. Low-graded intelligence (source 3, intelligence D or E) is counted like any other in "
                       "these figures: read the grading table."));
        s.paragraph(tr("Periods: this period %1; previous period %2; last year %3; data in the workspace from %4 to %5.")
                        .arg(period(options.from, options.to), period(prevFrom, prevTo), period(yearFrom, yearTo),
                             day(ctx.firstDay), day(ctx.lastDay)));
    }

    // --- Executive summary, first
    if (!step(97, tr("Executive summary")))
        return std::nullopt;
    {
        ReportSection summary;
        summary.title = titles.value(QStringLiteral("summary"));
        analystText(summary, options, QStringLiteral("summary"));
        summary.paragraph(tr("%1 incidents this period (%2), %3 against the previous six months and %4 against the same "
                             "period last year; harm %5 (%6 and %7); value £%8.")
                              .arg(number(now.incidents), period(options.from, options.to),
                                   change(now.incidents, prev.incidents, prev.covered),
                                   change(now.incidents, year.incidents, year.covered), number(now.harm, 1),
                                   change(now.harm, prev.harm, prev.covered), change(now.harm, year.harm, year.covered),
                                   number(now.value)));
        if (!places.rows.isEmpty() && places.rows.first().rank == 1)
            summary.paragraph(tr("The place with the most harm is %1 (%2% of all harm); the top 10% of places hold %3% of "
                                 "the harm (Gini %4).")
                                  .arg(places.rows.first().label, number(places.rows.first().share * 100, 1),
                                       number(concentration.top10 * 100, 1), number(concentration.gini, 3)));
        if (!topNetworksJson.isEmpty()) {
            const QJsonObject n = topNetworksJson.first().toObject();
            summary.paragraph(tr("The most harmful organised network this period is %1: %2 people, %3 incidents, harm %4.")
                                  .arg(n.value(QStringLiteral("key")).toString())
                                  .arg(n.value(QStringLiteral("members")).toInt())
                                  .arg(n.value(QStringLiteral("incidents")).toInt())
                                  .arg(number(n.value(QStringLiteral("harm")).toDouble(), 1)));
        }
        summary.paragraph(tr("%1 series flagged as emerging this period (see \"%2\"); %3 activities are reported with "
                             "their outcomes.")
                              .arg(flagsJson.size()).arg(titles.value(QStringLiteral("emerging"))).arg(activitiesJson.size()));
        summary.newPage = true;
        r.sections << summary;
        r.sections << body;
    }

    result.figures = QJsonObject{{QStringLiteral("from"), day(options.from)},
                                 {QStringLiteral("to"), day(options.to)},
                                 {QStringLiteral("incidents"), now.incidents},
                                 {QStringLiteral("harm"), now.harm},
                                 {QStringLiteral("value_gbp"), now.value},
                                 {QStringLiteral("harm_table"), harmName},
                                 {QStringLiteral("top_places"), topPlacesJson},
                                 {QStringLiteral("top_networks"), topNetworksJson},
                                 {QStringLiteral("activities"), activitiesJson},
                                 {QStringLiteral("emerging_flags"), flagsJson},
                                 {QStringLiteral("sections"), r.sections.size()}};
    step(100, tr("Done"));
    return result;
}

} // namespace fc
