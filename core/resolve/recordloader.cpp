#include "resolve/recordloader.h"

#include "model/personname.h"
#include "resolve/parallelshares.h"
#include "resolve/stringmetrics.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

namespace fc {

namespace {

/** Names in match form (the first forename, and the surname), remembering those a thread has
 *  seen before: the same forenames and surnames come back thousands of times, and a match form
 *  takes a Unicode normalisation. */
class NameForms
{
public:
    NameForm of(const QString &forenames, const QString &surname, bool alias)
    {
        NameForm n;
        n.forename = cached(m_forenames, forenames, [](const QString &f) {
            return StringMetrics::matchForm(f.simplified().section(QLatin1Char(' '), 0, 0));
        });
        n.surname = cached(m_surnames, surname, [](const QString &s) { return StringMetrics::matchForm(s); });
        n.alias = alias;
        return n;
    }

private:
    template <typename Make> static QString cached(QHash<QString, QString> &cache, const QString &text, Make &&make)
    {
        const auto it = cache.constFind(text);
        if (it != cache.cend())
            return *it;
        const QString form = make(text);
        if (cache.size() < 200000)
            cache.insert(text, form);
        return form;
    }

    QHash<QString, QString> m_forenames;
    QHash<QString, QString> m_surnames;
};

bool sameName(const NameForm &a, const NameForm &b)
{
    return a.forename == b.forename && a.surname == b.surname;
}

// The facts resolution reads, by their attribute names.
enum class Kind : quint8 { Other, Forenames, Surname, Dob, Alias, Vrm };

Kind kindOf(QByteArrayView name)
{
    if (name == "forenames")
        return Kind::Forenames;
    if (name == "surname")
        return Kind::Surname;
    if (name == "dob")
        return Kind::Dob;
    if (name == "alias" || name == "aliases")
        return Kind::Alias;
    if (name == "vrm")
        return Kind::Vrm;
    return Kind::Other;
}

/**
 * Reads a mention's facts, a JSON array of [name, value] pairs (FactsJson), straight from its
 * UTF-8: the workspace's attributes view does the same with json_each and json_extract, which
 * over a million mentions costs more than the rest of the loading. Values are unescaped as
 * json_extract gives them (a number or literal as written, null as empty). Returns false for
 * anything else, so that the caller can read it the slow way.
 */
class FactsReader
{
public:
    explicit FactsReader(QByteArrayView json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    /** Calls fact(name, value) for each pair in order (both views valid during the call). */
    template <typename Fact> bool read(Fact &&fact)
    {
        skipSpace();
        if (!take('['))
            return false;
        skipSpace();
        if (take(']'))
            return atEnd();
        for (;;) {
            skipSpace();
            if (!take('['))
                return false;
            skipSpace();
            if (!string(&m_name))
                return false;
            skipSpace();
            if (take(',')) {
                skipSpace();
                if (!value(&m_value))
                    return false;
                skipSpace();
            } else {
                m_value.clear();
            }
            if (!take(']'))
                return false;
            fact(QByteArrayView(m_name.data(), qsizetype(m_name.size())),
                 QByteArrayView(m_value.data(), qsizetype(m_value.size())));
            skipSpace();
            if (take(','))
                continue;
            if (take(']'))
                return atEnd();
            return false;
        }
    }

private:
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    bool hex4(char32_t *out)
    {
        if (m_end - m_p < 4)
            return false;
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const int d = hexDigit(m_p[i]);
            if (d < 0)
                return false;
            v = v << 4 | char32_t(d);
        }
        m_p += 4;
        *out = v;
        return true;
    }
    static void putUtf8(std::string *out, char32_t c)
    {
        if (c < 0x80) {
            out->push_back(char(c));
        } else if (c < 0x800) {
            out->push_back(char(0xC0 | (c >> 6)));
            out->push_back(char(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out->push_back(char(0xE0 | (c >> 12)));
            out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out->push_back(char(0x80 | (c & 0x3F)));
        } else {
            out->push_back(char(0xF0 | (c >> 18)));
            out->push_back(char(0x80 | ((c >> 12) & 0x3F)));
            out->push_back(char(0x80 | ((c >> 6) & 0x3F)));
            out->push_back(char(0x80 | (c & 0x3F)));
        }
    }
    bool string(std::string *out)
    {
        out->clear();
        if (!take('"'))
            return false;
        for (;;) {
            const char *start = m_p;
            while (m_p < m_end && *m_p != '"' && *m_p != '\\')
                ++m_p;
            out->append(start, size_t(m_p - start));
            if (m_p >= m_end)
                return false;
            if (*m_p++ == '"')
                return true;
            if (m_p >= m_end)
                return false;
            switch (*m_p++) {
            case '"': out->push_back('"'); break;
            case '\\': out->push_back('\\'); break;
            case '/': out->push_back('/'); break;
            case 'b': out->push_back('\b'); break;
            case 'f': out->push_back('\f'); break;
            case 'n': out->push_back('\n'); break;
            case 'r': out->push_back('\r'); break;
            case 't': out->push_back('\t'); break;
            case 'u': {
                char32_t c = 0;
                if (!hex4(&c))
                    return false;
                // A surrogate pair is one character; anything else surrogate is left to the slow way.
                if (c >= 0xD800 && c <= 0xDBFF) {
                    char32_t low = 0;
                    if (!take('\\') || !take('u') || !hex4(&low) || low < 0xDC00 || low > 0xDFFF)
                        return false;
                    c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                } else if (c >= 0xDC00 && c <= 0xDFFF) {
                    return false;
                }
                putUtf8(out, c);
                break;
            }
            default:
                return false;
            }
        }
    }
    bool value(std::string *out)
    {
        if (m_p < m_end && *m_p == '"')
            return string(out);
        // null as json_extract gives it (SQL NULL, read as empty text); other scalars are left
        // to the slow way, which renders them as SQLite does.
        out->clear();
        if (m_end - m_p >= 4 && std::string_view(m_p, 4) == "null") {
            m_p += 4;
            return true;
        }
        return false;
    }

    const char *m_p;
    const char *m_end;
    std::string m_name;
    std::string m_value;
};

/** One fact resolution reads: the record it belongs to, where it was written, and its value. */
struct Fact
{
    int record = 0;           // index into the records
    qint64 sourceRecord = 0;  // the source record that stated it
    qint64 mention = 0;
    int position = 0;         // within the mention's facts
    Kind kind = Kind::Other;
    quint32 valueStart = 0;   // UTF-8 in the loader's buffer
    quint32 valueSize = 0;
};

/**
 * The entities of the workspace in memory for the links: type, live entity, the town of an
 * incident or location (upper case, interned) and the day of an incident. Ids are looked up
 * directly when they are dense (they are rowids) and by binary search otherwise.
 */
struct EntityTable
{
    std::vector<qint64> ids; // ascending
    std::vector<qint8> types;
    std::vector<qint64> live;
    std::vector<int> areas; // -1: none
    std::vector<qint64> days; // julian day of an incident with a valid occurred_at; kNoDay otherwise
    std::vector<int> records; // index of the record of a live entity of the type read; -1 otherwise
    std::vector<int> slotOfId; // dense lookup, id -> slot (-1 absent), when ids are dense
    QStringList areaNames;
    static constexpr qint64 kNoDay = std::numeric_limits<qint64>::min();

    /** The record of the live entity id (-1: none). */
    int recordOf(qint64 id) const
    {
        const int s = slot(id);
        return s < 0 ? -1 : records[size_t(s)];
    }
    int slot(qint64 id) const
    {
        if (!slotOfId.empty())
            return id >= 0 && id < qint64(slotOfId.size()) ? slotOfId[size_t(id)] : -1;
        const auto it = std::lower_bound(ids.cbegin(), ids.cend(), id);
        return it != ids.cend() && *it == id ? int(it - ids.cbegin()) : -1;
    }
};

// Reads every entity into t, and the live entities of the type as records (ordered by id).
bool readEntities(Database &db, EntityType recordType, EntityTable *t, QList<ResolveRecord> *records)
{
    Statement st = db.prepare(QStringLiteral("SELECT id, type, coalesce(merged_into, id), area, occurred_at, "
                                             "merged_into IS NULL, label FROM entities ORDER BY id"));
    QHash<QString, int> areaIds;
    while (st.step()) {
        const qint64 id = st.int64(0);
        const auto type = EntityType(st.int64(1));
        t->ids.push_back(id);
        t->types.push_back(qint8(type));
        t->live.push_back(st.int64(2));
        int record = -1;
        if (type == recordType && st.int64(5) != 0) {
            ResolveRecord r;
            r.entityId = id;
            r.type = type;
            r.label = st.text(6);
            record = int(records->size());
            records->append(std::move(r));
        }
        t->records.push_back(record);
        int area = -1;
        if ((type == EntityType::Incident || type == EntityType::Location) && !st.isNull(3)) {
            const QString name = st.text(3).toUpper();
            const auto it = areaIds.constFind(name);
            if (it != areaIds.cend()) {
                area = *it;
            } else {
                area = int(t->areaNames.size());
                areaIds.insert(name, area);
                t->areaNames << name;
            }
        }
        t->areas.push_back(area);
        qint64 day = EntityTable::kNoDay;
        if (type == EntityType::Incident && !st.isNull(4)) {
            const QDate d = QDate::fromString(st.text(4).left(10), Qt::ISODate);
            if (d.isValid())
                day = d.toJulianDay();
        }
        t->days.push_back(day);
    }
    if (!st.ok())
        return false;
    if (!t->ids.empty() && t->ids.front() >= 0 && t->ids.back() <= 4 * qint64(t->ids.size()) + 1024) {
        t->slotOfId.assign(size_t(t->ids.back()) + 1, -1);
        for (size_t i = 0; i < t->ids.size(); ++i)
            t->slotOfId[size_t(t->ids[i])] = int(i);
    }
    return true;
}

} // namespace

QList<ResolveRecord> RecordLoader::load(Workspace &workspace, EntityType type, QString *error)
{
    Database &db = workspace.database();
    QList<ResolveRecord> records;
    auto fail = [&](const QString &what) {
        if (error)
            *error = QCoreApplication::translate("RecordLoader", "cannot read the %1 entities: %2")
                         .arg(EntityTypes::name(type), what);
        return QList<ResolveRecord>();
    };
    // Every entity once (type, live entity, town, day), and the live ones of this type as the
    // records: the mentions and the links are then read in one pass each, in storage order, and
    // joined here rather than row by row in SQL.
    EntityTable entities;
    if (!readEntities(db, type, &entities, &records))
        return fail(db.lastError());

    // The facts of each live entity and of the entities merged into it, read from the mentions
    // (what the attributes view is made of), grouped by record as the view grouped them, so that
    // a forename is paired with the surname written on the same row.
    std::vector<Fact> facts;
    std::string values; // the facts' values, UTF-8
    {
        Statement mentions =
            db.prepare(QStringLiteral("SELECT entity_id, source_record_id, id, facts FROM mentions"));
        while (mentions.step()) {
            const int slot = entities.slot(mentions.int64(0));
            if (slot < 0 || EntityType(entities.types[size_t(slot)]) != type)
                continue;
            const int i = entities.recordOf(entities.live[size_t(slot)]);
            if (i < 0)
                continue;
            Fact f;
            f.record = i;
            f.sourceRecord = mentions.int64(1);
            f.mention = mentions.int64(2);
            auto add = [&](QByteArrayView name, QByteArrayView value) {
                const Kind kind = kindOf(name);
                if (kind != Kind::Other) {
                    f.kind = kind;
                    f.valueStart = quint32(values.size());
                    f.valueSize = quint32(value.size());
                    values.append(value.data(), size_t(value.size()));
                    facts.push_back(f);
                }
                ++f.position;
            };
            const QByteArrayView json = mentions.utf8(3);
            const size_t factsBefore = facts.size(), valuesBefore = values.size();
            if (FactsReader(json).read(add))
                continue;
            // Not in the form FactsJson writes: read as JSON (what the view's json_each does).
            facts.resize(factsBefore);
            values.resize(valuesBefore);
            f.position = 0;
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isArray())
                return fail(QCoreApplication::translate("RecordLoader", "mention %1: the facts are not a JSON array")
                                .arg(f.mention));
            for (const QJsonValue &v : doc.array()) {
                const QJsonArray pair = v.toArray();
                const QJsonValue value = pair.at(1);
                const QByteArray text = value.isDouble() && value.toDouble() == double(value.toInteger())
                                            ? QByteArray::number(value.toInteger())
                                            : value.toVariant().toString().toUtf8();
                add(pair.at(0).toString().toUtf8(), text);
            }
        }
        if (!mentions.ok())
            return fail(db.lastError());
        if (values.size() > std::numeric_limits<quint32>::max())
            return fail(QStringLiteral("too many facts"));
    }
    std::sort(facts.begin(), facts.end(), [](const Fact &x, const Fact &y) {
        return std::tie(x.record, x.sourceRecord, x.mention, x.position) <
               std::tie(y.record, y.sourceRecord, y.mention, y.position);
    });
    // Each record's facts, records split over the cores (each writes only its own record).
    std::vector<size_t> firstFact(size_t(records.size()) + 1, facts.size());
    for (size_t k = facts.size(); k-- > 0;)
        firstFact[size_t(facts[k].record)] = k;
    for (size_t i = size_t(records.size()); i-- > 0;)
        firstFact[i] = std::min(firstFact[i], firstFact[i + 1]);
    ResolveRecord *const out = records.data();
    ParallelShares::run(size_t(records.size()), [&](size_t from, size_t to, bool) {
        NameForms forms;
        for (size_t i = from; i < to; ++i) {
            ResolveRecord &r = out[i];
            QString forenames, surname;
            qint64 lastRecord = -1;
            auto flush = [&] {
                if (!forenames.isEmpty() || !surname.isEmpty())
                    r.names << forms.of(forenames, surname, false);
                forenames.clear();
                surname.clear();
            };
            for (size_t k = firstFact[i]; k < firstFact[i + 1]; ++k) {
                const Fact &f = facts[k];
                if (f.sourceRecord != lastRecord) {
                    flush();
                    lastRecord = f.sourceRecord;
                }
                const QString value = QString::fromUtf8(values.data() + f.valueStart, qsizetype(f.valueSize));
                switch (f.kind) {
                case Kind::Forenames:
                    forenames = value;
                    break;
                case Kind::Surname:
                    surname = value;
                    break;
                case Kind::Dob: {
                    const QDate d = QDate::fromString(value, Qt::ISODate);
                    if (d.isValid())
                        r.dobs << d;
                    break;
                }
                case Kind::Vrm:
                    r.vrms << value;
                    break;
                case Kind::Alias:
                    // One or more names separated by semicolons.
                    for (const QString &alias : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                        const PersonName pn = PersonName::parse(alias);
                        if (!pn.isEmpty())
                            r.names << forms.of(pn.forenames, pn.surname, true);
                    }
                    break;
                case Kind::Other:
                    break;
                }
            }
            flush();
        }
    });
    facts = {};
    values = {};

    if (type == EntityType::Person) {
        // Neighbours through links, with both ends taken to their live entity; vehicles and
        // stores (with the day) of the incidents a person took part in.
        Statement links = db.prepare(QStringLiteral("SELECT from_id, to_id FROM links"));
        std::vector<std::pair<int, int>> personIncident;                   // entity slots
        std::vector<std::pair<int, int>> incidentVehicle, incidentStore; // incident slot, other slot
        while (links.step()) {
            const int from = entities.slot(links.int64(0));
            const int to = entities.slot(links.int64(1));
            if (from < 0 || to < 0)
                continue;
            const auto fromType = EntityType(entities.types[size_t(from)]);
            const auto toType = EntityType(entities.types[size_t(to)]);
            auto direct = [&](int person, int other, EntityType otherType) {
                const int i = entities.recordOf(entities.live[size_t(person)]);
                if (i < 0)
                    return;
                const qint64 otherLive = entities.live[size_t(other)];
                switch (otherType) {
                case EntityType::Person:
                    if (otherLive != out[i].entityId)
                        out[i].associates << otherLive;
                    break;
                case EntityType::Vehicle:
                    out[i].vehicles << otherLive;
                    break;
                case EntityType::Incident:
                case EntityType::Location:
                    if (entities.areas[size_t(other)] >= 0)
                        out[i].areas << entities.areaNames.at(entities.areas[size_t(other)]);
                    break;
                default:
                    break;
                }
            };
            if (fromType == EntityType::Person)
                direct(from, to, toType);
            if (toType == EntityType::Person)
                direct(to, from, fromType);
            if (fromType == EntityType::Person && toType == EntityType::Incident)
                personIncident.emplace_back(from, to);
            if (fromType == EntityType::Incident && toType == EntityType::Vehicle)
                incidentVehicle.emplace_back(from, to);
            if (fromType == EntityType::Incident && toType == EntityType::Location &&
                entities.days[size_t(from)] != EntityTable::kNoDay)
                incidentStore.emplace_back(from, to);
        }
        if (!links.ok())
            return fail(db.lastError());
        std::sort(incidentVehicle.begin(), incidentVehicle.end());
        std::sort(incidentStore.begin(), incidentStore.end());
        for (const auto &[person, incident] : personIncident) {
            const int i = entities.recordOf(entities.live[size_t(person)]);
            if (i < 0)
                continue;
            const std::pair<int, int> first{incident, std::numeric_limits<int>::min()};
            for (auto it = std::lower_bound(incidentVehicle.cbegin(), incidentVehicle.cend(), first);
                 it != incidentVehicle.cend() && it->first == incident; ++it)
                out[i].vehicles << entities.live[size_t(it->second)];
            for (auto it = std::lower_bound(incidentStore.cbegin(), incidentStore.cend(), first);
                 it != incidentStore.cend() && it->first == incident; ++it)
                out[i].visits << StoreVisit{entities.live[size_t(it->second)], entities.days[size_t(incident)]};
        }
    }

    ParallelShares::run(size_t(records.size()), [&](size_t from, size_t to, bool) {
        for (size_t i = from; i < to; ++i) {
            ResolveRecord &r = out[i];
            if (type == EntityType::Vehicle && r.vrms.isEmpty() && !r.label.isEmpty())
                r.vrms << StringMetrics::matchForm(r.label);
            QList<NameForm> names;
            for (const NameForm &n : std::as_const(r.names))
                if (std::none_of(names.cbegin(), names.cend(), [&](const NameForm &m) { return sameName(m, n); }))
                    names << n;
            r.names = names;
            r.sortLists();
        }
    });
    return records;
}

} // namespace fc
