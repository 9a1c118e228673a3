#include "ingest/fieldparsers.h"

#include "ingest/dateformat.h"

#include <QHash>
#include <QTime>

#include <charconv>
#include <string>

namespace fc {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

/*
 * A number written with the given thousands separators and decimal mark, as plain ASCII
 * ("1,234.50" -> "1234.50"). Groups after the first must have exactly three digits and one
 * number uses one separator only, so "1,2,3" and "1.234 567,8" are refused.
 */
std::optional<std::string> plainNumber(QStringView s, QStringView groupSeparators, char16_t decimalMark)
{
    const qsizetype mark = s.indexOf(QChar(decimalMark));
    if (mark >= 0 && s.indexOf(QChar(decimalMark), mark + 1) >= 0)
        return std::nullopt;
    const QStringView integral = mark < 0 ? s : s.first(mark);
    const QStringView fraction = mark < 0 ? QStringView() : s.sliced(mark + 1);
    if (mark >= 0 && fraction.isEmpty())
        return std::nullopt;
    std::string out;
    out.reserve(size_t(s.size()) + 1);
    if (integral.isEmpty()) {
        if (mark < 0)
            return std::nullopt;
        out += '0'; // ".5"
    }
    QChar separator;
    bool grouped = false;
    int groupLength = 0;
    for (const QChar c : integral) {
        if (isDigit(c)) {
            out += char(c.unicode());
            ++groupLength;
        } else if (groupSeparators.contains(c)) {
            if (!separator.isNull() && c != separator)
                return std::nullopt;
            if (grouped ? groupLength != 3 : (groupLength < 1 || groupLength > 3))
                return std::nullopt;
            grouped = true;
            separator = c;
            groupLength = 0;
        } else {
            return std::nullopt;
        }
    }
    if (grouped && groupLength != 3)
        return std::nullopt;
    if (mark >= 0) {
        out += '.';
        for (const QChar c : fraction) {
            if (!isDigit(c))
                return std::nullopt;
            out += char(c.unicode());
        }
    }
    return out;
}

std::optional<double> toDouble(const std::optional<std::string> &plain)
{
    if (!plain)
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(plain->data(), plain->data() + plain->size(), value);
    if (ec != std::errc() || end != plain->data() + plain->size())
        return std::nullopt;
    return value;
}

// Thousands separators of European formats: dot, space, no-break space, narrow no-break space.
constexpr QStringView kEuropeanGroups = u". \u00A0\u202F";

// "1.234,50" or "12,50" read as European in Auto mode: only when the UK reading failed and the
// text ends in a decimal comma with exactly two digits (pence), so "1,234" stays UK.
bool onlyEuropean(QStringView s)
{
    const qsizetype comma = s.lastIndexOf(u',');
    return comma >= 0 && comma == s.size() - 3 && isDigit(s.at(comma + 1)) && isDigit(s.at(comma + 2)) &&
           s.indexOf(u',') == comma;
}

// Qt reads "yy" as 1900-1999; exports mean 2000-2069 for 00-69.
bool twoDigitYearOnly(const QString &format)
{
    return format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy"));
}

QDate withCentury(QDate date, bool twoDigitYear)
{
    if (twoDigitYear && date.isValid() && date.year() >= 1900 && date.year() < 1970)
        return date.addYears(100);
    return date;
}

QString datePartOf(const QString &format)
{
    return DateFormat::datePart(format);
}

bool hasTimeField(const QString &format)
{
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && QStringView(u"hHms").contains(c))
            return true;
    }
    return false;
}

/*
 * A wall-clock date and time in local time. Qt refuses a local time that a daylight-saving gap
 * skips (01:30 on the last Sunday of March in the UK), but tills that keep GMT all year write
 * such times: read them with the offset in force before the gap (01:30 GMT = 02:30 BST), as
 * Qt 6.7 does, rather than lose the record.
 */
QDateTime wallClock(QDate date, QTime time)
{
    QDateTime local(date, time);
    if (local.isValid() || !date.isValid() || !time.isValid())
        return local;
    const int offsetBefore = QDateTime(date.addDays(-1), time).offsetFromUtc();
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetBefore).toLocalTime();
}

// QDateTime::fromString in local time, with the daylight-saving gap handled as in wallClock().
QDateTime fromStringLocal(const QString &text, const QString &format)
{
    const QDateTime value = QDateTime::fromString(text, format);
    if (value.isValid() || format.contains(u't'))
        return value;
    // Read the fields as UTC (which has no gaps) and place them in local time.
    const QDateTime utc = QDateTime::fromString(text + QLatin1String(" UTC"), format + QLatin1String(" t"));
    return utc.isValid() ? wallClock(utc.date(), utc.time()) : value;
}

int digits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s.at(pos + i);
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

/*
 * ISO 8601 as exports write it: "2024-03-01", "2024-03-01T14:05", "2024-03-01 14:05:00",
 * with optional fractional seconds and an optional Z or +hh:mm offset. The offset is dropped:
 * the wall-clock time written is what analysts compare against CCTV and till records.
 */
std::optional<QDateTime> isoDateTime(QStringView s)
{
    const int year = digits(s, 0, 4);
    const int month = digits(s, 5, 2);
    const int day = digits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || s.at(4) != u'-' || s.at(7) != u'-')
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    if (s.size() == 10)
        return wallClock(date, QTime(0, 0));
    if (s.at(10) != u'T' && s.at(10) != u't' && s.at(10) != u' ')
        return std::nullopt;
    const int hour = digits(s, 11, 2);
    const int minute = digits(s, 14, 2);
    if (hour < 0 || minute < 0 || s.at(13) != u':')
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0;
    int msec = 0;
    if (pos < s.size() && s.at(pos) == u':') {
        second = digits(s, pos + 1, 2);
        if (second < 0)
            return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s.at(pos) == u'.' || s.at(pos) == u',')) {
            ++pos;
            int scale = 100;
            const qsizetype start = pos;
            while (pos < s.size() && isDigit(s.at(pos))) {
                msec += (s.at(pos).unicode() - u'0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == start)
                return std::nullopt;
        }
    }
    if (pos < s.size()) {
        const QStringView zone = s.sliced(pos);
        const bool utc = zone == u"Z" || zone == u"z";
        const bool offset =
            (zone.startsWith(u'+') || zone.startsWith(u'-')) &&
            ((zone.size() == 3 && digits(zone, 1, 2) >= 0) || (zone.size() == 5 && digits(zone, 1, 4) >= 0) ||
             (zone.size() == 6 && zone.at(3) == u':' && digits(zone, 1, 2) >= 0 && digits(zone, 4, 2) >= 0));
        if (!utc && !offset)
            return std::nullopt;
    }
    const QTime time(hour, minute, second, msec);
    if (!time.isValid())
        return std::nullopt;
    return wallClock(date, time);
}

// Outward codes: A9, A99, A9A, AA9, AA99, AA9A (letters and digits only, upper case).
bool isOutwardCode(QStringView s)
{
    QString shape;
    for (const QChar c : s)
        shape += isDigit(c) ? QLatin1Char('9') : isAsciiLetter(c) ? QLatin1Char('A') : QLatin1Char('?');
    static const QStringList shapes = {QStringLiteral("A9"),  QStringLiteral("A99"),  QStringLiteral("A9A"),
                                       QStringLiteral("AA9"), QStringLiteral("AA99"), QStringLiteral("AA9A")};
    return shapes.contains(shape);
}

// Upper case with all whitespace removed; empty if anything but ASCII letters and digits remains.
QString compactAlnum(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (!isDigit(c) && !isAsciiLetter(c))
            return QString();
        out += c.toUpper();
    }
    return out;
}

} // namespace

std::optional<MoneyFormat> FieldParsers::moneyFormatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == QLatin1String("auto"))
        return MoneyFormat::Auto;
    if (n == QLatin1String("uk") || n == QLatin1String("gb"))
        return MoneyFormat::Uk;
    if (n == QLatin1String("european") || n == QLatin1String("eu") || n == QLatin1String("europe"))
        return MoneyFormat::European;
    return std::nullopt;
}

std::optional<double> FieldParsers::money(const QString &text, MoneyFormat format)
{
    QStringView t = QStringView(text).trimmed();
    bool negative = false;
    // Accounting negatives: "(12.50)".
    if (t.size() >= 2 && t.front() == u'(' && t.back() == u')') {
        negative = true;
        t = t.sliced(1, t.size() - 2).trimmed();
    }
    auto takeSign = [&t, &negative]() {
        if (t.startsWith(u'-') || t.startsWith(QChar(0x2212))) {
            if (negative)
                return false;
            negative = true;
            t = t.sliced(1).trimmed();
        } else if (t.startsWith(u'+')) {
            t = t.sliced(1).trimmed();
        }
        return true;
    };
    if (!takeSign())
        return std::nullopt;
    bool currency = false;
    if (t.startsWith(u'£')) {
        t = t.sliced(1).trimmed();
        currency = true;
    } else if (t.startsWith(u"GBP", Qt::CaseInsensitive)) {
        t = t.sliced(3).trimmed();
        currency = true;
    }
    if (currency && !negative && !takeSign()) // "£-3"
        return std::nullopt;
    if (t.endsWith(u"GBP", Qt::CaseInsensitive) || t.endsWith(u'£')) {
        if (currency)
            return std::nullopt;
        t.chop(t.endsWith(u'£') ? 1 : 3);
        t = t.trimmed();
    }
    if (t.isEmpty())
        return std::nullopt;

    std::optional<double> value;
    switch (format) {
    case MoneyFormat::Uk:
        value = toDouble(plainNumber(t, u",", u'.'));
        break;
    case MoneyFormat::European:
        value = toDouble(plainNumber(t, kEuropeanGroups, u','));
        break;
    case MoneyFormat::Auto:
        value = toDouble(plainNumber(t, u",", u'.'));
        if (!value && onlyEuropean(t))
            value = toDouble(plainNumber(t, kEuropeanGroups, u','));
        break;
    }
    if (!value)
        return std::nullopt;
    return negative ? -*value : *value;
}

std::optional<QDateTime> FieldParsers::dateTime(const QString &text, const QString &format)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!format.isEmpty()) {
        const bool twoDigitYear = twoDigitYearOnly(format);
        QDateTime value = fromStringLocal(t, format);
        if (value.isValid())
            return twoDigitYear ? wallClock(withCentury(value.date(), true), value.time()) : value;
        // A date-time column that sometimes holds a date alone (midnight)...
        const QString datePart = datePartOf(format);
        if (!datePart.isEmpty()) {
            const QDate date = withCentury(QDate::fromString(t, datePart), twoDigitYear);
            if (date.isValid())
                return wallClock(date, QTime(0, 0));
        }
        // ...or a date format given for values that carry a time of day.
        if (!hasTimeField(format)) {
            for (const auto suffix : {QLatin1String(" HH:mm:ss"), QLatin1String(" HH:mm")}) {
                const QDateTime withTime = fromStringLocal(t, format + suffix);
                if (withTime.isValid())
                    return wallClock(withCentury(withTime.date(), twoDigitYear), withTime.time());
            }
        }
    }
    if (const auto iso = isoDateTime(t))
        return iso;
    const QDateTime fallback = fromStringLocal(t, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (fallback.isValid())
        return fallback;
    return std::nullopt;
}

namespace {

// Whether the local clock changes on this day (a daylight-saving transition), when a wall-clock
// time may not exist in local time: those few days take the exact, slow path. Cached per thread.
bool isTransitionDay(QDate date)
{
    thread_local QHash<qint64, bool> cache;
    const auto found = cache.constFind(date.toJulianDay());
    if (found != cache.constEnd())
        return *found;
    const bool transition =
        QDateTime(date, QTime(0, 0)).offsetFromUtc() != QDateTime(date.addDays(1), QTime(0, 0)).offsetFromUtc();
    if (cache.size() > 100000)
        cache.clear();
    cache.insert(date.toJulianDay(), transition);
    return transition;
}

} // namespace

std::optional<QDateTime> FieldParsers::wallClockDateTime(const QString &text, const DateFormat &format)
{
    QDate date;
    QTime time;
    if (format.parse(QStringView(text).trimmed(), &date, &time)) {
        date = withCentury(date, format.twoDigitYear());
        if (!isTransitionDay(date))
            return QDateTime(date, time, Qt::UTC);
    }
    const auto local = dateTime(text, format.pattern());
    if (!local)
        return std::nullopt;
    return QDateTime(local->date(), local->time(), Qt::UTC);
}

std::optional<QDate> FieldParsers::date(const QString &text, const DateFormat &format)
{
    QDate date;
    if (format.parseDate(QStringView(text).trimmed(), &date))
        return withCentury(date, format.twoDigitYear());
    return FieldParsers::date(text, format.pattern());
}

std::optional<QDate> FieldParsers::date(const QString &text, const QString &format)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (!format.isEmpty()) {
        const bool twoDigitYear = twoDigitYearOnly(format);
        QDate value = withCentury(QDate::fromString(t, format), twoDigitYear);
        if (value.isValid())
            return value;
        const QString datePart = datePartOf(format);
        if (!datePart.isEmpty()) {
            value = withCentury(QDate::fromString(t, datePart), twoDigitYear);
            if (value.isValid())
                return value;
        }
        // Date-times in a date column (a DOB exported as "01/02/1990 00:00").
        const auto withTime = dateTime(t, format);
        if (withTime)
            return withTime->date();
    }
    if (const auto iso = isoDateTime(t))
        return iso->date();
    return std::nullopt;
}

QString FieldParsers::vrm(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    return out;
}

QString FieldParsers::postcode(const QString &text)
{
    const QString s = compactAlnum(text);
    if (s == QLatin1String("GIR0AA"))
        return QStringLiteral("GIR 0AA");
    if (s.size() < 5 || s.size() > 7)
        return QString();
    const QStringView inward = QStringView(s).last(3);
    const QStringView outward = QStringView(s).first(s.size() - 3);
    if (!isDigit(inward.at(0)) || !isAsciiLetter(inward.at(1)) || !isAsciiLetter(inward.at(2)) ||
        !isOutwardCode(outward))
        return QString();
    return outward.toString() + QLatin1Char(' ') + inward.toString();
}

QString FieldParsers::postcodeDistrict(const QString &text)
{
    const QString full = postcode(text);
    if (!full.isEmpty())
        return full.section(QLatin1Char(' '), 0, 0);
    const QString s = compactAlnum(text);
    return isOutwardCode(s) ? s : QString();
}

} // namespace fc
