#pragma once

#include <QByteArrayView>
#include <QExplicitlySharedDataPointer>
#include <QSharedData>
#include <QString>
#include <QStringView>
#include <QTypeInfo>

namespace fc {

/**
 * One incident a person is recorded as offending in (suspect or offender), as the priority reads it.
 * The date and time as stored are kept without a string of their own when they are in the usual
 * ISO 8601 forms ("2025-03-01", "2025-03-01T10:00", "2025-03-01T10:00:30": a day and seconds, the
 * text made again on demand, the same characters); any other text is kept as it is.
 */
struct IncidentFact
{
    qint64 incidentId = 0;
    qint64 day = 0;     // Julian day of the date as stored; 0 when undated
    QString offence;    // canonical offence category
    double valueGbp = 0;

    /** The date or date-time as stored (ISO 8601); empty when undated. */
    QString occurredAt() const;
    /** Sets the date as stored and day from it (0 when it does not start with a valid ISO date). */
    void setOccurredAt(QStringView iso);
    /** The same from the stored UTF-8 (the loader); a null view is undated. */
    void setOccurredAtUtf8(QByteArrayView utf8);
    /** Compares the dates as stored as their texts compare (<0, 0, >0), without making the texts of usual forms. */
    static int compareOccurredAt(const IncidentFact &a, const IncidentFact &b);
    /** The Julian day of the first ten characters of an ISO 8601 date ("2025-03-01..."), 0 if not one. */
    static qint64 julianDay(QStringView iso);

private:
    enum Form : quint8 { None, Date, Minutes, Seconds, Text };
    template<typename Char>
    void set(const Char *iso, qsizetype size);

    qint32 m_date = 0;         // Julian day of a usual form
    qint32 m_seconds : 24 = 0; // seconds since midnight of a usual form with a time
    Form m_form : 8 = None;    // (one word with the seconds: a million of these are read at once)
    // The text as stored when not a usual form, shared by copies (one pointer: a fact is 64 bytes).
    struct StoredText : QSharedData
    {
        QString text;
    };
    QExplicitlySharedDataPointer<StoredText> m_text;
};

} // namespace fc

// Moved in memory as a block when lists grow (its members are Qt's relocatable types).
Q_DECLARE_TYPEINFO(fc::IncidentFact, Q_RELOCATABLE_TYPE);
static_assert(sizeof(fc::IncidentFact) <= 64, "a million are read at once: keep an incident in a cache line");
