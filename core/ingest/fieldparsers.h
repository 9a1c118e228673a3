#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace fc {

class DateFormat;

/** How a money column writes its numbers. */
enum class MoneyFormat {
    Auto,     // "1,234.50" and "1234.5" (UK); "1.234,50" only when unambiguous
    Uk,       // ',' thousands, '.' decimals
    European, // '.' or ' ' thousands, ',' decimals
};

/**
 * Parsers and normalisers for the values found in exports: money, dates, UK VRMs and postcodes.
 * Each returns std::nullopt (or an empty string) when the text is not a valid value, so that the
 * importer can reject the row with a reason.
 */
class FieldParsers
{
public:
    static std::optional<MoneyFormat> moneyFormatFromName(const QString &name); // auto, uk, european
    /** "£1,234.50", "1234.5", "GBP 12", "-3.00", "1.234,50" (European) → 1234.5 */
    static std::optional<double> money(const QString &text, MoneyFormat format);
    /** Parses with the Qt date format (e.g. "dd/MM/yyyy HH:mm"), then ISO 8601 forms. */
    static std::optional<QDateTime> dateTime(const QString &text, const QString &format);
    /** A date alone, with the given format or its date part, then ISO 8601. */
    static std::optional<QDate> date(const QString &text, const QString &format);
    /**
     * As dateTime(), as the wall-clock date and time written: a QDateTime of spec Qt::UTC, so
     * that no time-zone work is done (the importer stores wall-clock text). Fast for the formats
     * DateFormat compiles; the same values as dateTime() for everything.
     */
    static std::optional<QDateTime> wallClockDateTime(const QString &text, const DateFormat &format);
    /** As date(), fast for the formats DateFormat compiles. */
    static std::optional<QDate> date(const QString &text, const DateFormat &format);
    /** UK VRM normalised: upper case, spaces and punctuation removed ("ab12 cde" → "AB12CDE"). */
    static QString vrm(const QString &text);
    /** UK postcode normalised to "OUT IN" ("sw1a1aa" → "SW1A 1AA"); empty if not a postcode. */
    static QString postcode(const QString &text);
    /** The outward code (district) of a postcode ("SW1A 1AA" → "SW1A"); empty if none. */
    static QString postcodeDistrict(const QString &text);
};

} // namespace fc
