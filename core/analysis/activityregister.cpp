#include "analysis/activityregister.h"

#include "analysis/harmanalysis.h"
#include "analysis/harmdata.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace fc {

ActivityRegister::ActivityRegister(Workspace &workspace)
    : m_workspace(workspace)
{
}

QStringList ActivityRegister::typeNames()
{
    return {QStringLiteral("operation"), QStringLiteral("patrol_plan"), QStringLiteral("target_hardening"),
            QStringLiteral("network_disruption"), QStringLiteral("offender_intervention")};
}

QString ActivityRegister::typeDisplayName(const QString &type)
{
    if (type == QLatin1String("operation"))
        return tr("Operation");
    if (type == QLatin1String("patrol_plan"))
        return tr("Patrol plan");
    if (type == QLatin1String("target_hardening"))
        return tr("Target hardening");
    if (type == QLatin1String("network_disruption"))
        return tr("Network disrupted");
    if (type == QLatin1String("offender_intervention"))
        return tr("Offender intervention");
    return type;
}

QStringList ActivityRegister::targetKinds()
{
    return {QStringLiteral("place"), QStringLiteral("area"), QStringLiteral("network"), QStringLiteral("offender"),
            QStringLiteral("intervention")};
}

bool ActivityRegister::validate(const ActivityRecord &a, QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (a.name.trimmed().isEmpty())
        return fail(tr("an activity needs a name"));
    if (!typeNames().contains(a.type))
        return fail(tr("activity type \"%1\" is not one of: %2").arg(a.type, typeNames().join(QLatin1String(", "))));
    if (!a.startedOn.isValid())
        return fail(tr("an activity needs a start date"));
    if (a.endedOn.isValid() && a.endedOn < a.startedOn)
        return fail(tr("the activity ends (%1) before it starts (%2)")
                        .arg(a.endedOn.toString(Qt::ISODate), a.startedOn.toString(Qt::ISODate)));
    for (const ActivityTarget &t : a.targets) {
        if (!targetKinds().contains(t.kind))
            return fail(tr("target kind \"%1\" is not one of: %2").arg(t.kind, targetKinds().join(QLatin1String(", "))));
        if (t.target.trimmed().isEmpty())
            return fail(tr("a %1 target needs a value").arg(t.kind));
        bool numeric = false;
        t.target.toLongLong(&numeric);
        if ((t.kind == QLatin1String("place") || t.kind == QLatin1String("offender")
             || t.kind == QLatin1String("intervention")) && !numeric)
            return fail(tr("a %1 target is an id (a whole number), not \"%2\"").arg(t.kind, t.target));
    }
    return true;
}

bool ActivityRegister::insert(const ActivityRecord &a, bool keepId, qint64 *id, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO activities(id, name, type, started_on, ended_on, owner, notes, recorded_by, recorded_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (keepId)
        st.bind(1, a.id);
    else
        st.bindNull(1);
    st.bind(2, a.name.simplified()).bind(3, a.type).bind(4, a.startedOn.toString(Qt::ISODate));
    if (a.endedOn.isValid())
        st.bind(5, a.endedOn.toString(Qt::ISODate));
    else
        st.bindNull(5);
    st.bind(6, a.owner.isNull() ? QStringLiteral("") : a.owner).bind(7, a.notes.isNull() ? QStringLiteral("") : a.notes);
    const QString by = keepId && !a.recordedBy.isEmpty() ? a.recordedBy : m_workspace.userName();
    const QString at = keepId && !a.recordedAt.isEmpty() ? a.recordedAt
                                                         : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    st.bind(8, by.isNull() ? QStringLiteral("") : by).bind(9, at);
    bool ok = st.exec();
    const qint64 newId = keepId ? a.id : db.lastInsertRowId();
    Statement target = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO activity_targets(activity_id, kind, target, label) VALUES (?1, ?2, ?3, ?4)"));
    for (const ActivityTarget &t : a.targets) {
        if (!ok)
            break;
        target.bind(1, newId).bind(2, t.kind).bind(3, t.target.trimmed())
            .bind(4, t.label.isNull() ? QStringLiteral("") : t.label);
        ok = target.exec();
        target.reset();
    }
    QStringList targets;
    for (const ActivityTarget &t : a.targets)
        targets << QStringLiteral("%1 %2").arg(t.kind, t.target.trimmed());
    if (!ok
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("activity"),
                                          QString::number(newId),
                                          QStringLiteral("activity %1 %2: %3 (%4) from %5; targets: %6")
                                              .arg(newId)
                                              .arg(keepId ? QStringLiteral("restored") : QStringLiteral("recorded"),
                                                   a.name.simplified(), a.type, a.startedOn.toString(Qt::ISODate),
                                                   targets.isEmpty() ? QStringLiteral("none") : targets.join(QLatin1String(", "))))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot record the activity: %1").arg(db.lastError());
        return false;
    }
    *id = newId;
    return true;
}

qint64 ActivityRegister::add(const ActivityRecord &activity, QString *error)
{
    ActivityRecord anchored = activity;
    if (!validate(anchored, error) || !anchorNetworks(&anchored, error))
        return 0;
    qint64 id = 0;
    return insert(anchored, false, &id, error) ? id : 0;
}

static bool isNetworkKey(const ActivityTarget &t)
{
    static const QRegularExpression key(QStringLiteral("^N[1-9][0-9]*$"));
    return t.kind == QLatin1String("network") && key.match(t.target.trimmed()).hasMatch();
}

bool ActivityRegister::namesNetworkKeys(const ActivityRecord &activity)
{
    return std::any_of(activity.targets.cbegin(), activity.targets.cend(), isNetworkKey);
}

bool ActivityRegister::anchorNetworks(ActivityRecord *activity, QString *error)
{
    std::optional<QHash<QString, qint64>> anchors; // network key -> its smallest offender id
    for (ActivityTarget &t : activity->targets) {
        if (!isNetworkKey(t))
            continue;
        if (!anchors) {
            HarmData data;
            HarmAnalysis::findNetworks(m_workspace.entityRecords(), m_workspace.linkRecords(), &data);
            anchors.emplace();
            for (auto it = data.networkOfOffender.cbegin(); it != data.networkOfOffender.cend(); ++it) {
                qint64 &anchor = (*anchors)[it->first];
                anchor = anchor ? std::min(anchor, it.key()) : it.key();
            }
        }
        const QString k = t.target.trimmed();
        const qint64 anchor = anchors->value(k);
        if (!anchor) {
            if (error)
                *error = tr("there is no offender network %1 in the workspace now (networks are numbered as "
                            "places --by network shows them)").arg(k);
            return false;
        }
        const QString when = tr("%1 when recorded").arg(k);
        t.label = t.label.trimmed().isEmpty() ? when : QStringLiteral("%1; %2").arg(t.label.trimmed(), when);
        t.target = QString::number(anchor);
    }
    return true;
}

bool ActivityRegister::restore(const ActivityRecord &activity, QString *error)
{
    if (activity.id <= 0) {
        if (error)
            *error = tr("a restored activity needs its id");
        return false;
    }
    if (!validate(activity, error))
        return false;
    if (this->activity(activity.id)) {
        if (error)
            *error = tr("there is already an activity %1").arg(activity.id);
        return false;
    }
    qint64 id = 0;
    return insert(activity, true, &id, error);
}

std::optional<ActivityRecord> ActivityRegister::remove(qint64 id, QString *error)
{
    std::optional<ActivityRecord> before = activity(id);
    if (!before) {
        if (error)
            *error = tr("there is no activity %1").arg(id);
        return std::nullopt;
    }
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement targets = db.prepare(QStringLiteral("DELETE FROM activity_targets WHERE activity_id = ?"));
    targets.bind(1, id);
    Statement del = db.prepare(QStringLiteral("DELETE FROM activities WHERE id = ?"));
    del.bind(1, id);
    if (!targets.exec() || !del.exec()
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("activity"),
                                          QString::number(id),
                                          QStringLiteral("activity %1 removed: %2 (%3)").arg(id).arg(before->name, before->type))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot remove the activity: %1").arg(db.lastError());
        return std::nullopt;
    }
    return before;
}

std::optional<ActivityRecord> ActivityRegister::activity(qint64 id)
{
    for (const ActivityRecord &a : activities())
        if (a.id == id)
            return a;
    return std::nullopt;
}

QList<ActivityRecord> ActivityRegister::activities()
{
    QList<ActivityRecord> out;
    Database &db = m_workspace.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, name, type, started_on, ended_on, owner, notes, recorded_by, recorded_at FROM activities "
        "ORDER BY started_on, id"));
    while (st.step()) {
        ActivityRecord a;
        a.id = st.int64(0);
        a.name = st.text(1);
        a.type = st.text(2);
        a.startedOn = QDate::fromString(st.text(3), Qt::ISODate);
        a.endedOn = QDate::fromString(st.text(4), Qt::ISODate);
        a.owner = st.text(5);
        a.notes = st.text(6);
        a.recordedBy = st.text(7);
        a.recordedAt = st.text(8);
        out << a;
    }
    Statement t = db.prepare(QStringLiteral(
        "SELECT activity_id, kind, target, label FROM activity_targets ORDER BY activity_id, kind, target"));
    while (t.step()) {
        const qint64 id = t.int64(0);
        for (ActivityRecord &a : out)
            if (a.id == id) {
                a.targets << ActivityTarget{t.text(1), t.text(2), t.text(3)};
                break;
            }
    }
    return out;
}

} // namespace fc
