#include "analysis/harmdata.h"

#include "analysis/postcodetable.h"

#include "model/entitytype.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <utility>

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

bool HarmData::load(Database &db, const QDate &from, const QDate &to, QString *error, Reading reading)
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

    // Organisations by import (a handful).
    QHash<qint64, QString> organisationOf;
    Statement imports = db.prepare(QStringLiteral("SELECT id, organisation FROM imports"));
    while (imports.step())
        organisationOf.insert(imports.int64(0), imports.text(1));

    // Places first: every location with the facts that can locate it (later mentions win), and the
    // place each location id stands for after merges (incidents' place_id is the place as linked).
    QHash<qint64, qint64> placeOf;
    Statement pq = db.prepare(QStringLiteral(
        "SELECT coalesce(e.merged_into, e.id), e.label, e.subtype, m.facts, e.id FROM entities e "
        "LEFT JOIN mentions m ON m.entity_id = e.id WHERE e.type = ? ORDER BY e.merged_into IS NOT NULL, m.id"));
    pq.bind(1, int(EntityType::Location));
    while (pq.step()) {
        const qint64 id = pq.int64(0);
        placeOf.insert(pq.int64(4), id);
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
    // The incidents, from their own columns (schema 8: place_id, import_id) through the
    // entities_incident_place index. Only where a mention holds coordinates are its facts read.
    const bool grouped = reading != Reading::PerIncident;
    // The length of the occurred_at prefix a grouped reading groups by (0: none).
    const int keyLength = reading == Reading::GroupedByMonth ? 7
                        : reading == Reading::GroupedByDay   ? 10
                        : reading == Reading::GroupedByHour  ? 13
                                                             : 0;
    const bool latest = reading == Reading::GroupedByMonthLatest;
    const bool byMonth = keyLength > 0;
    const QString key = QStringLiteral("substr(e.occurred_at, 1, %1)").arg(keyLength);
    QString range;
    if (from.isValid())
        range += QStringLiteral(" AND e.occurred_at >= ?3");
    if (to.isValid())
        range += QStringLiteral(" AND e.occurred_at < ?4");
    auto bindCommon = [&](Statement &q) {
        q.bind(1, int(EntityType::Incident));
        if (from.isValid())
            q.bind(3, from.toString(Qt::ISODate));
        if (to.isValid())
            q.bind(4, to.addDays(1).toString(Qt::ISODate));
    };
    // An incident's own coordinates matter only where it has no place (here) or its place cannot be
    // located (looked up by locate() for those few): not a mention lookup for each of a million.
    const QString facts = QStringLiteral(
        "CASE WHEN e.place_id IS NULL THEN (SELECT m.facts FROM mentions m WHERE m.entity_id = e.id AND "
        "(instr(m.facts, '\"lat\"') OR instr(m.facts, '\"lon\"')) LIMIT 1) END");
    // (The incidents with no place are sorted by "+e.id", not "e.id": SQLite would otherwise walk every
    // incident in id order rather than seek the few with no place in entities_incident_place.)
    QHash<qint64, int> index;
    QString lastOffence; // offences repeat: share one string between consecutive equal ones
    auto readIncidents = [&](const QString &sql, bool groups) {
        Statement q = db.prepare(sql);
        bindCommon(q);
        while (q.step()) {
            HarmIncident i;
            i.id = groups ? 0 : q.int64(0);
            i.offence = q.text(1);
            if (i.offence == lastOffence)
                i.offence = lastOffence;
            else
                lastOffence = i.offence;
            i.valueGbp = q.isNull(2) ? 0 : q.real(2);
            i.occurredAt = byMonth ? q.text(3).left(keyLength) : q.text(3);
            i.placeId = q.isNull(4) ? 0 : placeOf.value(q.int64(4), 0); // 0: the place was erased
            if (!q.isNull(5))
                i.organisation = organisationOf.value(q.int64(5));
            if (groups) {
                i.count = q.int64(6);
            } else if (!q.isNull(6)) {
                forEachFact(q.blob(6), [&](const QString &name, const QString &value) {
                    if (name == QLatin1String("lat"))
                        i.latitude = number(value);
                    else if (name == QLatin1String("lon"))
                        i.longitude = number(value);
                });
            }
            if (!groups)
                index.insert(i.id, int(incidents.size()));
            // By month (day, hour), the aggregate's rows (per date, in the index's order) of one place,
            // organisation, offence and month follow each other: they are merged into one.
            if (groups && byMonth && !incidents.isEmpty()) {
                HarmIncident &last = incidents.last();
                if (last.placeId == i.placeId && last.occurredAt == i.occurredAt && last.offence == i.offence
                    && last.organisation == i.organisation) {
                    last.count += i.count;
                    last.valueGbp += i.valueGbp;
                    continue;
                }
            }
            incidents << std::move(i);
        }
        return q.ok() ? true : fail(q);
    };
    // The monthly totals (schema 11, kept by triggers) answer a range of whole months: from a 1st, to a
    // month's last day (or open ends). Other ranges read the incidents.
    const bool wholeMonths = (!from.isValid() || from.day() == 1)
                          && (!to.isValid() || to.addDays(1).day() == 1);
    if (latest && wholeMonths && db.scalarInt(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'incident_months'"), 0) > 0) {
        QString months;
        if (from.isValid())
            months += QStringLiteral(" AND month >= ?3");
        if (to.isValid())
            months += QStringLiteral(" AND month <= ?4 AND month <> ''");
        Statement q = db.prepare(QStringLiteral("SELECT NULL, offence, value_gbp, latest, place_id, "
                                                "nullif(import_id, 0), incidents FROM incident_months "
                                                "WHERE incidents > 0%1").arg(months));
        if (from.isValid())
            q.bind(3, from.toString(QStringLiteral("yyyy-MM")));
        if (to.isValid())
            q.bind(4, to.toString(QStringLiteral("yyyy-MM")));
        // Rows come in key order (place, import, offence, month): a place's, import's and offence's
        // strings are made once per run of rows, and each group's date is its month's 1st (one shared
        // string per month) except where the real latest date-time matters to the series: the data's
        // last date (the greatest latest) and whether every date is a 1st (a group whose latest is not).
        const qint64 groups = db.scalarInt(QStringLiteral("SELECT count(*) FROM incident_months"), 0);
        incidents.reserve(qsizetype(std::max<qint64>(groups, 0)));
        QByteArray offenceUtf8;
        qint64 rawPlace = -1, place = 0, rawImport = -1;
        QString organisation;
        QHash<int, QString> firstOfMonth;
        QByteArray maxLatest, notFirst;
        qsizetype maxIndex = -1, notFirstIndex = -1;
        while (q.step()) {
            HarmIncident i;
            i.id = 0;
            const QByteArrayView offence = q.utf8(1);
            if (incidents.isEmpty() || offence != QByteArrayView(offenceUtf8)) {
                offenceUtf8 = offence.toByteArray();
                lastOffence = QString::fromUtf8(offence);
            }
            i.offence = lastOffence;
            i.valueGbp = q.real(2);
            const QByteArrayView latestDate = q.utf8(3);
            const qsizetype at = incidents.size();
            auto digits = [&](int from, int length) {
                int v = 0;
                for (int k = from; k < from + length; ++k) {
                    const char c = latestDate.at(k);
                    if (c < '0' || c > '9')
                        return -1;
                    v = v * 10 + (c - '0');
                }
                return v;
            };
            const int year = latestDate.size() >= 10 && latestDate.at(4) == '-' && latestDate.at(7) == '-'
                           ? digits(0, 4) : -1;
            const int month = year >= 0 ? digits(5, 2) : -1;
            if (year >= 0 && month >= 1 && month <= 12) {
                auto it = firstOfMonth.find(year * 12 + month);
                if (it == firstOfMonth.end())
                    it = firstOfMonth.insert(year * 12 + month,
                                             QString::fromLatin1(latestDate.first(7).toByteArray()) + QStringLiteral("-01"));
                i.occurredAt = *it;
                if (maxIndex < 0 || latestDate > QByteArrayView(maxLatest)) {
                    maxLatest = latestDate.toByteArray();
                    maxIndex = at;
                }
                if (notFirstIndex < 0 && latestDate.sliced(8, 2) != QByteArrayView("01")) {
                    notFirst = latestDate.toByteArray();
                    notFirstIndex = at;
                }
            } else if (!q.isNull(3)) {
                i.occurredAt = q.text(3); // not an ISO date: as it is, as the incidents' reading gives it
            }
            const qint64 rawPlaceId = q.int64(4);
            if (rawPlaceId != rawPlace) {
                rawPlace = rawPlaceId;
                place = placeOf.value(rawPlaceId, 0); // 0: the place was erased
            }
            i.placeId = place;
            const qint64 importId = q.isNull(5) ? 0 : q.int64(5);
            if (importId != rawImport) {
                rawImport = importId;
                organisation = importId != 0 ? organisationOf.value(importId) : QString();
            }
            i.organisation = organisation;
            i.count = q.int64(6);
            incidents << std::move(i);
        }
        if (maxIndex >= 0)
            incidents[maxIndex].occurredAt = QString::fromUtf8(maxLatest);
        if (notFirstIndex >= 0)
            incidents[notFirstIndex].occurredAt = QString::fromUtf8(notFirst);
        if (!q.ok())
            return fail(q);
        return readIncidents(QStringLiteral("SELECT e.id, e.offence, e.value_gbp, e.occurred_at, NULL, e.import_id, %1 "
                                            "FROM entities e WHERE e.type = ?1 AND e.merged_into IS NULL "
                                            "AND e.place_id IS NULL%2 ORDER BY +e.id").arg(facts, range),
                             false);
    }
    if (latest) {
        // One row per place, organisation, offence and month (SQLite sorts by month), with its latest date.
        if (!readIncidents(QStringLiteral("SELECT NULL, e.offence, total(e.value_gbp), max(e.occurred_at), e.place_id, "
                                          "e.import_id, count(*) FROM entities e WHERE e.type = ?1 AND e.merged_into "
                                          "IS NULL AND e.place_id IS NOT NULL%1 GROUP BY e.place_id, e.import_id, "
                                          "e.offence, substr(e.occurred_at, 1, 7)").arg(range),
                           true))
            return false;
        return readIncidents(QStringLiteral("SELECT e.id, e.offence, e.value_gbp, e.occurred_at, NULL, e.import_id, %1 "
                                            "FROM entities e WHERE e.type = ?1 AND e.merged_into IS NULL "
                                            "AND e.place_id IS NULL%2 ORDER BY +e.id").arg(facts, range),
                             false);
    }
    if (grouped) {
        // One aggregate in the index's order (no sort; by month, per date, the dates of a month then
        // merged as they come); then the incidents with no place one by one, for their own coordinates.
        if (!readIncidents(QStringLiteral("SELECT NULL, e.offence, total(e.value_gbp), %1, e.place_id, e.import_id, "
                                          "count(*) FROM entities e WHERE e.type = ?1 AND e.merged_into IS NULL "
                                          "AND e.place_id IS NOT NULL%2 GROUP BY e.place_id, e.import_id, e.offence%3")
                               .arg(byMonth ? QStringLiteral("e.occurred_at") : QStringLiteral("NULL"), range,
                                    byMonth ? QStringLiteral(", e.occurred_at") : QString()),
                           true))
            return false;
        if (!readIncidents(QStringLiteral("SELECT e.id, e.offence, e.value_gbp, %1, NULL, e.import_id, %2 "
                                          "FROM entities e WHERE e.type = ?1 AND e.merged_into IS NULL "
                                          "AND e.place_id IS NULL%3 ORDER BY +e.id")
                               .arg(byMonth ? key : QStringLiteral("NULL"),
                                    facts, range),
                           false))
            return false;
        return true;
    }
    if (!readIncidents(QStringLiteral("SELECT e.id, e.offence, e.value_gbp, e.occurred_at, e.place_id, e.import_id, %1 "
                                      "FROM entities e WHERE e.type = ?1 AND e.merged_into IS NULL%2 ORDER BY e.id")
                           .arg(facts, range),
                       false))
        return false;

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
    // Incidents at a place that could not be located fall back on their own coordinates, if a mention
    // gives them (read here, for these few, rather than for every incident by load()).
    Statement own = db.prepare(QStringLiteral(
        "SELECT m.facts FROM mentions m WHERE m.entity_id = ? AND (instr(m.facts, '\"lat\"') OR "
        "instr(m.facts, '\"lon\"')) LIMIT 1"));
    for (HarmIncident &i : incidents) {
        if (i.id == 0 || i.placeId == 0 || i.latitude || i.longitude)
            continue;
        const auto it = places.constFind(i.placeId);
        if (it == places.constEnd() || it->located)
            continue;
        own.reset();
        own.bind(1, i.id);
        if (own.step()) {
            forEachFact(own.blob(0), [&](const QString &name, const QString &value) {
                if (name == QLatin1String("lat"))
                    i.latitude = number(value);
                else if (name == QLatin1String("lon"))
                    i.longitude = number(value);
            });
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
}

bool HarmData::writePlaceIndex(Database &db, QString *error) const
{
    Transaction tx(db);
    Statement ins = db.prepare(QStringLiteral("INSERT INTO place_index(id, min_x, max_x, min_y, max_y) VALUES (?,?,?,?,?)"));
    bool ok = tx.isActive() && ins.isValid() && db.exec(QStringLiteral("DELETE FROM place_index"));
    for (auto it = places.constBegin(); ok && it != places.constEnd(); ++it) {
        if (!it->located)
            continue;
        ins.reset();
        ins.bind(1, it->id).bind(2, it->bng.x()).bind(3, it->bng.x()).bind(4, it->bng.y()).bind(5, it->bng.y());
        ok = ins.exec();
    }
    if (!ok || !tx.commit()) {
        if (error)
            *error = db.lastError();
        return false;
    }
    return true;
}

} // namespace fc
