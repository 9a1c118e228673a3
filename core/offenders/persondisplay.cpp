#include "offenders/persondisplay.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QSet>

namespace fc {

PersonDisplay PersonDisplay::of(Workspace &workspace, qint64 personId, const QDate &asOf)
{
    PersonDisplay d;
    d.id = personId;
    const auto e = workspace.entity(personId);
    if (!e)
        return d;
    d.name = e->label;
    if (e->type != EntityType::Person)
        return d;
    Database &db = workspace.database();
    // Dates of birth from the person and everyone merged into them, in the order first recorded.
    Statement dob = db.prepare(QStringLiteral(
        "SELECT a.value FROM attributes a WHERE a.name = 'dob' AND a.entity_id IN "
        "(SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1) ORDER BY a.source_record_id, a.position"));
    dob.bind(1, personId);
    while (dob.step()) {
        const QString v = dob.text(0).trimmed();
        if (!v.isEmpty() && !d.datesOfBirth.contains(v))
            d.datesOfBirth << v;
    }
    if (d.datesOfBirth.size() == 1)
        d.age = ageOn(d.datesOfBirth.first(), asOf);
    Statement src = db.prepare(QStringLiteral(
        "SELECT count(DISTINCT m.source_record_id) FROM mentions m "
        "WHERE m.entity_id IN (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1)"));
    src.bind(1, personId);
    if (src.step())
        d.records = int(src.int64(0));
    Statement orgs = db.prepare(QStringLiteral(
        "SELECT DISTINCT i.organisation FROM mentions m JOIN source_records sr ON sr.id = m.source_record_id "
        "JOIN imports i ON i.id = sr.import_id "
        "WHERE m.entity_id IN (SELECT id FROM entities WHERE id = ?1 OR merged_into = ?1) ORDER BY 1"));
    orgs.bind(1, personId);
    while (orgs.step())
        d.organisations << orgs.text(0);
    return d;
}

int PersonDisplay::ageOn(const QString &dateOfBirth, const QDate &asOf)
{
    const QDate dob = QDate::fromString(dateOfBirth.left(10), Qt::ISODate);
    if (!dob.isValid() || !asOf.isValid() || dob > asOf)
        return -1;
    int years = asOf.year() - dob.year();
    if (asOf.month() < dob.month() || (asOf.month() == dob.month() && asOf.day() < dob.day()))
        --years;
    return years;
}

QString PersonDisplay::detail() const
{
    QStringList parts;
    if (datesOfBirth.isEmpty())
        parts << tr("date of birth not known");
    else if (age >= 0)
        parts << tr("b. %1 (%2)").arg(datesOfBirth.first()).arg(age);
    else
        parts << tr("b. %1").arg(datesOfBirth.join(QLatin1String(" / ")));
    if (!organisations.isEmpty())
        parts << tr("known to %1").arg(organisations.join(QLatin1String(", ")));
    parts << tr("%n record(s)", nullptr, records);
    return parts.join(QStringLiteral(" · "));
}

QString PersonDisplay::text() const
{
    return name + QStringLiteral(", ") + detail();
}

QJsonObject PersonDisplay::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("dates_of_birth"), QJsonArray::fromStringList(datesOfBirth)},
                  {QStringLiteral("organisations"), QJsonArray::fromStringList(organisations)},
                  {QStringLiteral("records"), records},
                  {QStringLiteral("display"), text()}};
    if (age >= 0)
        o.insert(QStringLiteral("age"), age);
    return o;
}

} // namespace fc
