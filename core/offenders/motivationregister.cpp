#include "offenders/motivationregister.h"

#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>

namespace fc {

namespace {

const char *const kColumns = "id, person_id, motivation, grade_source, grade_intelligence, grade_handling, "
                             "handling_conditions, reason, decided_by, decided_at, replaces_id";

QChar firstChar(const QString &s)
{
    return s.isEmpty() ? QChar() : s.at(0);
}

QString charText(QChar c)
{
    return c.isNull() ? QString() : QString(c);
}

MotivationRecord readRecord(const Statement &st)
{
    MotivationRecord r;
    r.id = st.int64(0);
    r.personId = st.int64(1);
    if (!st.isNull(2))
        r.motivation = Motivations::fromName(st.text(2));
    r.grading.source = firstChar(st.text(3));
    r.grading.intelligence = firstChar(st.text(4));
    r.grading.handling = firstChar(st.text(5));
    r.grading.conditions = st.text(6);
    r.reason = st.text(7);
    r.decidedBy = st.text(8);
    r.decidedAt = st.text(9);
    r.replacesId = st.int64(10);
    return r;
}

} // namespace

MotivationRegister::MotivationRegister(Workspace &workspace)
    : m_workspace(workspace)
{
}

qint64 MotivationRegister::set(qint64 personId, Motivation motivation, const Grading &grading,
                               const QString &reason, QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("a motivation needs a reason (what the assessment rests on)");
        return 0;
    }
    return append(personId, motivation, grading, reason, 0, error);
}

qint64 MotivationRegister::revert(qint64 recordId, const QString &reason, QString *error)
{
    const auto r = record(recordId);
    if (!r) {
        if (error)
            *error = tr("there is no motivation record %1").arg(recordId);
        return 0;
    }
    const QList<MotivationRecord> all = history(r->personId);
    if (all.isEmpty() || all.last().id != recordId) {
        if (error)
            *error = tr("motivation record %1 is not the latest for person %2: revert the later ones first")
                         .arg(recordId).arg(r->personId);
        return 0;
    }
    // The state before the reverted one: the record before it (itself possibly a revert), or none.
    std::optional<Motivation> previous;
    Grading previousGrading;
    if (all.size() >= 2) {
        previous = all.at(all.size() - 2).motivation;
        previousGrading = all.at(all.size() - 2).grading;
    }
    return append(r->personId, previous, previousGrading,
                  reason.trimmed().isEmpty() ? tr("reverted") : reason, recordId, error);
}

qint64 MotivationRegister::append(qint64 personId, std::optional<Motivation> motivation, const Grading &grading,
                                  const QString &reason, qint64 replacesId, QString *error)
{
    const auto person = m_workspace.entity(personId);
    if (!person || person->type != EntityType::Person) {
        if (error)
            *error = tr("entity %1 is not a person").arg(personId);
        return 0;
    }
    Database &db = m_workspace.database();
    if (db.scalarInt(QStringLiteral("SELECT count(*) FROM entities WHERE id = %1 AND merged_into IS NOT NULL")
                         .arg(personId)) > 0) {
        if (error)
            *error = tr("person %1 was merged into another: record the motivation on that one").arg(personId);
        return 0;
    }
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO offender_motivations(person_id, motivation, grade_source, grade_intelligence, "
        "grade_handling, handling_conditions, reason, decided_by, decided_at, replaces_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    st.bind(1, personId);
    if (motivation)
        st.bind(2, Motivations::name(*motivation));
    else
        st.bindNull(2);
    st.bind(3, charText(grading.source)).bind(4, charText(grading.intelligence)).bind(5, charText(grading.handling));
    st.bind(6, grading.conditions.isEmpty() ? QString() : grading.conditions);
    st.bind(7, reason).bind(8, m_workspace.userName());
    st.bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (replacesId > 0)
        st.bind(10, replacesId);
    else
        st.bindNull(10);
    if (!st.exec()) {
        if (error)
            *error = tr("cannot record the motivation: %1").arg(db.lastError());
        return 0;
    }
    const qint64 id = db.lastInsertRowId();
    // The audit entry names the change, not the reason text (which may hold personal detail).
    const QString detail = replacesId > 0
        ? QStringLiteral("motivation record %1 reverted to %2 (record %3)")
              .arg(replacesId).arg(motivation ? Motivations::name(*motivation) : QStringLiteral("none")).arg(id)
        : QStringLiteral("motivation set to %1, grading %2 (record %3)")
              .arg(Motivations::name(*motivation), grading.code().isEmpty() ? QStringLiteral("none") : grading.code())
              .arg(id);
    if (!m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("person"),
                                       QString::number(personId), detail)
        || !tx.commit()) {
        if (error)
            *error = tr("cannot record the motivation: %1").arg(db.lastError());
        return 0;
    }
    return id;
}

std::optional<MotivationRecord> MotivationRegister::record(qint64 recordId)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM offender_motivations WHERE id = ?").arg(QLatin1String(kColumns)));
    st.bind(1, recordId);
    if (st.step())
        return readRecord(st);
    return std::nullopt;
}

std::optional<MotivationRecord> MotivationRegister::current(qint64 personId)
{
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM offender_motivations WHERE person_id = ? ORDER BY id DESC LIMIT 1")
            .arg(QLatin1String(kColumns)));
    st.bind(1, personId);
    if (st.step()) {
        MotivationRecord r = readRecord(st);
        if (r.motivation)
            return r;
    }
    return std::nullopt;
}

QList<MotivationRecord> MotivationRegister::history(qint64 personId)
{
    QList<MotivationRecord> out;
    Statement st = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM offender_motivations WHERE person_id = ? ORDER BY id").arg(QLatin1String(kColumns)));
    st.bind(1, personId);
    while (st.step())
        out << readRecord(st);
    return out;
}

QHash<qint64, Motivation> MotivationRegister::currentAll()
{
    QHash<qint64, Motivation> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT m.person_id, m.motivation FROM offender_motivations m JOIN "
        "(SELECT person_id, max(id) AS id FROM offender_motivations GROUP BY person_id) last ON last.id = m.id "
        "WHERE m.motivation IS NOT NULL"));
    while (st.step())
        if (const auto m = Motivations::fromName(st.text(1)))
            out.insert(st.int64(0), *m);
    return out;
}

} // namespace fc
