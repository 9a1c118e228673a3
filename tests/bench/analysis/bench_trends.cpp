// bench_trends: trends over 1,000,000 incidents split by area (goal < 1 s): the monthly series of
// every local authority (count, value, harm) and, on them, the improved Farrington method for the last
// six months and the ETS forecast with its back-test for the 25 largest areas. Peer in the same run:
// the sqlite3 CLI running the equivalent GROUP BY (count, harm and value per place and month: SQLite
// cannot place a point in an area, so per place is the closest it can do) on the same workspace.
// The workspace (10,000 stores over England, skewed, three retailers, 48 months) is written directly
// as in bench_analysis and is not timed; reading and locating are timed apart, per incident (before)
// and grouped per place, retailer, offence and month (since schema 11 from the monthly totals
// incident_months, what monthly trends over whole months read).
#include "analysis/harmanalysis.h"
#include "analysis/harmstore.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "geo/projection.h"
#include "model/entitytype.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "trends/trendanalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace fc;

namespace {

bool build(Workspace &ws, int incidents, int stores)
{
    Database &db = ws.database();
    Transaction tx(db);
    db.exec(QStringLiteral("INSERT INTO imports(id, file_name, file_size, sha256, spec_name, spec_json, organisation, "
                           "started_at) VALUES (1,'a.csv',0,'x','bench','{}','Northgate Foods','2026-01-01'),"
                           "(2,'b.csv',0,'y','bench','{}','Castle Home & DIY','2026-01-01'),"
                           "(3,'c.csv',0,'z','bench','{}','Brightway Pharmacy','2026-01-01')"));
    QRandomGenerator rng(20261204);
    Statement entity = db.prepare(QStringLiteral(
        "INSERT INTO entities(id, type, subtype, label, occurred_at, value_gbp, offence, place_id, import_id) "
        "VALUES (?,?,?,?,?,?,?,?,?)"));
    Statement record = db.prepare(QStringLiteral("INSERT INTO source_records(id, import_id, row_number, raw) VALUES (?,?,?,'')"));
    Statement mention = db.prepare(QStringLiteral(
        "INSERT INTO mentions(entity_id, source_record_id, role, facts) VALUES (?,?,?,?)"));
    Statement link = db.prepare(QStringLiteral(
        "INSERT INTO links(type, from_id, to_id, source_record_id) VALUES ('occurred_at',?,?,?)"));
    qint64 recordId = 0;
    for (int s = 1; s <= stores; ++s) {
        const double lat = 50.8 + rng.generateDouble() * 4.2;
        const double lon = -3.0 + rng.generateDouble() * 3.2;
        entity.reset();
        entity.bind(1, qint64(s)).bind(2, int(EntityType::Location)).bind(3, "store")
            .bind(4, QStringLiteral("Store %1").arg(s)).bindNull(5).bindNull(6).bindNull(7).bindNull(8)
            .bind(9, 1 + s % 3);
        record.reset();
        record.bind(1, ++recordId).bind(2, 1 + s % 3).bind(3, s);
        mention.reset();
        mention.bind(1, qint64(s)).bind(2, recordId).bind(3, "store")
            .bind(4, QStringLiteral("[[\"name\",\"Store %1\"],[\"lat\",\"%2\"],[\"lon\",\"%3\"]]").arg(s).arg(lat, 0, 'f', 5).arg(lon, 0, 'f', 5));
        if (!entity.exec() || !record.exec() || !mention.exec())
            return false;
    }
    const char *offences[] = {"shop_theft", "shop_theft", "shop_theft", "shop_theft", "robbery", "burglary",
                              "criminal_damage", "assault", "public_order", "threats", "fraud", "other"};
    for (int i = 0; i < incidents; ++i) {
        const qint64 id = stores + 1 + i;
        // A skewed choice of store: the power few. Four years, 2022 to 2025, round-robin by month.
        const int store = 1 + int(std::floor(std::pow(rng.generateDouble(), 3.0) * stores));
        const QString when = QStringLiteral("%1-%2-%3T12:00:00").arg(2022 + (i % 48) / 12).arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                 .arg(1 + int(rng.bounded(28)), 2, 10, QLatin1Char('0'));
        entity.reset();
        entity.bind(1, id).bind(2, int(EntityType::Incident)).bindNull(3).bind(4, QStringLiteral("I%1").arg(i))
            .bind(5, when).bind(6, double(rng.bounded(20000)) / 100.0).bind(7, offences[rng.bounded(12)])
            .bind(8, qint64(store)).bind(9, 1 + store % 3); // schema 8's columns, as the importer fills them
        record.reset();
        record.bind(1, ++recordId).bind(2, 1 + store % 3).bind(3, i + 2);
        mention.reset();
        mention.bind(1, id).bind(2, recordId).bind(3, "incident").bind(4, "[]");
        link.reset();
        link.bind(1, id).bind(2, qint64(store)).bind(3, recordId);
        if (!entity.exec() || !record.exec() || !mention.exec() || !link.exec())
            return false;
    }
    return tx.commit();
}

double seconds(QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

// The process's CPU time (user and system, all threads) in seconds: wall time is inflated on a shared machine.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

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
    if (!ws || (!reuse && !build(*ws, incidents, stores))) {
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
