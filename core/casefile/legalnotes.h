#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

class Workspace;

/** One row of the workspace's legal_notes table: what the law said about an offence, from when. */
struct LegalNote
{
    QString key;
    QString offence;      // canonical offence it concerns (shop_theft, assault)
    QString title;
    QDate appliesFrom;    // null: not confirmed
    bool fromConfirmed = false;
    QDate appliesUntil;   // null: still applies, or end not confirmed
    bool untilConfirmed = false;
    std::optional<double> maxValueGbp;
    QString note;
    QString source;
};

/**
 * Notes to the investigator on what the law said at an incident's date (schema 10, table
 * legal_notes): the low-value shop theft threshold (s.22A Magistrates' Courts Act 1980, £200, from
 * 13 May 2014 until its repeal) and the offence of assaulting a retail worker from its
 * commencement. A date that could not be confirmed is stored as unknown, and every note on an
 * incident whose date it would decide says so. Notes, never legal advice.
 */
class LegalNotes
{
    Q_DECLARE_TR_FUNCTIONS(LegalNotes)

public:
    explicit LegalNotes(Workspace &workspace);

    QList<LegalNote> all();
    /** Sets a confirmed (or, with confirmed false, a provisional) date and the source it came from. */
    bool setDates(const QString &key, const QDate &from, bool fromConfirmed, const QDate &until, bool untilConfirmed,
                  const QString &source, QString *error);

    /** The notes for one incident, from the given table rows (so that tests can pass their own). */
    static QStringList notesFor(const QList<LegalNote> &table, const QString &offence, const QDate &date, double valueGbp);
    QStringList notesFor(const QString &offence, const QDate &date, double valueGbp);

    static QString disclaimer();

private:
    Workspace &m_workspace;
};

} // namespace fc
