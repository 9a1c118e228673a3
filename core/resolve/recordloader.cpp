#include "resolve/recordloader.h"

#include "model/personname.h"
#include "resolve/stringmetrics.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace fc {

namespace {

NameForm nameForm(const QString &forenames, const QString &surname, bool alias)
{
    NameForm n;
    const QString first = forenames.simplified().section(QLatin1Char(' '), 0, 0);
    n.forename = StringMetrics::matchForm(first);
    n.surname = StringMetrics::matchForm(surname);
    n.alias = alias;
    return n;
}

template <typename T> void sortUnique(QList<T> &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

bool sameName(const NameForm &a, const NameForm &b)
{
    return a.forename == b.forename && a.surname == b.surname;
}

} // namespace

QList<ResolveRecord> RecordLoader::load(Workspace &workspace, EntityType type, QString *error)
{
    Database &db = workspace.database();
    QList<ResolveRecord> records;
    QHash<qint64, int> index;
    Statement live = db.prepare(
        QStringLiteral("SELECT id, label FROM entities WHERE type = ? AND merged_into IS NULL ORDER BY id"));
    live.bind(1, int(type));
    while (live.step()) {
        ResolveRecord r;
        r.entityId = live.int64(0);
        r.type = type;
        r.label = live.text(1);
        index.insert(r.entityId, int(records.size()));
        records << r;
    }
    if (!live.ok()) {
        if (error)
            *error = QCoreApplication::translate("RecordLoader", "cannot read the %1 entities: %2")
                         .arg(EntityTypes::name(type), db.lastError());
        return {};
    }

    // Attributes of each live entity and of the entities merged into it, record by record, so
    // that a forename is paired with the surname written on the same row.
    Statement attrs = db.prepare(QStringLiteral(
        "SELECT coalesce(e.merged_into, e.id), a.source_record_id, a.name, a.value FROM attributes a "
        "JOIN entities e ON e.id = a.entity_id WHERE e.type = ? "
        "AND a.name IN ('forenames', 'surname', 'dob', 'alias', 'aliases', 'vrm') "
        "ORDER BY 1, 2"));
    attrs.bind(1, int(type));
    qint64 lastEntity = -1, lastRecord = -1;
    QString forenames, surname;
    auto flush = [&]() {
        if (lastEntity >= 0 && (!forenames.isEmpty() || !surname.isEmpty())) {
            const int i = index.value(lastEntity, -1);
            if (i >= 0)
                records[i].names << nameForm(forenames, surname, false);
        }
        forenames.clear();
        surname.clear();
    };
    while (attrs.step()) {
        const qint64 entity = attrs.int64(0);
        const qint64 record = attrs.int64(1);
        if (entity != lastEntity || record != lastRecord) {
            flush();
            lastEntity = entity;
            lastRecord = record;
        }
        const int i = index.value(entity, -1);
        if (i < 0)
            continue;
        const QString name = attrs.text(2);
        const QString value = attrs.text(3);
        if (name == QLatin1String("forenames"))
            forenames = value;
        else if (name == QLatin1String("surname"))
            surname = value;
        else if (name == QLatin1String("dob")) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            if (d.isValid())
                records[i].dobs << d;
        } else if (name == QLatin1String("vrm"))
            records[i].vrms << value;
        else {
            // Aliases: one or more names separated by semicolons.
            for (const QString &alias : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const PersonName pn = PersonName::parse(alias);
                if (!pn.isEmpty())
                    records[i].names << nameForm(pn.forenames, pn.surname, true);
            }
        }
    }
    flush();

    if (type == EntityType::Person) {
        // Neighbours through links, with both ends taken to their live entity.
        Statement direct = db.prepare(QStringLiteral(
            "SELECT coalesce(a.merged_into, a.id), coalesce(b.merged_into, b.id), b.type, b.area FROM links "
            "l "
            "JOIN entities a ON a.id = l.from_id JOIN entities b ON b.id = l.to_id WHERE a.type = 1 "
            "UNION ALL "
            "SELECT coalesce(b.merged_into, b.id), coalesce(a.merged_into, a.id), a.type, a.area FROM links "
            "l "
            "JOIN entities a ON a.id = l.from_id JOIN entities b ON b.id = l.to_id WHERE b.type = 1"));
        while (direct.step()) {
            const int i = index.value(direct.int64(0), -1);
            if (i < 0)
                continue;
            const qint64 other = direct.int64(1);
            switch (EntityType(direct.int64(2))) {
            case EntityType::Person:
                if (other != records[i].entityId)
                    records[i].associates << other;
                break;
            case EntityType::Vehicle:
                records[i].vehicles << other;
                break;
            case EntityType::Incident:
            case EntityType::Location:
                if (!direct.isNull(3))
                    records[i].areas << direct.text(3).toUpper();
                break;
            default:
                break;
            }
        }
        // Vehicles used in the incidents a person took part in.
        Statement used = db.prepare(QStringLiteral(
            "SELECT coalesce(p.merged_into, p.id), coalesce(v.merged_into, v.id) FROM links lp "
            "JOIN entities p ON p.id = lp.from_id AND p.type = 1 "
            "JOIN entities i ON i.id = lp.to_id AND i.type = 4 "
            "JOIN links lv ON lv.from_id = i.id JOIN entities v ON v.id = lv.to_id AND v.type = 2"));
        while (used.step()) {
            const int i = index.value(used.int64(0), -1);
            if (i >= 0)
                records[i].vehicles << used.int64(1);
        }
        // Stores of the incidents a person took part in, with the day (context evidence for a
        // name without a date of birth: the same store within a stated time).
        Statement stores = db.prepare(QStringLiteral(
            "SELECT coalesce(p.merged_into, p.id), coalesce(s.merged_into, s.id), i.occurred_at FROM links "
            "lp "
            "JOIN entities p ON p.id = lp.from_id AND p.type = 1 "
            "JOIN entities i ON i.id = lp.to_id AND i.type = 4 "
            "JOIN links ls ON ls.from_id = i.id JOIN entities s ON s.id = ls.to_id AND s.type = 3 "
            "WHERE i.occurred_at IS NOT NULL"));
        while (stores.step()) {
            const int i = index.value(stores.int64(0), -1);
            if (i < 0)
                continue;
            const QDate day = QDate::fromString(stores.text(2).left(10), Qt::ISODate);
            if (day.isValid())
                records[i].visits << StoreVisit{stores.int64(1), day.toJulianDay()};
        }
    }

    for (ResolveRecord &r : records) {
        if (type == EntityType::Vehicle && r.vrms.isEmpty() && !r.label.isEmpty())
            r.vrms << StringMetrics::matchForm(r.label);
        QList<NameForm> names;
        for (const NameForm &n : std::as_const(r.names))
            if (std::none_of(names.cbegin(), names.cend(), [&](const NameForm &m) { return sameName(m, n); }))
                names << n;
        r.names = names;
        sortUnique(r.dobs);
        r.vrms.sort();
        r.vrms.removeDuplicates();
        sortUnique(r.vehicles);
        sortUnique(r.associates);
        sortUnique(r.visits);
        r.areas.sort();
        r.areas.removeDuplicates();
    }
    return records;
}

} // namespace fc
