#include "casefile/legalnotes.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QLocale>

namespace fc {

namespace {

QString longDate(const QDate &d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy"));
}

QString money(double v)
{
    return QStringLiteral("£") + QLocale(QLocale::English, QLocale::UnitedKingdom).toString(v, 'f', 2);
}

} // namespace

LegalNotes::LegalNotes(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString LegalNotes::disclaimer()
{
    return tr("Notes for the investigator on the law at each incident's date, from the workspace's table of "
              "legal notes with their sources. They are not legal advice: check them with the CPS.");
}

QList<LegalNote> LegalNotes::all()
{
    QList<LegalNote> out;
    Statement st = m_workspace.database().prepare(QStringLiteral(
        "SELECT key, offence, title, applies_from, from_confirmed, applies_until, until_confirmed, max_value_gbp, "
        "note, source FROM legal_notes ORDER BY key"));
    while (st.step()) {
        LegalNote n;
        n.key = st.text(0);
        n.offence = st.text(1);
        n.title = st.text(2);
        n.appliesFrom = QDate::fromString(st.text(3), Qt::ISODate);
        n.fromConfirmed = st.int64(4) != 0;
        n.appliesUntil = QDate::fromString(st.text(5), Qt::ISODate);
        n.untilConfirmed = st.int64(6) != 0;
        if (!st.isNull(7))
            n.maxValueGbp = st.real(7);
        n.note = st.text(8);
        n.source = st.text(9);
        out << n;
    }
    return out;
}

bool LegalNotes::setDates(const QString &key, const QDate &from, bool fromConfirmed, const QDate &until,
                          bool untilConfirmed, const QString &source, QString *error)
{
    Database &db = m_workspace.database();
    const QString added = source.isNull() ? QStringLiteral("") : source.trimmed();
    Statement st = db.prepare(QStringLiteral(
        "UPDATE legal_notes SET applies_from = ?, from_confirmed = ?, applies_until = ?, until_confirmed = ?, "
        "source = CASE WHEN ? = '' THEN source ELSE source || '; ' || ? END WHERE key = ?"));
    st.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QString()).bind(2, fromConfirmed ? 1 : 0)
        .bind(3, until.isValid() ? until.toString(Qt::ISODate) : QString()).bind(4, untilConfirmed ? 1 : 0)
        .bind(5, added).bind(6, added).bind(7, key);
    if (!st.exec() || db.changes() != 1) {
        if (error)
            *error = tr("there is no legal note \"%1\"").arg(key);
        return false;
    }
    m_workspace.auditLog().append(AuditLog::Action::Alteration, m_workspace.userName(), QStringLiteral("legal_note"),
                                  key, QStringLiteral("dates set: from %1, until %2")
                                           .arg(from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("-"),
                                                until.isValid() ? until.toString(Qt::ISODate) : QStringLiteral("-")));
    return true;
}

QStringList LegalNotes::notesFor(const QString &offence, const QDate &date, double valueGbp)
{
    return notesFor(all(), offence, date, valueGbp);
}

QStringList LegalNotes::notesFor(const QList<LegalNote> &table, const QString &offence, const QDate &date,
                                 double valueGbp)
{
    QStringList out;
    if (!date.isValid())
        return out;
    for (const LegalNote &n : table) {
        if (n.offence != offence)
            continue;
        const QString unconfirmed = tr(" (date not confirmed)");
        const bool started = n.appliesFrom.isValid() && date >= n.appliesFrom;
        const bool ended = n.appliesUntil.isValid() && date >= n.appliesUntil;
        if (n.key == QLatin1String("low_value_shoplifting") && n.maxValueGbp) {
            const QString limit = money(*n.maxValueGbp);
            if (!n.appliesFrom.isValid()) {
                out << tr("%1: when it came into force is not recorded; check whether it applied on %2.")
                           .arg(n.title, longDate(date));
            } else if (!started) {
                out << tr("%1 was not yet in force on %2 (from %3%4): theft from a shop was triable either way "
                          "whatever the value.")
                           .arg(n.title, longDate(date), longDate(n.appliesFrom),
                                n.fromConfirmed ? QString() : unconfirmed);
            } else if (ended) {
                out << tr("%1 had been repealed by %2 (repeal in force %3%4): no value threshold applies.")
                           .arg(n.title, longDate(date), longDate(n.appliesUntil),
                                n.untilConfirmed ? QString() : unconfirmed);
            } else if (valueGbp <= *n.maxValueGbp) {
                QString text = tr("Value %1 is %2 or less on %3: low-value shoplifting (%4) applied, triable only "
                                  "summarily unless an adult defendant elects Crown Court trial; the values of "
                                  "shop thefts charged together are added.")
                                   .arg(money(valueGbp), limit, longDate(date), n.title);
                if (!n.appliesUntil.isValid())
                    text += QLatin1Char(' ')
                            + tr("Its repeal by the Crime and Policing Act has no confirmed commencement date in "
                                 "this workspace: check whether it was still in force on %1.")
                                  .arg(longDate(date));
                out << text;
            } else {
                out << tr("Value %1 is over %2 on %3: not low-value shoplifting (%4); triable either way.")
                           .arg(money(valueGbp), limit, longDate(date), n.title);
            }
            continue;
        }
        // An offence that exists from its commencement (and until a repeal, if any).
        if (!n.appliesFrom.isValid()) {
            out << tr("%1: commencement date not confirmed; check whether it was in force on %2. Until it was, "
                      "such conduct is charged under the existing law.")
                       .arg(n.title, longDate(date));
        } else if (!started) {
            out << tr("%1 was not yet in force on %2 (commencement %3%4): charge under the law then in force.")
                       .arg(n.title, longDate(date), longDate(n.appliesFrom), n.fromConfirmed ? QString() : unconfirmed);
        } else if (ended) {
            out << tr("%1 no longer applied on %2 (ended %3%4).")
                       .arg(n.title, longDate(date), longDate(n.appliesUntil), n.untilConfirmed ? QString() : unconfirmed);
        } else {
            out << tr("%1 was in force on %2 (from %3%4); it applies only where the victim was a retail worker at "
                      "work.")
                       .arg(n.title, longDate(date), longDate(n.appliesFrom), n.fromConfirmed ? QString() : unconfirmed);
        }
    }
    return out;
}

} // namespace fc
