// Offender management benchmark.
//  1. --persons N (default 200000) people with 1-9 incidents each (about 5 on average) over three
//     years, written straight into a workspace: the time to read the offending history
//     (OffendingHistory::load) and to rank everyone with explanations (PriorityScorer::rank), next
//     to a peer: one SQLite query that works out the same recency, frequency and count bands with
//     CASE expressions and sorts (no explanations); and the floor: the loader's three scans stepped
//     through SQLite with their columns read and nothing built.
//  2. The profile of a person with --incidents N (default 1000) incidents at 40 stores with
//     coordinates, with 2,000 other people sharing some of them (ProfileBuilder::build, with and
//     without the network role), next to a peer: the SQLite query that lists the person's incidents
//     with their store.
// Run: build-bench/bin/bench_offenders [--persons N] [--incidents N]

#include "offenders/offendinghistory.h"
#include "offenders/priorityscorer.h"
#include "offenders/profilebuilder.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace fc;

namespace {

// CPU time of the process in ms (every thread): on a shared machine the wall clock also counts other people's work.
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

const char *const kOffences[] = {"shop_theft", "shop_theft", "shop_theft", "robbery", "fraud", "assault"};

struct Writer
{
    Database &db;
    Statement entity, link, mention;
    qint64 record = 0;

    explicit Writer(Database &d)
        : db(d)
    {
        db.exec(QStringLiteral("INSERT INTO imports(file_name, file_size, sha256, spec_name, spec_json, organisation, "
                               "started_at) VALUES ('bench.csv', 0, 'x', 'bench', '{}', 'Bench Retail', '2026-01-01')"));
        db.exec(QStringLiteral("INSERT INTO source_records(import_id, row_number, raw, grade_source, grade_intelligence, "
                               "grade_handling) VALUES (1, 1, '', '2', 'B', 'P')"));
        record = db.lastInsertRowId();
        entity = db.prepare(QStringLiteral(
            "INSERT INTO entities(type, subtype, label, occurred_at, value_gbp, offence, area) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
        link = db.prepare(QStringLiteral(
            "INSERT INTO links(type, from_id, to_id, source_record_id) VALUES (?1, ?2, ?3, ?4)"));
        mention = db.prepare(QStringLiteral(
            "INSERT INTO mentions(entity_id, source_record_id, role, facts) VALUES (?1, ?2, ?3, ?4)"));
    }
    qint64 add(int type, const QString &label, const QString &occurredAt = QString(), const QString &offence = QString(),
               double value = 0, const QString &area = QString())
    {
        entity.bind(1, type).bind(2, type == 3 ? QStringLiteral("store") : QString()).bind(3, label).bind(4, occurredAt);
        if (type == 4)
            entity.bind(5, value);
        else
            entity.bindNull(5);
        entity.bind(6, offence).bind(7, area);
        entity.exec();
        entity.reset();
        return db.lastInsertRowId();
    }
    void linkOf(const char *type, qint64 from, qint64 to)
    {
        link.bind(1, QString::fromLatin1(type)).bind(2, from).bind(3, to).bind(4, record);
        link.exec();
        link.reset();
    }
    void facts(qint64 entityId, const QString &json)
    {
        mention.bind(1, entityId).bind(2, record).bind(3, QStringLiteral("bench")).bind(4, json);
        mention.exec();
        mention.reset();
    }
};

QString dateTime(QRandomGenerator &rng)
{
    // 2023-07-01 .. 2026-06-30, hours 08-21.
    const QDate d = QDate(2023, 7, 1).addDays(rng.bounded(1096));
    return QStringLiteral("%1T%2:%3:00").arg(d.toString(Qt::ISODate)).arg(8 + rng.bounded(14), 2, 10, QLatin1Char('0'))
        .arg(rng.bounded(60), 2, 10, QLatin1Char('0'));
}

void ranking(int persons)
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("rank.fcdb")), &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    QRandomGenerator rng(7);
    QElapsedTimer t;
    t.start();
    qint64 incidents = 0;
    {
        Transaction tx(ws->database());
        Writer w(ws->database());
        for (int p = 0; p < persons; ++p) {
            const qint64 person = w.add(1, QStringLiteral("Person %1").arg(p));
            const int n = 1 + rng.bounded(9);
            for (int i = 0; i < n; ++i) {
                const qint64 inc = w.add(4, QStringLiteral("INC%1").arg(++incidents), dateTime(rng),
                                         QString::fromLatin1(kOffences[rng.bounded(6)]), rng.bounded(300), QString());
                w.linkOf("suspect_in", person, inc);
            }
        }
        tx.commit();
    }
    std::printf("ranking: %d persons, %lld incidents written in %.1f s\n", persons, qlonglong(incidents), t.elapsed() / 1000.0);

    const QDate asOf(2026, 7, 1);
    t.restart();
    qint64 cpu = cpuMs();
    const OffendingHistory history = OffendingHistory::load(*ws);
    const qint64 loadMs = t.elapsed(), loadCpu = cpuMs() - cpu;
    t.restart();
    cpu = cpuMs();
    const QList<PriorityScore> ranked = PriorityScorer(PriorityBands::defaults()).rank(history, asOf, true);
    const qint64 rankMs = t.elapsed(), rankCpu = cpuMs() - cpu;
    qint64 chars = 0;
    for (const PriorityScore &s : ranked)
        chars += s.explanation.size();
    std::printf("  FusionCell: history read %lld ms + ranked with explanations %lld ms = %lld ms wall; CPU %lld + %lld = %lld ms "
                "(goal < 2000 ms; %lld people, %.0f characters of explanation each)\n",
                qlonglong(loadMs), qlonglong(rankMs), qlonglong(loadMs + rankMs), qlonglong(loadCpu), qlonglong(rankCpu),
                qlonglong(loadCpu + rankCpu),
                qlonglong(ranked.size()), double(chars) / qMax<qint64>(1, ranked.size()));

    // Peer: the bands in one SQL query (recency, frequency, count harm), sorted; no explanations.
    t.restart();
    cpu = cpuMs();
    Statement peer = ws->database().prepare(QStringLiteral(
        "WITH f AS (SELECT l.from_id AS p, max(julianday(substr(i.occurred_at, 1, 10))) AS last, "
        "  sum(julianday(substr(i.occurred_at, 1, 10)) > julianday('2026-07-01') - 365) AS freq, count(*) AS harm "
        "  FROM links l JOIN entities i ON i.id = l.to_id WHERE l.type IN ('suspect_in', 'offender_in') GROUP BY l.from_id), "
        "s AS (SELECT p, julianday('2026-07-01') - last AS days, freq, harm FROM f) "
        "SELECT p, (CASE WHEN days <= 28 THEN 5 WHEN days <= 91 THEN 4 WHEN days <= 182 THEN 3 WHEN days <= 365 THEN 2 "
        "  WHEN days <= 730 THEN 1 ELSE 0 END) + (CASE WHEN freq >= 20 THEN 5 WHEN freq >= 10 THEN 4 WHEN freq >= 5 THEN 3 "
        "  WHEN freq >= 2 THEN 2 WHEN freq >= 1 THEN 1 ELSE 0 END) + (CASE WHEN harm >= 50 THEN 5 WHEN harm >= 20 THEN 4 "
        "  WHEN harm >= 10 THEN 3 WHEN harm >= 5 THEN 2 WHEN harm >= 1 THEN 1 ELSE 0 END) AS score, harm, days "
        "FROM s ORDER BY score DESC, harm DESC, days, p"));
    qint64 rows = 0;
    while (peer.step())
        ++rows;
    std::printf("  peer (SQLite, one query, bands by CASE, no explanations): %lld ms wall, %lld ms CPU for %lld people\n",
                qlonglong(t.elapsed()), qlonglong(cpuMs() - cpu), qlonglong(rows));

    // Floor: the three scans OffendingHistory::load makes, stepped with their columns read and nothing
    // made of them (what reading alone costs through SQLite).
    t.restart();
    cpu = cpuMs();
    qint64 checksum = 0;
    for (const char *sql : {"SELECT id, type, merged_into, label FROM entities WHERE merged_into IS NOT NULL OR type IN (1, 4)",
                            "SELECT from_id, to_id FROM links WHERE type IN ('suspect_in', 'offender_in')",
                            "SELECT id, occurred_at, offence, value_gbp FROM entities NOT INDEXED WHERE type = 4 AND merged_into IS NULL"}) {
        Statement scan = ws->database().prepare(QString::fromLatin1(sql));
        const int columns = scan.columnCount();
        while (scan.step())
            for (int c = 0; c < columns; ++c)
                checksum += c == 0 ? scan.int64(c) : scan.utf8(c).size();
    }
    std::printf("  floor (the loader's three scans through SQLite, columns read, nothing built): %lld ms wall, %lld ms CPU "
                "(checksum %lld)\n",
                qlonglong(t.elapsed()), qlonglong(cpuMs() - cpu), qlonglong(checksum));
}

void profile(int incidentCount)
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("profile.fcdb")), &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    QRandomGenerator rng(11);
    qint64 target = 0;
    {
        Transaction tx(ws->database());
        Writer w(ws->database());
        QList<qint64> stores;
        for (int s = 0; s < 40; ++s) {
            const qint64 id = w.add(3, QStringLiteral("Store %1").arg(s), {}, {}, 0, QStringLiteral("Town %1").arg(s % 8));
            w.facts(id, QStringLiteral(R"([["name","Store %1"],["postcode","LS%1 1AA"],["lat","%2"],["lon","%3"]])")
                            .arg(s).arg(53.0 + rng.generateDouble()).arg(-2.0 + rng.generateDouble()));
            stores << id;
        }
        QList<qint64> others;
        for (int p = 0; p < 2000; ++p) {
            const qint64 id = w.add(1, QStringLiteral("Other %1").arg(p));
            w.facts(id, QStringLiteral(R"([["full_name","Other %1"],["dob","1990-01-01"]])").arg(p));
            others << id;
        }
        target = w.add(1, QStringLiteral("Target PERSON"));
        w.facts(target, QStringLiteral(R"([["full_name","Target PERSON"],["dob","1988-08-08"]])"));
        qint64 n = 0;
        auto incident = [&](qint64 person) {
            const qint64 inc = w.add(4, QStringLiteral("INC%1").arg(++n), dateTime(rng), QString::fromLatin1(kOffences[rng.bounded(6)]),
                                     rng.bounded(300), QString());
            w.linkOf("suspect_in", person, inc);
            w.linkOf("occurred_at", inc, stores.at(rng.bounded(int(stores.size()))));
            return inc;
        };
        for (int i = 0; i < incidentCount; ++i) {
            const qint64 inc = incident(target);
            if (rng.bounded(4) == 0) // a quarter with a co-offender
                w.linkOf("suspect_in", others.at(rng.bounded(int(others.size()))), inc);
        }
        for (int i = 0; i < 10000; ++i) {
            const qint64 inc = incident(others.at(rng.bounded(int(others.size()))));
            if (rng.bounded(5) == 0)
                w.linkOf("suspect_in", others.at(rng.bounded(int(others.size()))), inc);
        }
        tx.commit();
    }
    std::printf("profile: a person with %d incidents in a workspace of 2,001 people and %d incidents\n", incidentCount,
                incidentCount + 10000);
    for (bool network : {false, true}) {
        ProfileBuilder b(*ws);
        b.setIncludeNetwork(network);
        b.setAsOf(QDate(2026, 7, 1));
        QList<qint64> times, cpuTimes;
        int shown = 0;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer t;
            t.start();
            const qint64 cpu = cpuMs();
            const auto p = b.build(target, &error);
            times << t.elapsed();
            cpuTimes << cpuMs() - cpu;
            shown = p ? int(p->incidents.size()) : -1;
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        std::printf("  FusionCell profile %s: median of 5 %lld ms wall, %lld ms CPU (min %lld, max %lld wall; %d incidents; "
                    "goal < 300 ms)\n",
                    network ? "with network role" : "without network role", qlonglong(times.at(2)),
                    qlonglong(cpuTimes.at(2)), qlonglong(times.first()), qlonglong(times.last()), shown);
    }
    QElapsedTimer t;
    t.start();
    const qint64 cpu = cpuMs();
    Statement peer = ws->database().prepare(QStringLiteral(
        "SELECT i.id, i.label, i.occurred_at, i.offence, i.value_gbp, s.label FROM links l JOIN entities i ON i.id = l.to_id "
        "LEFT JOIN links lo ON lo.from_id = i.id AND lo.type = 'occurred_at' LEFT JOIN entities s ON s.id = lo.to_id "
        "WHERE l.from_id = ? AND l.type = 'suspect_in' ORDER BY i.occurred_at"));
    peer.bind(1, target);
    int rows = 0;
    while (peer.step())
        ++rows;
    std::printf("  peer (SQLite, the person's incidents with their store, one query): %lld ms wall, %lld ms CPU for %d rows\n",
                qlonglong(t.elapsed()), qlonglong(cpuMs() - cpu), rows);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(QCommandLineOption(QStringLiteral("persons"), QStringLiteral("People to rank."), QStringLiteral("N"),
                                        QStringLiteral("200000")));
    parser.addOption(QCommandLineOption(QStringLiteral("incidents"), QStringLiteral("Incidents of the profiled person."),
                                        QStringLiteral("N"), QStringLiteral("1000")));
    parser.process(app);
    ranking(parser.value(QStringLiteral("persons")).toInt());
    profile(parser.value(QStringLiteral("incidents")).toInt());
    return 0;
}
