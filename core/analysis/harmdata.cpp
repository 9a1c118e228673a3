#include "analysis/harmdata.h"

#include "analysis/postcodetable.h"

#include "model/entitytype.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace fc {

namespace {

// Calls f(name, value) for each fact of a mention's facts JSON ([[name, value], ...]).
template<typename F>
void forEachFact(const QByteArray &facts, F f)
{
    const QJsonArray a = QJsonDocument::fromJson(facts).array();
    for (const QJsonValue &pair : a) {
        const QJsonArray p = pair.toArray();
        if (p.size() == 2)
            f(p.at(0).toString(), p.at(1).toVariant().toString());
    }
}

std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

} // namespace

bool HarmData::load(Database &db, const QDate &from, const QDate &to, QString *error)
{
    incidents.clear();
    places.clear();
    offenders.clear();
    offenderLabels.clear();
    incidentBng.clear();
    auto fail = [&](const Statement &q) {
        if (error)
            *error = q.errorString();
        return false;
    };

    QString sql = QStringLiteral("SELECT id, offence, value_gbp, occurred_at FROM entities "
                                 "WHERE type = ? AND merged_into IS NULL");
    if (from.isValid())
        sql += QStringLiteral(" AND occurred_at >= ?2");
    if (to.isValid())
        sql += QStringLiteral(" AND occurred_at < ?3");
    sql += QStringLiteral(" ORDER BY id");
    Statement q = db.prepare(sql);
    q.bind(1, int(EntityType::Incident));
    if (from.isValid())
        q.bind(2, from.toString(Qt::ISODate));
    if (to.isValid())
        q.bind(3, to.addDays(1).toString(Qt::ISODate));
    QHash<qint64, int> index;
    while (q.step()) {
        HarmIncident i;
        i.id = q.int64(0);
        i.offence = q.text(1);
        i.valueGbp = q.isNull(2) ? 0 : q.real(2);
        i.occurredAt = q.text(3);
        index.insert(i.id, int(incidents.size()));
        incidents << i;
    }
    if (!q.ok())
        return fail(q);

    // Where each incident occurred (the place as merged), and who reported it.
    Statement links = db.prepare(QStringLiteral(
        "SELECT l.from_id, coalesce(p.merged_into, p.id) FROM links l JOIN entities p ON p.id = l.to_id "
        "WHERE l.type = 'occurred_at' AND p.type = ?"));
    links.bind(1, int(EntityType::Location));
    while (links.step()) {
        const auto it = index.constFind(links.int64(0));
        if (it != index.constEnd() && incidents[*it].placeId == 0)
            incidents[*it].placeId = links.int64(1);
    }
    if (!links.ok())
        return fail(links);

    Statement org = db.prepare(QStringLiteral(
        "SELECT m.entity_id, i.organisation, m.facts FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "JOIN source_records s ON s.id = m.source_record_id JOIN imports i ON i.id = s.import_id "
        "WHERE e.type = ? ORDER BY m.id"));
    org.bind(1, int(EntityType::Incident));
    while (org.step()) {
        const auto it = index.constFind(org.int64(0));
        if (it == index.constEnd())
            continue;
        HarmIncident &i = incidents[*it];
        if (i.organisation.isEmpty())
            i.organisation = org.text(1);
        const QByteArray facts = org.blob(2);
        if (facts.contains("\"lat\"") || facts.contains("\"lon\"")) {
            forEachFact(facts, [&](const QString &name, const QString &value) {
                if (name == QLatin1String("lat"))
                    i.latitude = number(value);
                else if (name == QLatin1String("lon"))
                    i.longitude = number(value);
            });
        }
    }
    if (!org.ok())
        return fail(org);

    // Places: every location with the facts that can locate it (later mentions win).
    Statement pq = db.prepare(QStringLiteral(
        "SELECT coalesce(e.merged_into, e.id), e.label, e.subtype, m.facts FROM entities e "
        "LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.type = ? ORDER BY e.merged_into IS NOT NULL, m.id"));
    pq.bind(1, int(EntityType::Location));
    while (pq.step()) {
        const qint64 id = pq.int64(0);
        HarmPlace &p = places[id];
        if (p.id == 0) {
            p.id = id;
            p.label = pq.text(1);
            p.subtype = pq.text(2);
        }
        forEachFact(pq.blob(3), [&](const QString &name, const QString &value) {
            if (name == QLatin1String("lat"))
                p.latitude = number(value);
            else if (name == QLatin1String("lon"))
                p.longitude = number(value);
            else if (name == QLatin1String("postcode"))
                p.postcode = value;
            else if (name == QLatin1String("lsoa_code"))
                p.lsoaCode = value;
            else if (name == QLatin1String("lsoa_name"))
                p.lsoaName = value;
        });
    }
    if (!pq.ok())
        return fail(pq);

    Statement oq = db.prepare(QStringLiteral(
        "SELECT coalesce(p.merged_into, p.id), l.to_id, p.label FROM links l JOIN entities p ON p.id = l.from_id "
        "WHERE l.type = 'suspect_in' AND p.type = ?"));
    oq.bind(1, int(EntityType::Person));
    while (oq.step()) {
        const qint64 person = oq.int64(0);
        const qint64 incident = oq.int64(1);
        if (!index.contains(incident))
            continue;
        QList<qint64> &list = offenders[incident];
        if (!list.contains(person))
            list << person;
        if (!offenderLabels.contains(person))
            offenderLabels.insert(person, oq.text(2));
    }
    if (!oq.ok())
        return fail(oq);
    return true;
}

void HarmData::locate(Database &db, const Projector &project)
{
    // The postcode table: full postcodes and districts (outcodes), upper case with one space.
    Statement pc = db.prepare(QStringLiteral(
        "SELECT easting, northing, latitude, longitude FROM postcodes WHERE postcode = ?"));
    auto lookup = [&](const QString &code, QString *reason) -> std::optional<QPointF> {
        pc.reset();
        pc.bind(1, code);
        if (!pc.step())
            return std::nullopt;
        if (!pc.isNull(0) && !pc.isNull(1))
            return QPointF(pc.real(0), pc.real(1));
        if (!pc.isNull(2) && !pc.isNull(3)) {
            const auto p = project ? project(pc.real(2), pc.real(3)) : std::nullopt;
            if (!p)
                *reason = QCoreApplication::translate("HarmData", "postcode outside the UK grid");
            return p;
        }
        return std::nullopt;
    };
    const bool havePostcodes = db.scalarInt(QStringLiteral("SELECT count(*) FROM postcodes"), 0) > 0;
    for (HarmPlace &p : places) {
        p.located = false;
        p.unlocatedReason.clear();
        if (p.latitude && p.longitude) {
            const auto bng = project ? project(*p.latitude, *p.longitude) : std::nullopt;
            if (bng) {
                p.bng = *bng;
                p.located = true;
            } else {
                p.unlocatedReason = QCoreApplication::translate("HarmData", "coordinates outside the UK grid");
            }
            continue;
        }
        if (p.postcode.isEmpty()) {
            p.unlocatedReason = QCoreApplication::translate("HarmData", "no coordinates and no postcode");
            continue;
        }
        if (!havePostcodes) {
            p.unlocatedReason = QCoreApplication::translate(
                "HarmData", "no coordinates; no postcode table loaded (fusioncell-cli postcodes load)");
            continue;
        }
        QString reason;
        const QString full = PostcodeTable::normalise(p.postcode);
        auto bng = lookup(full, &reason);
        if (!bng && reason.isEmpty())
            bng = lookup(full.section(QLatin1Char(' '), 0, 0), &reason); // the postcode district
        if (bng) {
            p.bng = *bng;
            p.located = true;
        } else {
            p.unlocatedReason = !reason.isEmpty() ? reason
                                                   : QCoreApplication::translate(
                                                         "HarmData", "postcode %1 not in the postcode table").arg(full);
        }
    }
    incidentBng.clear();
    incidentBng.reserve(incidents.size());
    for (const HarmIncident &i : std::as_const(incidents)) {
        const auto it = places.constFind(i.placeId);
        if (it != places.constEnd() && it->located)
            incidentBng << it->bng;
        else if (i.latitude && i.longitude && project)
            incidentBng << project(*i.latitude, *i.longitude);
        else
            incidentBng << std::nullopt;
    }
    // The R*Tree of located places (for finding places in a rectangle without a scan).
    if (!db.isReadOnly()) {
        Transaction tx(db);
        db.exec(QStringLiteral("DELETE FROM place_index"));
        Statement ins = db.prepare(QStringLiteral("INSERT INTO place_index(id, min_x, max_x, min_y, max_y) VALUES (?,?,?,?,?)"));
        for (const HarmPlace &p : std::as_const(places)) {
            if (!p.located)
                continue;
            ins.reset();
            ins.bind(1, p.id).bind(2, p.bng.x()).bind(3, p.bng.x()).bind(4, p.bng.y()).bind(5, p.bng.y());
            ins.exec();
        }
        tx.commit();
    }
}

} // namespace fc
