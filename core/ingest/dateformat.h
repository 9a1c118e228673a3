#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace fc {

/**
 * A Qt date format ("dd/MM/yyyy HH:mm") compiled once, for reading a million dates quickly.
 * QDateTime::fromString re-reads its format and builds a parser for every value (about 17 µs
 * here, against well under 1 µs for this). parse() is deliberately strict: it accepts only what
 * Qt's parser would read to the same date and time (numeric fields of the exact widths, English
 * month abbreviations, literal separators) and says no to everything else, so that callers fall
 * back to Qt for the rest and nothing changes in what is accepted or how it is read.
 */
class DateFormat
{
public:
    DateFormat() = default;
    explicit DateFormat(const QString &pattern);

    QString pattern() const { return m_pattern; }
    /** Whether parse() can read this format at all (false: always use Qt). */
    bool isCompiled() const { return m_full.ok; }
    /** "yy" without "yyyy": Qt reads 1900-1999, exports mean 2000-2069 for 00-69. */
    bool twoDigitYear() const { return m_twoDigitYear; }

    /**
     * Reads text (already trimmed) into *date and *time (midnight when the format has no time).
     * False when the format is not compiled, the text does not match it exactly, or the values
     * are not a valid date and time. "yy" years are read as Qt reads them (1900-1999).
     */
    bool parse(QStringView text, QDate *date, QTime *time) const;
    /** A date alone: the whole format, else its date part ("dd/MM/yyyy" of "dd/MM/yyyy HH:mm"). */
    bool parseDate(QStringView text, QDate *date) const;

    /** The date fields of a date-time format, without the separator before the time; empty if none. */
    static QString datePart(const QString &pattern);

    /** "yyyy-MM-ddTHH:mm:ss" and "yyyy-MM-dd", written directly (QDateTime::toString is slow). */
    static QString isoDateTime(QDate date, QTime time);
    static QString isoDate(QDate date);

private:
    enum class Field : quint8 {
        Literal,
        Day,
        Month,
        MonthName,
        Year2,
        Year4,
        Hour24,
        Hour12,
        Minute,
        Second,
        Msec,
        AmPm
    };
    struct Token
    {
        Field field = Field::Literal;
        quint8 minDigits = 0; // numeric fields: "d" reads 1-2 digits, "dd" exactly 2
        quint8 maxDigits = 0;
        QString literal;
    };

    struct Compiled
    {
        QList<Token> tokens;
        bool ok = false;
    };
    static Compiled compile(const QString &pattern);
    static bool parse(const Compiled &c, QStringView text, QDate *date, QTime *time);

    QString m_pattern;
    Compiled m_full;
    Compiled m_datePart;
    bool m_twoDigitYear = false;
};

} // namespace fc
