#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <optional>

namespace fc {

class Workspace;

/** A saved assessment: its period, the analyst's text per section, and, once published, what went out. */
struct AssessmentRecord
{
    qint64 id = 0;
    QDate from, to;
    QString title;
    QString marking;
    QJsonObject figures;             // the headline figures the next assessment compares with
    QMap<QString, QString> sections; // section id -> the analyst's text
    QString createdBy, createdAt;
    QString publishedAt, publishedBy, fileName, fileSha256, recipient, justification;

    bool isPublished() const { return !publishedAt.isEmpty(); }
};

/**
 * The assessments saved in a workspace. A draft keeps the analyst's section texts, and each file
 * written of it is a consultation in the audit trail; publishing
 * stores the file's SHA-256 and its recipient with the assessment and writes a disclosure to the
 * audit trail (recipient, justification, SHA-256). The next assessment reports what changed since
 * the last published one.
 */
class AssessmentRegister
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRegister)

public:
    explicit AssessmentRegister(Workspace &workspace);

    /** The draft for this period (created when there is none); 0 and *error on failure. */
    qint64 draft(const QDate &from, const QDate &to, const QString &title, const QString &marking, QString *error);
    /** Sets (or with an empty text clears) the analyst's text of a section; an alteration in the audit trail. */
    bool setSectionText(qint64 assessmentId, const QString &section, const QString &text, QString *error);
    /**
     * Records that a draft of the assessment was written to a file (personal data outside the
     * workspace, kept by the analyst until published): a consultation in the audit trail with the
     * file's name, size and SHA-256. False and *error when the file cannot be read or the entry not
     * written: then the caller removes the file.
     */
    bool recordDraftFile(qint64 assessmentId, const QString &filePath, QString *error);
    /** Records the publication of the file: its SHA-256, figures, recipient; and the disclosure. */
    bool publish(qint64 assessmentId, const QString &filePath, const QJsonObject &figures, const QString &recipient,
                 const QString &justification, QString *sha256, QString *error);

    std::optional<AssessmentRecord> assessment(qint64 id);
    /** The latest published assessment whose period ends before `before` (any, when invalid). */
    std::optional<AssessmentRecord> lastPublished(const QDate &before = {});
    QList<AssessmentRecord> assessments();

    /** The SHA-256 of a file in lower-case hex, empty when it cannot be read. */
    static QString fileSha256(const QString &path);

private:
    Workspace &m_workspace;
};

} // namespace fc
