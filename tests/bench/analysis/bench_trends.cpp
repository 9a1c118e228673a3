// bench_trends: trends over 1,000,000 incidents split by area (goal < 1 s): the monthly series of
// every local authority (count, value, harm) and, on them, the improved Farrington method for the last
// six months and the ETS forecast with its back-test for the 25 largest areas. Peer in the same run:
// the sqlite3 CLI running the equivalent GROUP BY (count, harm and value per place and month: SQLite
// cannot place a point in an area, so per place is the closest it can do) on the same workspace.
// The workspace (10,000 stores over England, skewed, three retailers, 48 months) is written directly
// as in bench_analysis and is not timed; reading and locating are timed apart, per incident (before)
// and grouped per place, retailer, offence and month (since schema 11 from the monthly totals
// incident_months, what monthly trends over whole months read).
#include "benchworkspace.h"

#include "analysis/harmanalysis.h"
#include "analysis/harmstore.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "geo/projection.h"
#include "store/workspace.h"
#include "trends/trendanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace fc;

using namespace fc::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int incidents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1'000'000;
    const int stores = 10'000;
    // An optional second argument keeps the workspace there (built when absent, reused when present) for
    // repeated runs and profiling.
    QTemporaryDir dir;
    QString error;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.fcdb"));
    const bool reuse = argc > 2 && QFileInfo::exists(path);
    auto ws = Workspace::open(path, &error);
    if (!ws || (!reuse && !buildHarmWorkspace(*ws, incidents, stores, 2022, 48))) {
        std::fprintf(stderr, "bench_trends: cannot build the workspace: %s\n", qPrintable(error));
        return 1;
    }
    HarmStore(ws->database()).ensureDefaults(&error);
    std::printf("bench_trends: %d incidents at %d stores, 48 months\n", incidents, stores);

    QElapsedTimer t;
    // Before: every incident read one by one (the reading trends used up to stop 13); timed for the
    // comparison in the same run only.
    t.start();
    HarmData perIncident;
    HarmTable table;
    if (!HarmAnalysis::load(ws->database(), QDate(), QDate(), &perIncident, &table, &error)) {
        std::fprintf(stderr, "bench_trends: %s\n", qPrintable(error));
        return 1;
    }
    const double perIncidentTime = seconds(t);
    perIncident = HarmData();
    // The reading alone (no locating), to show where the time goes.
    t.restart();
    {
        HarmData readOnly;
        if (!readOnly.load(ws->database(), QDate(), QDate(), &error,
                           TrendSeriesBuilder::reading(TrendPeriod::Month, TrendSplit::Area))) {
            std::fprintf(stderr, "bench_trends: %s\n", qPrintable(error));
            return 1;
        }
    }
    const double readOnlyTime = seconds(t);
    // Now: the trends' grouped reading (per place, retailer, offence and month), places located once.
    double cpu = cpuSeconds();
    t.restart();
    HarmData data;
    if (!HarmAnalysis::load(ws->database(), QDate(), QDate(), &data, &table, &error,
                            TrendSeriesBuilder::reading(TrendPeriod::Month, TrendSplit::Area))) {
        std::fprintf(stderr, "bench_trends: %s\n", qPrintable(error));
        return 1;
    }
    const double loadTime = seconds(t);
    const double loadCpu = cpuSeconds() - cpu;
    const auto boundaries = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &error);
    if (!boundaries) {
        std::fprintf(stderr, "bench_trends: %s\n", qPrintable(error));
        return 1;
    }
    const PlaceHarm::AreaLookup areaOf = HarmAnalysis::areaLookup(*boundaries);
    cpu = cpuSeconds();
    t.restart();
    const TrendSeriesSet set = TrendSeriesBuilder::build(data, table, TrendPeriod::Month, TrendSplit::Area, {}, {}, areaOf);
    const double seriesTime = seconds(t);
    const double seriesCpu = cpuSeconds() - cpu;
    TrendOptions options;
    options.split = TrendSplit::Area;
    cpu = cpuSeconds();
    t.restart();
    TrendResult result;
    TrendAnalysis::analyse(data, table, options, areaOf, &result);
    const double analysisTime = seconds(t);
    const double analysisCpu = cpuSeconds() - cpu;
    int flags = 0, judged = 0, forecasts = 0;
    for (const TrendSeriesResult &s : result.series) {
        flags += int(s.flags().size());
        for (const FarringtonPoint &p : s.emerging)
            judged += p.computed ? 1 : 0;
        forecasts += s.forecast.computed ? 1 : 0;
    }
    std::printf("read + locate, before (per incident): %.3f s\n", perIncidentTime);
    std::printf("read + locate (grouped by place, retailer, offence and month: %lld groups): %.3f s (CPU %.3f s)\n",
                qlonglong(data.incidents.size()), loadTime, loadCpu);
    std::printf("  of which reading alone (no locating): %.3f s\n", readOnlyTime);
    std::printf("series by month split by area (point in local authority): %.3f s (CPU %.3f s; %lld areas x %lld months)\n",
                seriesTime, seriesCpu, qlonglong(set.series.size()), qlonglong(set.starts.size()));
    std::printf("whole trends analysis split by area (series, comparisons, Farrington on %d area-months, %d flags, "
                "%d forecasts with back-test): %.3f s (CPU %.3f s); total with reading %.3f s (CPU %.3f s)\n",
                judged, flags, forecasts, analysisTime, analysisCpu, loadTime + analysisTime, loadCpu + analysisCpu);
    std::printf("total: ETS back-test MASE %.3f against seasonal-naive %.3f\n", result.total.forecast.maseModel,
                result.total.forecast.maseNaive);
    ws.reset();

    QProcess sqlite;
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral(
        "SELECT count(*) FROM (SELECT l.to_id, substr(e.occurred_at, 1, 7) AS month, count(*) AS n, "
        "sum(coalesce(w.weight, 0)) AS harm, sum(e.value_gbp) "
        "FROM entities e JOIN links l ON l.from_id = e.id AND l.type = 'occurred_at' "
        "LEFT JOIN harm_weights w ON w.table_id = (SELECT id FROM harm_tables WHERE active) AND w.offence = e.offence "
        "WHERE e.type = 4 AND e.merged_into IS NULL GROUP BY l.to_id, month);")});
    sqlite.waitForFinished(-1);
    std::printf("peer sqlite3 CLI, the same sums per place and month in one GROUP BY (links): %.3f s (%s groups)\n",
                seconds(t), sqlite.readAllStandardOutput().trimmed().constData());
    t.restart();
    sqlite.start(QStringLiteral("sqlite3"), {path, QStringLiteral(
        "SELECT count(*) FROM (SELECT e.place_id, substr(e.occurred_at, 1, 7) AS month, count(*) AS n, "
        "sum(coalesce(w.weight, 0)) AS harm, sum(e.value_gbp) FROM entities e "
        "LEFT JOIN harm_weights w ON w.table_id = (SELECT id FROM harm_tables WHERE active) AND w.offence = e.offence "
        "WHERE e.type = 4 AND e.merged_into IS NULL GROUP BY e.place_id, month);")});
    sqlite.waitForFinished(-1);
    std::printf("peer sqlite3 CLI, the same sums per place and month in one GROUP BY (place_id column): %.3f s "
                "(%s groups)\n", seconds(t), sqlite.readAllStandardOutput().trimmed().constData());
    return 0;
}
