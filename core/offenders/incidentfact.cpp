#include "offenders/incidentfact.h"

#include <QDate>

#include <utility>

namespace fc {

namespace {

// The number of count digits at from, -1 if any is not a digit.
template<typename Char>
int digits(const Char *s, int from, int count)
{
    int v = 0;
    for (int i = from; i < from + count; ++i) {
        const auto c = s[i];
        if (c < Char('0') || c > Char('9'))
            return -1;
        v = v * 10 + int(c - Char('0'));
    }
    return v;
}

// The Julian day of the first ten characters of an ISO 8601 date ("2025-03-01..."), 0 if not one.
template<typename Char>
qint64 julianDayOf(const Char *iso, qsizetype size)
{
    if (size < 10 || iso[4] != Char('-') || iso[7] != Char('-'))
        return 0;
    const int y = digits(iso, 0, 4), m = digits(iso, 5, 2), d = digits(iso, 8, 2);
    if (y < 0 || m < 0 || d < 0)
        return 0;
    const QDate date(y, m, d);
    return date.isValid() ? date.toJulianDay() : 0;
}

} // namespace

qint64 IncidentFact::julianDay(QStringView iso)
{
    return julianDayOf(iso.utf16(), iso.size());
}

template<typename Char>
void IncidentFact::set(const Char *iso, qsizetype size)
{
    day = julianDayOf(iso, size);
    m_text.reset();
    // A usual form: a valid date (four-digit years: its text orders as the day does), then nothing,
    // or "T" and a time of day in hours and minutes, or in hours, minutes and seconds.
    if (day > 0) {
        int hh = 0, mm = 0, ss = 0;
        Form form = Text;
        if (size == 10) {
            form = Date;
        } else if ((size == 16 || size == 19) && iso[10] == Char('T') && iso[13] == Char(':')
                   && (hh = digits(iso, 11, 2)) >= 0 && hh < 24 && (mm = digits(iso, 14, 2)) >= 0 && mm < 60) {
            if (size == 16)
                form = Minutes;
            else if (iso[16] == Char(':') && (ss = digits(iso, 17, 2)) >= 0 && ss < 60)
                form = Seconds;
        }
        if (form != Text) {
            m_form = form;
            m_date = qint32(day);
            m_seconds = (hh * 60 + mm) * 60 + ss;
            return;
        }
    }
    m_form = Text;
    m_date = 0;
    m_seconds = 0;
}

void IncidentFact::setOccurredAt(QStringView iso)
{
    if (iso.isNull()) {
        setOccurredAtUtf8(QByteArrayView());
        return;
    }
    set(iso.utf16(), iso.size());
    if (m_form == Text) {
        m_text = new StoredText;
        m_text->text = iso.toString();
    }
}

void IncidentFact::setOccurredAtUtf8(QByteArrayView utf8)
{
    if (utf8.isNull()) {
        day = 0;
        m_form = None;
        m_date = m_seconds = 0;
        m_text.reset();
        return;
    }
    set(utf8.data(), utf8.size());
    if (m_form == Text) {
        m_text = new StoredText;
        m_text->text = QString::fromUtf8(utf8);
    }
}

QString IncidentFact::occurredAt() const
{
    switch (m_form) {
    case None:
        return QString();
    case Text:
        return m_text->text;
    default:
        break;
    }
    int year = 0, month = 0, dayOfMonth = 0;
    QDate::fromJulianDay(m_date).getDate(&year, &month, &dayOfMonth); // one conversion for the three
    char16_t out[19];
    auto put = [&out](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            out[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    out[4] = out[7] = u'-';
    put(5, month, 2);
    put(8, dayOfMonth, 2);
    if (m_form == Date)
        return QString(reinterpret_cast<const QChar *>(out), 10);
    out[10] = u'T';
    out[13] = out[16] = u':';
    put(11, m_seconds / 3600, 2);
    put(14, m_seconds / 60 % 60, 2);
    put(17, m_seconds % 60, 2);
    return QString(reinterpret_cast<const QChar *>(out), m_form == Minutes ? 16 : 19);
}

int IncidentFact::compareOccurredAt(const IncidentFact &a, const IncidentFact &b)
{
    const bool usualA = a.m_form == Date || a.m_form == Minutes || a.m_form == Seconds;
    const bool usualB = b.m_form == Date || b.m_form == Minutes || b.m_form == Seconds;
    if (usualA && usualB) {
        // As text: the date (four-digit years order as days do), then a date alone before any time
        // of it, then the time; "10:00" is a prefix of "10:00:ss", so it comes first at one minute.
        if (a.m_date != b.m_date)
            return a.m_date < b.m_date ? -1 : 1;
        auto key = [](const IncidentFact &f) {
            return f.m_form == Date ? std::pair(-1, -1) : std::pair(f.m_seconds / 60, f.m_form == Minutes ? -1 : f.m_seconds % 60);
        };
        const auto ka = key(a), kb = key(b);
        return ka < kb ? -1 : (kb < ka ? 1 : 0);
    }
    return QStringView(a.occurredAt()).compare(QStringView(b.occurredAt()));
}

} // namespace fc
