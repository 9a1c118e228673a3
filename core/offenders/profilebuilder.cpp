#include "offenders/profilebuilder.h"

#include "graph/offenderprojection.h"
#include "offenders/incidentfact.h"
#include "offenders/offendinghistory.h"
#include "resolve/mergeledger.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

QChar firstChar(const QString &s)
{
    return s.isEmpty() ? QChar() : s.at(0);
}

struct RawLink
{
    qint64 id = 0;
    QString type;
    qint64 from = 0;
    qint64 to = 0;
    FactSource source;
};

// The columns of a link with its provenance, both ends followed to the live entity.
const char *const kLinkColumns =
    "SELECT l.id, l.type, coalesce(ef.merged_into, l.from_id), coalesce(et.merged_into, l.to_id), "
    "i.id, i.organisation, i.file_name, sr.grade_source, sr.grade_intelligence, sr.grade_handling, "
    "sr.handling_conditions "
    "FROM links l JOIN entities ef ON ef.id = l.from_id JOIN entities et ON et.id = l.to_id "
    "JOIN source_records sr ON sr.id = l.source_record_id JOIN imports i ON i.id = sr.import_id ";

RawLink readLink(const Statement &st)
{
    RawLink l;
    l.id = st.int64(0);
    l.type = st.text(1);
    l.from = st.int64(2);
    l.to = st.int64(3);
    l.source.linkId = l.id;
    l.source.importId = st.int64(4);
    l.source.organisation = st.text(5);
    l.source.fileName = st.text(6);
    l.source.grading.source = firstChar(st.text(7));
    l.source.grading.intelligence = firstChar(st.text(8));
    l.source.grading.handling = firstChar(st.text(9));
    l.source.grading.conditions = st.text(10);
    return l;
}

void addSource(QList<FactSource> &list, const FactSource &s)
{
    for (const FactSource &x : list)
        if (x.linkId == s.linkId)
            return;
    list.append(s);
}

} // namespace

ProfileBuilder::ProfileBuilder(Workspace &workspace, HarmLookup harm)
    : m_workspace(workspace)
    , m_harm(std::move(harm))
{
}

std::optional<OffenderProfile> ProfileBuilder::open(qint64 personId, const QString &justification, QString *error)
{
    const auto e = m_workspace.entity(personId);
    if (!e || e->type != EntityType::Person) {
        if (error)
            *error = tr("entity %1 is not a person in this workspace").arg(personId);
        return std::nullopt;
    }
    if (!m_workspace.recordConsultation(personId, justification)) {
        if (error)
            *error = tr("cannot write the consultation to the audit trail: %1").arg(m_workspace.database().lastError());
        return std::nullopt;
    }
    return build(personId, error);
}

std::optional<OffenderProfile> ProfileBuilder::build(qint64 personId, QString *error)
{
    Database &db = m_workspace.database();
    auto e = m_workspace.entity(personId);
    if (!e || e->type != EntityType::Person) {
        if (error)
            *error = tr("entity %1 is not a person in this workspace").arg(personId);
        return std::nullopt;
    }
    OffenderProfile p;
    p.person = PersonDisplay::of(m_workspace, personId, m_asOf);
    p.attributes = m_workspace.attributes(personId);
    p.mergedFrom = MergeLedger(m_workspace).mergesInto(personId);
    p.motivation = MotivationRegister(m_workspace).current(personId);

    // The person's own links (and those of everyone merged into them).
    const QStringList offenderTypes = OffendingHistory::offenderLinkTypes();
    QHash<qint64, ProfileIncident> incidents;
    QHash<qint64, ProfileLinked> vehicles, places, coOffenders;
    QHash<qint64, EntityRecord> records;
    auto recordOf = [&](qint64 id) -> const EntityRecord * {
        auto it = records.find(id);
        if (it == records.end()) {
            const auto r = m_workspace.entity(id);
            if (!r)
                return nullptr;
            it = records.insert(id, *r);
        }
        return &it.value();
    };
    {
        Statement st = db.prepare(QString::fromLatin1(kLinkColumns)
                                  + QStringLiteral("WHERE l.from_id IN (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1) "
                                                   "OR l.to_id IN (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1) ORDER BY l.id"));
        st.bind(1, personId);
        while (st.step()) {
            const RawLink l = readLink(st);
            const qint64 other = l.from == personId ? l.to : l.from;
            if (other == personId)
                continue;
            const EntityRecord *o = recordOf(other);
            if (!o)
                continue;
            if (o->type == EntityType::Incident && offenderTypes.contains(l.type)) {
                ProfileIncident &inc = incidents[other];
                inc.id = other;
                if (inc.role.isEmpty() || l.type == QLatin1String("offender_in"))
                    inc.role = l.type;
                addSource(inc.sources, l.source);
            } else if (o->type == EntityType::Vehicle) {
                ProfileLinked &v = vehicles[other];
                v.id = other;
                if (!v.via.contains(l.type))
                    v.via << l.type;
                addSource(v.sources, l.source);
            } else if (o->type == EntityType::Location) {
                ProfileLinked &pl = places[other];
                pl.id = other;
                if (!pl.via.contains(l.type))
                    pl.via << l.type;
                addSource(pl.sources, l.source);
            } else if (o->type == EntityType::Person) {
                ProfileLinked &c = coOffenders[other];
                c.id = other;
                if (!c.via.contains(l.type))
                    c.via << l.type;
                addSource(c.sources, l.source);
            }
        }
    }

    // The incidents' own details and links: their place, vehicles and the other people in them.
    if (!incidents.isEmpty()) {
        if (!db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS profile_incidents(id INTEGER PRIMARY KEY)"))
            || !db.exec(QStringLiteral("DELETE FROM temp.profile_incidents"))) {
            if (error)
                *error = tr("cannot read the profile: %1").arg(db.lastError());
            return std::nullopt;
        }
        Statement add = db.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.profile_incidents(id) VALUES (?)"));
        Statement merged = db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO temp.profile_incidents(id) SELECT id FROM entities WHERE merged_into = ?"));
        for (auto it = incidents.cbegin(); it != incidents.cend(); ++it) {
            add.bind(1, it.key());
            add.exec();
            add.reset();
            merged.bind(1, it.key());
            merged.exec();
            merged.reset();
        }
        Statement details = db.prepare(QStringLiteral(
            "SELECT e.id, e.label, e.occurred_at, e.offence, e.value_gbp, e.area FROM entities e "
            "JOIN temp.profile_incidents t ON t.id = e.id WHERE e.merged_into IS NULL"));
        while (details.step()) {
            auto it = incidents.find(details.int64(0));
            if (it == incidents.end())
                continue;
            it->reference = details.text(1);
            it->occurredAt = details.text(2);
            it->offence = details.text(3);
            it->valueGbp = details.real(4);
            it->area = details.text(5);
            it->harm = m_harm ? m_harm(it->offence) : std::nullopt;
        }
        Statement st = db.prepare(QString::fromLatin1(kLinkColumns)
                                  + QStringLiteral("WHERE l.from_id IN (SELECT id FROM temp.profile_incidents) "
                                                   "OR l.to_id IN (SELECT id FROM temp.profile_incidents) ORDER BY l.id"));
        QHash<qint64, QSet<qint64>> sharedWith; // co-offender -> incidents shared
        QHash<qint64, QSet<qint64>> vehicleIncidents, placeIncidents;
        while (st.step()) {
            const RawLink l = readLink(st);
            const bool fromIncident = incidents.contains(l.from);
            const qint64 incidentId = fromIncident ? l.from : l.to;
            const qint64 other = fromIncident ? l.to : l.from;
            if (other == personId || !incidents.contains(incidentId))
                continue;
            const EntityRecord *o = recordOf(other);
            if (!o)
                continue;
            if (o->type == EntityType::Person && offenderTypes.contains(l.type)) {
                ProfileLinked &c = coOffenders[other];
                c.id = other;
                if (!c.via.contains(l.type))
                    c.via << l.type;
                addSource(c.sources, l.source);
                sharedWith[other].insert(incidentId);
            } else if (o->type == EntityType::Location) {
                ProfileLinked &pl = places[other];
                pl.id = other;
                if (!pl.via.contains(l.type))
                    pl.via << l.type;
                addSource(pl.sources, l.source);
                placeIncidents[other].insert(incidentId);
                ProfileIncident &inc = incidents[incidentId];
                if (l.type == QLatin1String("occurred_at") && inc.placeId == 0) {
                    inc.placeId = other;
                    inc.place = o->label;
                    if (inc.area.isEmpty())
                        inc.area = o->area;
                }
            } else if (o->type == EntityType::Vehicle) {
                ProfileLinked &v = vehicles[other];
                v.id = other;
                if (!v.via.contains(l.type))
                    v.via << l.type;
                addSource(v.sources, l.source);
                vehicleIncidents[other].insert(incidentId);
            }
        }
        for (auto it = sharedWith.cbegin(); it != sharedWith.cend(); ++it)
            coOffenders[it.key()].incidents = int(it.value().size());
        for (auto it = vehicleIncidents.cbegin(); it != vehicleIncidents.cend(); ++it)
            vehicles[it.key()].incidents = int(it.value().size());
        for (auto it = placeIncidents.cbegin(); it != placeIncidents.cend(); ++it)
            places[it.key()].incidents = int(it.value().size());
    }

    // Incidents in date order, undated last; totals.
    p.incidents = incidents.values();
    std::sort(p.incidents.begin(), p.incidents.end(), [](const ProfileIncident &a, const ProfileIncident &b) {
        if (a.occurredAt.isEmpty() != b.occurredAt.isEmpty())
            return b.occurredAt.isEmpty();
        return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.id < b.id;
    });
    QHash<QString, int> areaCounts;
    for (const ProfileIncident &inc : std::as_const(p.incidents)) {
        p.totalValueGbp += inc.valueGbp;
        if (inc.harm) {
            p.totalHarm += *inc.harm;
            ++p.harmWeighted;
        } else {
            p.totalHarm += 1;
            ++p.harmCounted;
        }
        if (!inc.occurredAt.isEmpty()) {
            if (p.firstSeen.isEmpty())
                p.firstSeen = inc.occurredAt;
            p.lastSeen = inc.occurredAt;
            const qint64 day = IncidentFact::julianDay(inc.occurredAt);
            if (day > 0)
                ++p.weekdays[QDate::fromJulianDay(day).dayOfWeek() - 1];
            bool hourOk = false;
            const int hour = inc.occurredAt.size() >= 13 && (inc.occurredAt.at(10) == u'T' || inc.occurredAt.at(10) == u' ')
                                 ? inc.occurredAt.mid(11, 2).toInt(&hourOk)
                                 : -1;
            if (hourOk && hour >= 0 && hour < 24)
                ++p.hours[hour];
            else
                ++p.withoutTime;
        }
        if (!inc.area.isEmpty())
            ++areaCounts[inc.area];
    }
    for (auto it = areaCounts.cbegin(); it != areaCounts.cend(); ++it)
        p.areas.append({it.key(), it.value()});
    std::sort(p.areas.begin(), p.areas.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });

    // Places: postcode and coordinates; distances between consecutive dated offences.
    QHash<qint64, QPair<double, double>> coordinates;
    for (auto it = places.begin(); it != places.end(); ++it) {
        const EntityRecord *o = recordOf(it.key());
        it->label = o ? o->label : QString();
        QString lat, lon, postcode;
        for (const AttributeValue &a : m_workspace.attributes(it.key())) {
            if (a.name == QLatin1String("lat") && lat.isEmpty())
                lat = a.value;
            else if (a.name == QLatin1String("lon") && lon.isEmpty())
                lon = a.value;
            else if (a.name == QLatin1String("postcode") && postcode.isEmpty())
                postcode = a.value;
        }
        QStringList detail;
        if (!postcode.isEmpty())
            detail << postcode;
        if (o && !o->area.isEmpty())
            detail << o->area;
        it->detail = detail.join(QLatin1String(", "));
        bool okLat = false, okLon = false;
        const double la = lat.toDouble(&okLat), lo = lon.toDouble(&okLon);
        if (okLat && okLon)
            coordinates.insert(it.key(), {la, lo});
    }
    const ProfileIncident *previous = nullptr;
    for (const ProfileIncident &inc : std::as_const(p.incidents)) {
        if (inc.occurredAt.isEmpty())
            break;
        if (previous) {
            if (coordinates.contains(previous->placeId) && coordinates.contains(inc.placeId)) {
                const auto a = coordinates.value(previous->placeId), b = coordinates.value(inc.placeId);
                ProfileLeg leg;
                leg.fromIncident = previous->id;
                leg.toIncident = inc.id;
                leg.km = OffenderProfile::haversineKm(a.first, a.second, b.first, b.second);
                leg.days = IncidentFact::julianDay(inc.occurredAt) - IncidentFact::julianDay(previous->occurredAt);
                p.totalKm += leg.km;
                p.legs.append(leg);
            } else {
                ++p.legsWithoutCoordinates;
            }
        }
        previous = &inc;
    }

    for (auto it = vehicles.begin(); it != vehicles.end(); ++it)
        if (const EntityRecord *o = recordOf(it.key()))
            it->label = o->label;
    for (auto it = coOffenders.begin(); it != coOffenders.end(); ++it) {
        const PersonDisplay d = PersonDisplay::of(m_workspace, it.key(), m_asOf);
        it->label = d.name;
        it->detail = d.detail();
    }
    auto ordered = [](const QHash<qint64, ProfileLinked> &h) {
        QList<ProfileLinked> list = h.values();
        std::sort(list.begin(), list.end(), [](const ProfileLinked &a, const ProfileLinked &b) {
            return a.incidents != b.incidents ? a.incidents > b.incidents : a.id < b.id;
        });
        return list;
    };
    p.coOffenders = ordered(coOffenders);
    p.vehicles = ordered(vehicles);
    p.places = ordered(places);

    if (p.motivation)
        p.suggestedInterventions = InterventionRegister(m_workspace).suggestions(*p.motivation->motivation);
    QList<IncidentFact> facts;
    for (const ProfileIncident &inc : std::as_const(p.incidents)) {
        IncidentFact f;
        f.incidentId = inc.id;
        f.setOccurredAt(inc.occurredAt);
        f.offence = inc.offence;
        f.valueGbp = inc.valueGbp;
        facts << f;
    }
    for (const InterventionRecord &r : InterventionRegister(m_workspace).interventions(personId)) {
        InterventionEffect e = InterventionRegister::effect(r, facts, m_windowDays, m_asOf, m_harm);
        if (p.motivation)
            e.motivation = p.motivation->motivation;
        p.interventions << e;
    }

    if (m_network) {
        p.network = NetworkRoles::of(NetworkRoles::projection(m_workspace), personId);
        p.networkComputed = true;
    }
    return p;
}

} // namespace fc
