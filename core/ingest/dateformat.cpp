#include "ingest/dateformat.h"

#include <QDateTime>

namespace fc {

namespace {

// The C locale's month names, which QDate::fromString reads.
constexpr const char16_t *kShortMonths[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                            u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
constexpr const char16_t *kLongMonths[] = {u"January",   u"February", u"March",    u"April",
                                           u"May",       u"June",     u"July",     u"August",
                                           u"September", u"October",  u"November", u"December"};

qsizetype runLength(QStringView s, qsizetype i)
{
    qsizetype n = 1;
    while (i + n < s.size() && s.at(i + n) == s.at(i))
        ++n;
    return n;
}

void writeDigits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// "yyyy-MM-dd" into out[0..9], for years 0 to 9999.
void writeDate(char16_t *out, QDate date)
{
    writeDigits(out, date.year(), 4);
    out[4] = u'-';
    writeDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    writeDigits(out + 8, date.day(), 2);
}

} // namespace

DateFormat::DateFormat(const QString &pattern)
    : m_pattern(pattern), m_full(compile(pattern)),
      m_twoDigitYear(pattern.contains(QLatin1String("yy")) && !pattern.contains(QLatin1String("yyyy")))
{
    const QString part = datePart(pattern);
    if (!part.isEmpty())
        m_datePart = compile(part);
}

DateFormat::Compiled DateFormat::compile(const QString &pattern)
{
    Compiled out;
    QList<Token> &tokens = out.tokens;
    const QStringView s(pattern);
    bool ok = !s.isEmpty();
    bool hasDate = false;
    auto numeric = [&tokens](Field field, int minDigits, int maxDigits) {
        tokens.append(Token{field, quint8(minDigits), quint8(maxDigits), QString()});
    };
    auto literal = [&tokens](QStringView text) {
        if (!tokens.isEmpty() && tokens.last().field == Field::Literal)
            tokens.last().literal += text;
        else
            tokens.append(Token{Field::Literal, 0, 0, text.toString()});
    };
    for (qsizetype i = 0; ok && i < s.size();) {
        const QChar c = s.at(i);
        const qsizetype n = runLength(s, i);
        if (c == u'\'') {
            if (n >= 2 && n % 2 == 0) { // '' is a quote character
                literal(QString(n / 2, QLatin1Char('\'')));
                i += n;
                continue;
            }
            const qsizetype close = s.indexOf(u'\'', i + 1);
            if (close < 0) {
                ok = false;
                break;
            }
            literal(s.sliced(i + 1, close - i - 1));
            i = close + 1;
            continue;
        }
        switch (c.unicode()) {
        case u'd':
            if (n > 2)
                ok = false; // day names: Qt's
            else
                numeric(Field::Day, n == 1 ? 1 : 2, 2);
            hasDate = true;
            break;
        case u'M':
            if (n <= 2)
                numeric(Field::Month, n == 1 ? 1 : 2, 2);
            else if (n <= 4)
                tokens.append(Token{Field::MonthName, quint8(n), quint8(n), QString()});
            else
                ok = false;
            hasDate = true;
            break;
        case u'y':
            if (n == 2)
                numeric(Field::Year2, 2, 2);
            else if (n == 4)
                numeric(Field::Year4, 4, 4);
            else
                ok = false;
            hasDate = true;
            break;
        case u'H':
        case u'h':
            ok = n <= 2;
            numeric(Field::Hour24, n == 1 ? 1 : 2, 2);
            break;
        case u'm':
            ok = n <= 2;
            numeric(Field::Minute, n == 1 ? 1 : 2, 2);
            break;
        case u's':
            ok = n <= 2;
            numeric(Field::Second, n == 1 ? 1 : 2, 2);
            break;
        case u'z':
        case u'a':
        case u'A':
        case u't':
            ok = false; // milliseconds, AM/PM (12-hour clocks) and time zones: Qt's
            break;
        default:
            if ((c.isLetter() && c != u'T') || c.isDigit()) {
                ok = false; // letters Qt might read as fields in some version: leave to Qt
                break;
            }
            literal(s.sliced(i, n));
            break;
        }
        i += n;
    }
    // A field of variable width must be followed by a separator, or the split is a guess.
    for (qsizetype i = 0; ok && i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.field != Field::Literal && t.minDigits != t.maxDigits && i + 1 < tokens.size() &&
            tokens.at(i + 1).field != Field::Literal)
            ok = false;
    }
    out.ok = ok && hasDate;
    if (!out.ok)
        tokens.clear();
    return out;
}

bool DateFormat::parse(QStringView text, QDate *date, QTime *time) const
{
    return parse(m_full, text, date, time);
}

bool DateFormat::parseDate(QStringView text, QDate *date) const
{
    QTime time;
    return parse(m_full, text, date, &time) || parse(m_datePart, text, date, &time);
}

QString DateFormat::datePart(const QString &format)
{
    bool quoted = false;
    qsizetype cut = -1;
    for (qsizetype i = 0; i < format.size() && cut < 0; ++i) {
        const QChar c = format.at(i);
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && QStringView(u"hHmszaAt").contains(c))
            cut = i;
    }
    if (cut <= 0)
        return QString();
    QString part = format.left(cut);
    for (;;) {
        while (!part.isEmpty() && (part.back().isSpace() || part.back() == u',' || part.back() == u'T'))
            part.chop(1);
        if (part.endsWith(u'\'')) {
            const qsizetype open = part.lastIndexOf(u'\'', part.size() - 2);
            if (open < 0)
                break;
            part.truncate(open);
            continue;
        }
        break;
    }
    return part;
}

bool DateFormat::parse(const Compiled &c, QStringView text, QDate *date, QTime *time)
{
    if (!c.ok)
        return false;
    int day = 1, month = 1, year = -1, hour = 0, minute = 0, second = 0;
    qsizetype pos = 0;
    for (const Token &t : c.tokens) {
        if (t.field == Field::Literal) {
            if (!text.sliced(pos).startsWith(t.literal))
                return false;
            pos += t.literal.size();
            continue;
        }
        if (t.field == Field::MonthName) {
            const auto names = t.minDigits == 3 ? kShortMonths : kLongMonths;
            int found = 0;
            for (int m = 0; m < 12 && !found; ++m) {
                const QStringView name(names[m]);
                if (text.sliced(pos).startsWith(name)) {
                    found = m + 1;
                    pos += name.size();
                }
            }
            if (!found)
                return false;
            month = found;
            continue;
        }
        int value = 0, count = 0;
        while (count < t.maxDigits && pos < text.size() && text.at(pos) >= u'0' && text.at(pos) <= u'9') {
            value = value * 10 + (text.at(pos).unicode() - u'0');
            ++pos;
            ++count;
        }
        if (count < t.minDigits)
            return false;
        switch (t.field) {
        case Field::Day:
            day = value;
            break;
        case Field::Month:
            month = value;
            break;
        case Field::Year2:
            year = 1900 + value;
            break; // as Qt reads "yy"
        case Field::Year4:
            year = value;
            break;
        case Field::Hour24:
            hour = value;
            break;
        case Field::Minute:
            minute = value;
            break;
        case Field::Second:
            second = value;
            break;
        default:
            return false;
        }
    }
    if (pos != text.size() || year < 0)
        return false;
    const QDate d(year, month, day);
    const QTime t(hour, minute, second);
    if (!d.isValid() || !t.isValid())
        return false;
    *date = d;
    *time = t;
    return true;
}

QString DateFormat::isoDateTime(QDate date, QTime time)
{
    if (date.year() < 0 || date.year() > 9999)
        return QDateTime(date, time, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QString out(19, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    writeDate(p, date);
    p[10] = u'T';
    writeDigits(p + 11, time.hour(), 2);
    p[13] = u':';
    writeDigits(p + 14, time.minute(), 2);
    p[16] = u':';
    writeDigits(p + 17, time.second(), 2);
    return out;
}

QString DateFormat::isoDate(QDate date)
{
    if (date.year() < 0 || date.year() > 9999)
        return date.toString(Qt::ISODate);
    QString out(10, Qt::Uninitialized);
    writeDate(reinterpret_cast<char16_t *>(out.data()), date);
    return out;
}

} // namespace fc
