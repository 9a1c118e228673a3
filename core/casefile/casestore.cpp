#include "casefile/casestore.h"

#include "model/entitytype.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

namespace fc {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

CaseStore::CaseStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

bool CaseStore::logEvent(qint64 caseId, const QString &action, const QString &detail)
{
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "INSERT INTO case_history(case_id, at, user_name, action, detail) VALUES (?, ?, ?, ?, ?)"));
    st.bind(1, caseId).bind(2, now()).bind(3, m_workspace.userName()).bind(4, action).bind(5, detail);
    return st.exec();
}

std::optional<qint64> CaseStore::create(const QString &kind, const QString &subject, const QString &title,
                                        const QList<qint64> &persons, const QList<qint64> &incidents, QString *error)
{
    auto failWith = [&](const QString &message) -> std::optional<qint64> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (kind != QLatin1String("person") && kind != QLatin1String("network"))
        return failWith(tr("case kind \"%1\" is not person or network").arg(kind));
    if (persons.isEmpty())
        return failWith(tr("a case needs at least one person"));
    for (qint64 id : persons) {
        const auto e = m_workspace.entity(id);
        if (!e || e->type != EntityType::Person)
            return failWith(tr("entity %1 is not a person in this workspace").arg(id));
    }
    for (qint64 id : incidents) {
        const auto e = m_workspace.entity(id);
        if (!e || e->type != EntityType::Incident)
            return failWith(tr("entity %1 is not an incident in this workspace").arg(id));
    }
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO cases(title, kind, subject, created_by, created_at) VALUES (?, ?, ?, ?, ?)"));
    st.bind(1, title).bind(2, kind).bind(3, subject).bind(4, m_workspace.userName()).bind(5, now());
    if (!tx.isActive() || !st.exec())
        return failWith(tr("cannot create the case: %1").arg(db.lastError()));
    const qint64 id = db.lastInsertRowId();
    Statement p = db.prepare(QStringLiteral("INSERT OR IGNORE INTO case_persons(case_id, person_id) VALUES (?, ?)"));
    for (qint64 person : persons) {
        p.bind(1, id).bind(2, person);
        if (!p.exec())
            return failWith(tr("cannot create the case: %1").arg(db.lastError()));
        p.reset();
    }
    Statement i = db.prepare(QStringLiteral("INSERT OR IGNORE INTO case_incidents(case_id, incident_id) VALUES (?, ?)"));
    for (qint64 incident : incidents) {
        i.bind(1, id).bind(2, incident);
        if (!i.exec())
            return failWith(tr("cannot create the case: %1").arg(db.lastError()));
        i.reset();
    }
    if (!logEvent(id, QStringLiteral("created"),
                  QStringLiteral("%1 case, %2 person(s), %3 incident(s)").arg(kind).arg(persons.size()).arg(incidents.size()))
        || !tx.commit())
        return failWith(tr("cannot create the case: %1").arg(db.lastError()));
    return id;
}

std::optional<CaseInfo> CaseStore::get(qint64 caseId)
{
    Database &db = m_workspace.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, title, kind, subject, marking, created_by, created_at FROM cases WHERE id = ?"));
    st.bind(1, caseId);
    if (!st.step())
        return std::nullopt;
    CaseInfo c;
    c.id = st.int64(0);
    c.title = st.text(1);
    c.kind = st.text(2);
    c.subject = st.text(3);
    c.marking = st.text(4);
    c.createdBy = st.text(5);
    c.createdAt = st.text(6);
    Statement p = db.prepare(QStringLiteral("SELECT person_id FROM case_persons WHERE case_id = ? ORDER BY person_id"));
    p.bind(1, caseId);
    while (p.step())
        c.persons << p.int64(0);
    Statement i = db.prepare(QStringLiteral("SELECT incident_id FROM case_incidents WHERE case_id = ? ORDER BY incident_id"));
    i.bind(1, caseId);
    while (i.step())
        c.incidents << i.int64(0);
    return c;
}

QList<CaseInfo> CaseStore::cases()
{
    QList<qint64> ids;
    Statement st = m_workspace.database().prepare(QStringLiteral("SELECT id FROM cases ORDER BY id"));
    while (st.step())
        ids << st.int64(0);
    QList<CaseInfo> out;
    for (qint64 id : ids)
        if (auto c = get(id))
            out << *c;
    return out;
}

bool CaseStore::setIncidents(qint64 caseId, const QList<qint64> &incidents, QString *error)
{
    Database &db = m_workspace.database();
    const auto before = get(caseId);
    if (!before) {
        if (error)
            *error = tr("there is no case %1").arg(caseId);
        return false;
    }
    Transaction tx(db);
    Statement del = db.prepare(QStringLiteral("DELETE FROM case_incidents WHERE case_id = ?"));
    del.bind(1, caseId);
    bool ok = tx.isActive() && del.exec();
    Statement ins = db.prepare(QStringLiteral("INSERT OR IGNORE INTO case_incidents(case_id, incident_id) VALUES (?, ?)"));
    for (qint64 id : incidents) {
        if (!ok)
            break;
        ins.bind(1, caseId).bind(2, id);
        ok = ins.exec();
        ins.reset();
    }
    const QSet<qint64> was(before->incidents.cbegin(), before->incidents.cend());
    const QSet<qint64> is(incidents.cbegin(), incidents.cend());
    ok = ok && logEvent(caseId, QStringLiteral("incidents changed"),
                        QStringLiteral("%1 added, %2 removed").arg((is - was).size()).arg((was - is).size()))
         && tx.commit();
    if (!ok && error)
        *error = tr("cannot change the case's incidents: %1").arg(db.lastError());
    return ok;
}

QList<SummaryVersion> CaseStore::summaries(qint64 caseId)
{
    QList<SummaryVersion> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT version, text, generated, written_by, written_at FROM case_summaries WHERE case_id = ? ORDER BY version"));
    st.bind(1, caseId);
    while (st.step())
        out << SummaryVersion{int(st.int64(0)), st.text(1), st.int64(2) != 0, st.text(3), st.text(4)};
    return out;
}

std::optional<SummaryVersion> CaseStore::currentSummary(qint64 caseId)
{
    const QList<SummaryVersion> all = summaries(caseId);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

std::optional<int> CaseStore::addSummary(qint64 caseId, const QString &text, bool generated, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    const auto current = currentSummary(caseId);
    const int version = current ? current->version + 1 : 1;
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO case_summaries(case_id, version, text, generated, written_by, written_at) VALUES (?, ?, ?, ?, ?, ?)"));
    st.bind(1, caseId).bind(2, version).bind(3, text).bind(4, generated ? 1 : 0).bind(5, m_workspace.userName()).bind(6, now());
    if (!tx.isActive() || !st.exec()
        || !logEvent(caseId, generated ? QStringLiteral("summary generated") : QStringLiteral("summary edited"),
                     QStringLiteral("version %1").arg(version))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot save the summary: %1").arg(db.lastError());
        return std::nullopt;
    }
    return version;
}

QList<Exhibit> CaseStore::exhibits(qint64 caseId)
{
    QList<Exhibit> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT id, reference, file_path, file_size, sha256, description, handling, attached_by, attached_at "
        "FROM case_exhibits WHERE case_id = ? ORDER BY id"));
    st.bind(1, caseId);
    while (st.step()) {
        Exhibit e;
        e.id = st.int64(0);
        e.reference = st.text(1);
        e.filePath = st.text(2);
        e.fileSize = st.int64(3);
        e.sha256 = st.text(4);
        e.description = st.text(5);
        e.handling = st.text(6);
        e.attachedBy = st.text(7);
        e.attachedAt = st.text(8);
        out << e;
    }
    return out;
}

bool CaseStore::attach(qint64 caseId, const QList<ExhibitRequest> &files, QString *error,
                       const ExhibitHasher::Progress &progress, std::atomic_bool *cancel)
{
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!get(caseId))
        return failWith(tr("there is no case %1").arg(caseId));
    QStringList paths;
    QSet<QString> refs;
    for (const Exhibit &e : exhibits(caseId))
        refs.insert(e.reference);
    for (const ExhibitRequest &r : files) {
        if (r.reference.trimmed().isEmpty())
            return failWith(tr("exhibit %1 has no exhibit reference").arg(r.path));
        if (refs.contains(r.reference.trimmed()))
            return failWith(tr("exhibit reference %1 is already used in this case").arg(r.reference));
        refs.insert(r.reference.trimmed());
        paths << QFileInfo(r.path).absoluteFilePath();
    }
    const QList<FileHash> hashes = ExhibitHasher::hash(paths, progress, cancel);
    for (int i = 0; i < hashes.size(); ++i)
        if (!hashes.at(i).ok())
            return failWith(tr("exhibit %1 (%2): %3").arg(files.at(i).reference, paths.at(i), hashes.at(i).error));
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO case_exhibits(case_id, reference, file_path, file_size, sha256, description, handling, attached_by, attached_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bool ok = tx.isActive();
    for (int i = 0; ok && i < files.size(); ++i) {
        const ExhibitRequest &r = files.at(i);
        st.bind(1, caseId).bind(2, r.reference.trimmed()).bind(3, paths.at(i)).bind(4, hashes.at(i).size)
            .bind(5, hashes.at(i).sha256).bind(6, r.description.isNull() ? QStringLiteral("") : r.description).bind(7, r.handling.isEmpty() ? QStringLiteral("P") : r.handling)
            .bind(8, m_workspace.userName()).bind(9, now());
        ok = st.exec()
             && logEvent(caseId, QStringLiteral("exhibit attached"),
                         QStringLiteral("%1: %2, %3 bytes, sha256 %4")
                             .arg(r.reference.trimmed(), QFileInfo(paths.at(i)).fileName())
                             .arg(hashes.at(i).size)
                             .arg(hashes.at(i).sha256));
        st.reset();
    }
    if (!ok || !tx.commit())
        return failWith(tr("cannot attach the exhibits: %1").arg(db.lastError()));
    return true;
}

bool CaseStore::removeExhibit(qint64 caseId, const QString &reference, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral("DELETE FROM case_exhibits WHERE case_id = ? AND reference = ?"));
    st.bind(1, caseId).bind(2, reference);
    const bool ok = tx.isActive() && st.exec() && db.changes() == 1
                    && logEvent(caseId, QStringLiteral("exhibit removed"), reference) && tx.commit();
    if (!ok && error)
        *error = tr("cannot remove exhibit %1 from case %2").arg(reference).arg(caseId);
    return ok;
}

QList<CaseEvent> CaseStore::history(qint64 caseId)
{
    QList<CaseEvent> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT id, at, user_name, action, detail FROM case_history WHERE case_id = ? ORDER BY id"));
    st.bind(1, caseId);
    while (st.step())
        out << CaseEvent{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)};
    return out;
}

} // namespace fc
