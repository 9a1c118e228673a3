#include "benchworkspace.h"

#include "model/entitytype.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cmath>
#include <ctime>

namespace fc::bench {

bool buildHarmWorkspace(Workspace &ws, int incidents, int stores, int firstYear, int months)
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
        // A skewed choice of store: the power few. The months round-robin from January of firstYear.
        const int store = 1 + int(std::floor(std::pow(rng.generateDouble(), 3.0) * stores));
        const QString when = QStringLiteral("%1-%2-%3T12:00:00").arg(firstYear + (i % months) / 12).arg(1 + i % 12, 2, 10, QLatin1Char('0'))
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

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace fc::bench
