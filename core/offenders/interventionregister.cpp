#include "offenders/interventionregister.h"

#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>

#include <algorithm>

namespace fc {

InterventionRegister::InterventionRegister(Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList InterventionRegister::defaultSuggestions(Motivation motivation)
{
    switch (motivation) {
    case Motivation::Organised:
        return {QStringLiteral("arrest and charge"), QStringLiteral("criminal behaviour order"), QStringLiteral("civil recovery")};
    case Motivation::Dependency:
        return {QStringLiteral("drug and alcohol treatment referral")};
    case Motivation::Need:
        return {QStringLiteral("support services referral")};
    case Motivation::Opportunistic:
        return {QStringLiteral("warning letter"), QStringLiteral("banning notice")};
    case Motivation::Coerced:
        return {QStringLiteral("safeguarding referral")};
    }
    return {};
}

QStringList InterventionRegister::suggestions(Motivation motivation)
{
    QStringList out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT intervention FROM intervention_suggestions WHERE motivation = ? ORDER BY position, intervention"));
    st.bind(1, Motivations::name(motivation));
    while (st.step())
        out << st.text(0);
    return out;
}

QMap<Motivation, QStringList> InterventionRegister::suggestionTable()
{
    QMap<Motivation, QStringList> out;
    for (Motivation m : Motivations::all())
        out.insert(m, suggestions(m));
    return out;
}

bool InterventionRegister::setSuggestions(Motivation motivation, const QStringList &interventions, QString *error)
{
    QStringList clean;
    for (const QString &i : interventions) {
        const QString t = i.simplified();
        if (!t.isEmpty() && !clean.contains(t))
            clean << t;
    }
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement del = db.prepare(QStringLiteral("DELETE FROM intervention_suggestions WHERE motivation = ?"));
    del.bind(1, Motivations::name(motivation));
    bool ok = del.exec();
    Statement add = db.prepare(QStringLiteral(
        "INSERT INTO intervention_suggestions(motivation, intervention, position) VALUES (?1, ?2, ?3)"));
    for (int i = 0; ok && i < clean.size(); ++i) {
        add.bind(1, Motivations::name(motivation)).bind(2, clean.at(i)).bind(3, i + 1);
        ok = add.exec();
        add.reset();
    }
    if (!ok
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(),
                                          QStringLiteral("intervention suggestions"), Motivations::name(motivation),
                                          clean.join(QLatin1String("; ")))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot store the suggested interventions: %1").arg(db.lastError());
        return false;
    }
    return true;
}

qint64 InterventionRegister::record(const InterventionRecord &intervention, QString *error)
{
    const auto person = m_workspace.entity(intervention.personId);
    if (!person || person->type != EntityType::Person) {
        if (error)
            *error = tr("entity %1 is not a person").arg(intervention.personId);
        return 0;
    }
    if (intervention.type.trimmed().isEmpty() || !intervention.startedOn.isValid()) {
        if (error)
            *error = tr("an intervention needs a type and a date");
        return 0;
    }
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO interventions(person_id, type, started_on, owner, outcome, review_date, recorded_by, recorded_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    st.bind(1, intervention.personId).bind(2, intervention.type.simplified())
        .bind(3, intervention.startedOn.toString(Qt::ISODate))
        // A null QString binds NULL; owner and outcome may be left empty, never unknown.
        .bind(4, intervention.owner.isNull() ? QStringLiteral("") : intervention.owner)
        .bind(5, intervention.outcome.isNull() ? QStringLiteral("") : intervention.outcome);
    if (intervention.reviewDate.isValid())
        st.bind(6, intervention.reviewDate.toString(Qt::ISODate));
    else
        st.bindNull(6);
    st.bind(7, m_workspace.userName()).bind(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    const bool ok = st.exec();
    const qint64 id = db.lastInsertRowId();
    if (!ok
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("person"),
                                          QString::number(intervention.personId),
                                          QStringLiteral("intervention %1 recorded: %2 on %3")
                                              .arg(id).arg(intervention.type.simplified(),
                                                           intervention.startedOn.toString(Qt::ISODate)))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot record the intervention: %1").arg(db.lastError());
        return 0;
    }
    return id;
}

bool InterventionRegister::remove(qint64 interventionId, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement person = db.prepare(QStringLiteral("SELECT person_id FROM interventions WHERE id = ?"));
    person.bind(1, interventionId);
    if (!person.step()) {
        if (error)
            *error = tr("there is no intervention %1").arg(interventionId);
        return false;
    }
    const qint64 personId = person.int64(0);
    Statement del = db.prepare(QStringLiteral("DELETE FROM interventions WHERE id = ?"));
    del.bind(1, interventionId);
    if (!del.exec()
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("person"),
                                          QString::number(personId),
                                          QStringLiteral("intervention %1 removed").arg(interventionId))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot remove the intervention: %1").arg(db.lastError());
        return false;
    }
    return true;
}

QList<InterventionRecord> InterventionRegister::interventions(qint64 personId)
{
    QList<InterventionRecord> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT id, person_id, type, started_on, owner, outcome, review_date, recorded_by, recorded_at "
        "FROM interventions WHERE ?1 = 0 OR person_id = ?1 ORDER BY started_on, id"));
    st.bind(1, personId);
    while (st.step()) {
        InterventionRecord r;
        r.id = st.int64(0);
        r.personId = st.int64(1);
        r.type = st.text(2);
        r.startedOn = QDate::fromString(st.text(3), Qt::ISODate);
        r.owner = st.text(4);
        r.outcome = st.text(5);
        r.reviewDate = QDate::fromString(st.text(6), Qt::ISODate);
        r.recordedBy = st.text(7);
        r.recordedAt = st.text(8);
        out << r;
    }
    return out;
}

InterventionEffect InterventionRegister::effect(const InterventionRecord &intervention, std::span<const IncidentFact> incidents,
                                                int windowDays, const QDate &asOf, const HarmLookup &harm)
{
    InterventionEffect e;
    e.intervention = intervention;
    e.windowDays = windowDays;
    const QDate d = intervention.startedOn;
    e.beforeFrom = d.addDays(-windowDays);
    e.beforeTo = d.addDays(-1);
    e.afterFrom = d.addDays(1);
    e.afterTo = d.addDays(windowDays);
    e.afterComplete = e.afterTo <= asOf;
    const qint64 b0 = e.beforeFrom.toJulianDay(), b1 = e.beforeTo.toJulianDay();
    const qint64 a0 = e.afterFrom.toJulianDay(), a1 = e.afterTo.toJulianDay();
    for (const IncidentFact &f : incidents) {
        if (f.day <= 0)
            continue;
        const std::optional<double> w = harm ? harm(f.offence) : std::nullopt;
        const double h = w ? *w : 1.0;
        if (f.day >= b0 && f.day <= b1) {
            ++e.beforeCount;
            e.beforeHarm += h;
        } else if (f.day >= a0 && f.day <= a1) {
            ++e.afterCount;
            e.afterHarm += h;
        }
    }
    return e;
}

QList<InterventionSummary> InterventionRegister::summarise(const QList<InterventionEffect> &effects)
{
    QMap<QPair<QString, QString>, InterventionSummary> groups;
    for (const InterventionEffect &e : effects) {
        const QString motivation = e.motivation ? Motivations::name(*e.motivation) : QString();
        InterventionSummary &s = groups[{e.intervention.type, motivation}];
        s.type = e.intervention.type;
        s.motivation = motivation;
        ++s.interventions;
        if (!e.afterComplete) {
            ++s.incompleteWindows;
            continue;
        }
        s.beforeCount += e.beforeCount;
        s.afterCount += e.afterCount;
        s.beforeHarm += e.beforeHarm;
        s.afterHarm += e.afterHarm;
    }
    return groups.values();
}

QString InterventionRegister::caveats()
{
    return tr("Before and after are the recorded incidents in windows of the same length either side of the "
              "intervention date (the day itself in neither). They are not evidence that the intervention worked: "
              "numbers are small; people are chosen for an intervention when their offending peaks, so it tends to "
              "fall afterwards anyway (regression to the mean); time in custody or away stops offending being "
              "recorded; offending elsewhere or not reported is not seen. Windows that have not ended by the as-of "
              "date are left out of the sums.");
}

} // namespace fc
