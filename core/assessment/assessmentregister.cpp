#include "assessment/assessmentregister.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace fc {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

AssessmentRegister::AssessmentRegister(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString AssessmentRegister::fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

qint64 AssessmentRegister::draft(const QDate &from, const QDate &to, const QString &title, const QString &marking,
                                 QString *error)
{
    Database &db = m_workspace.database();
    Statement find = db.prepare(QStringLiteral(
        "SELECT id FROM assessments WHERE period_from = ?1 AND period_to = ?2 AND published_at IS NULL "
        "ORDER BY id DESC LIMIT 1"));
    find.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    if (find.step())
        return find.int64(0);
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "INSERT INTO assessments(period_from, period_to, title, marking, created_by, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, orEmpty(title))
        .bind(4, orEmpty(marking)).bind(5, orEmpty(m_workspace.userName())).bind(6, now());
    const bool ok = st.exec();
    const qint64 id = db.lastInsertRowId();
    if (!ok
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("assessment"),
                                          QString::number(id),
                                          QStringLiteral("assessment %1 drafted for %2 to %3")
                                              .arg(id).arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot save the assessment: %1").arg(db.lastError());
        return 0;
    }
    return id;
}

bool AssessmentRegister::setSectionText(qint64 assessmentId, const QString &section, const QString &text, QString *error)
{
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = text.trimmed().isEmpty()
        ? db.prepare(QStringLiteral("DELETE FROM assessment_sections WHERE assessment_id = ?1 AND section = ?2"))
        : db.prepare(QStringLiteral(
              "INSERT INTO assessment_sections(assessment_id, section, text, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5) "
              "ON CONFLICT(assessment_id, section) DO UPDATE SET text = excluded.text, changed_by = excluded.changed_by, "
              "changed_at = excluded.changed_at"));
    st.bind(1, assessmentId).bind(2, section);
    if (!text.trimmed().isEmpty())
        st.bind(3, text).bind(4, orEmpty(m_workspace.userName())).bind(5, now());
    if (!st.exec()
        || !m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("assessment"),
                                          QString::number(assessmentId),
                                          QStringLiteral("section %1 text %2 (%3 characters)")
                                              .arg(section, text.trimmed().isEmpty() ? QStringLiteral("cleared")
                                                                                     : QStringLiteral("set"))
                                              .arg(text.size()))
        || !tx.commit()) {
        if (error)
            *error = tr("cannot save the section text: %1").arg(db.lastError());
        return false;
    }
    return true;
}

bool AssessmentRegister::recordDraftFile(qint64 assessmentId, const QString &filePath, QString *error)
{
    const QString hash = fileSha256(filePath);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("cannot read %1 to hash it").arg(filePath);
        return false;
    }
    // The audit trail is a record, not a message: its wording is not translated.
    const QFileInfo file(filePath);
    if (!m_workspace.auditLog().append(AuditLog::Action::Consultation, m_workspace.userName(), QStringLiteral("assessment"),
                                       QString::number(assessmentId),
                                       QStringLiteral("assessment %1 draft written to %2, %3 bytes, SHA-256 %4")
                                           .arg(assessmentId).arg(file.fileName()).arg(file.size()).arg(hash),
                                       m_workspace.purpose())) {
        if (error)
            *error = tr("cannot record the draft of assessment %1 in the audit trail: %2")
                         .arg(assessmentId)
                         .arg(m_workspace.database().lastError());
        return false;
    }
    return true;
}

bool AssessmentRegister::publish(qint64 assessmentId, const QString &filePath, const QJsonObject &figures,
                                 const QString &recipient, const QString &justification, QString *sha256, QString *error)
{
    if (recipient.trimmed().isEmpty() || justification.trimmed().isEmpty()) {
        if (error)
            *error = tr("publishing is a disclosure: give the recipient and the justification");
        return false;
    }
    const QString hash = fileSha256(filePath);
    if (hash.isEmpty()) {
        if (error)
            *error = tr("cannot read %1 to hash it").arg(filePath);
        return false;
    }
    Database &db = m_workspace.database();
    Transaction tx(db);
    Statement st = db.prepare(QStringLiteral(
        "UPDATE assessments SET figures_json = ?2, published_at = ?3, published_by = ?4, file_name = ?5, "
        "file_sha256 = ?6, recipient = ?7, justification = ?8 WHERE id = ?1"));
    st.bind(1, assessmentId).bind(2, QString::fromUtf8(QJsonDocument(figures).toJson(QJsonDocument::Compact)))
        .bind(3, now()).bind(4, orEmpty(m_workspace.userName())).bind(5, QFileInfo(filePath).fileName())
        .bind(6, hash).bind(7, recipient).bind(8, justification);
    if (!st.exec() || db.changes() != 1
        || !m_workspace.recordDisclosure(QStringLiteral("assessment"), QString::number(assessmentId),
                                         QStringLiteral("assessment %1 published as %2, SHA-256 %3")
                                             .arg(assessmentId).arg(QFileInfo(filePath).fileName(), hash),
                                         recipient, justification)
        || !tx.commit()) {
        if (error)
            *error = tr("cannot record the publication of assessment %1: %2").arg(assessmentId).arg(db.lastError());
        return false;
    }
    if (sha256)
        *sha256 = hash;
    return true;
}

QList<AssessmentRecord> AssessmentRegister::assessments()
{
    QList<AssessmentRecord> out;
    Database &db = m_workspace.database();
    Statement st = db.prepare(QStringLiteral(
        "SELECT id, period_from, period_to, title, marking, figures_json, created_by, created_at, published_at, "
        "published_by, file_name, file_sha256, recipient, justification FROM assessments ORDER BY id"));
    while (st.step()) {
        AssessmentRecord a;
        a.id = st.int64(0);
        a.from = QDate::fromString(st.text(1), Qt::ISODate);
        a.to = QDate::fromString(st.text(2), Qt::ISODate);
        a.title = st.text(3);
        a.marking = st.text(4);
        a.figures = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
        a.createdBy = st.text(6);
        a.createdAt = st.text(7);
        a.publishedAt = st.text(8);
        a.publishedBy = st.text(9);
        a.fileName = st.text(10);
        a.fileSha256 = st.text(11);
        a.recipient = st.text(12);
        a.justification = st.text(13);
        out << a;
    }
    Statement s = db.prepare(QStringLiteral("SELECT assessment_id, section, text FROM assessment_sections"));
    while (s.step())
        for (AssessmentRecord &a : out)
            if (a.id == s.int64(0))
                a.sections.insert(s.text(1), s.text(2));
    return out;
}

std::optional<AssessmentRecord> AssessmentRegister::assessment(qint64 id)
{
    for (const AssessmentRecord &a : assessments())
        if (a.id == id)
            return a;
    return std::nullopt;
}

std::optional<AssessmentRecord> AssessmentRegister::lastPublished(const QDate &before)
{
    std::optional<AssessmentRecord> best;
    for (const AssessmentRecord &a : assessments()) {
        if (!a.isPublished() || (before.isValid() && a.to >= before))
            continue;
        if (!best || a.to > best->to || (a.to == best->to && a.id > best->id))
            best = a;
    }
    return best;
}

} // namespace fc
