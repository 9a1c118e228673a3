#include "ingest/xlsxstyles.h"

#include "ingest/xlsxpackage.h"

#include <QCoreApplication>
#include <QDate>
#include <QIODevice>
#include <QXmlStreamReader>
#include <cmath>

namespace fc {

bool XlsxStyles::load(QIODevice *device, const QString &displayName, const QString &part, QString *error)
{
    QHash<int, QString> custom; // numFmtId -> formatCode
    QList<int> xfFormats;
    QXmlStreamReader xml(device);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            xml.raiseError(QStringLiteral("a DTD is not allowed"));
            break;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"numFmt") {
                const auto attributes = xml.attributes();
                custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(), attributes.value(QLatin1String("formatCode")).toString());
            } else if (name == u"cellXfs") {
                inCellXfs = true;
            } else if (name == u"xf" && inCellXfs) {
                xfFormats.append(xml.attributes().value(QLatin1String("numFmtId")).toInt());
                if (xfFormats.size() > 1000000) {
                    xml.raiseError(QStringLiteral("more than a million cell styles"));
                    break;
                }
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    if (xml.hasError() || XlsxPackage::partFailed(*device, displayName)) {
        *error = XlsxPackage::xmlError(xml, *device, displayName, part);
        return false;
    }
    m_kinds.clear();
    m_kinds.reserve(xfFormats.size());
    for (const int id : xfFormats)
        m_kinds.append(kindOfFormat(id, custom.value(id)));
    return true;
}

XlsxStyles::Kind XlsxStyles::kindOfStyle(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_kinds.size() ? m_kinds.at(styleIndex) : Kind::Number;
}

XlsxStyles::Kind XlsxStyles::kindOfFormat(int numFmtId, const QString &customCode)
{
    if (numFmtId >= 14 && numFmtId <= 17)
        return Kind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return Kind::Time;
    if (numFmtId == 22)
        return Kind::DateTime;
    if (customCode.isEmpty() || numFmtId < 164)
        return Kind::Number;
    // The first section of the code (the one for positive numbers), without quoted text,
    // escaped characters and bracketed parts ([Red], [$-809], but [h] [mm] [ss] are elapsed time).
    // The date and time letters of that section, in order; "m" is minutes after an h or before
    // an s ("h:mm", "mm:ss"), else a month.
    QString letters;
    bool elapsed = false;
    for (qsizetype i = 0; i < customCode.size(); ++i) {
        const QChar c = customCode.at(i);
        if (c == u';')
            break;
        if (c == u'"') {
            const qsizetype end = customCode.indexOf(u'"', i + 1);
            if (end < 0)
                break;
            i = end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // the next character is literal (or a fill/space width)
        } else if (c == u'[') {
            const qsizetype end = customCode.indexOf(u']', i + 1);
            if (end < 0)
                break;
            const QString inside = customCode.mid(i + 1, end - i - 1).toLower();
            if (!inside.isEmpty() && (inside.at(0) == u'h' || inside.at(0) == u'm' || inside.at(0) == u's') &&
                inside.count(inside.at(0)) == inside.size()) {
                elapsed = true;
                if (inside.at(0) == u'h')
                    letters += u'h'; // "[h]:mm": the m's are minutes
            }
            i = end;
        } else {
            const QChar u = c.toLower();
            if (u == u'e' && i + 1 < customCode.size() && (customCode.at(i + 1) == u'+' || customCode.at(i + 1) == u'-'))
                return Kind::Number; // scientific notation
            if (u == u'a' && customCode.mid(i, 5).compare(QLatin1String("AM/PM"), Qt::CaseInsensitive) == 0) {
                letters += u'h';
                i += 4;
            } else if (u == u'd' || u == u'y' || u == u'h' || u == u's' || u == u'm') {
                letters += u;
            }
        }
    }
    bool date = false;
    bool time = elapsed;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar u = letters.at(i);
        if (u == u'd' || u == u'y') {
            date = true;
        } else if (u == u'h' || u == u's') {
            time = true;
        } else { // m: skip the run of m's, then look at the letters around it
            qsizetype end = i;
            while (end < letters.size() && letters.at(end) == u'm')
                ++end;
            const bool afterHour = i > 0 && letters.at(i - 1) == u'h';
            const bool beforeSecond = end < letters.size() && letters.at(end) == u's';
            if (afterHour || beforeSecond)
                time = true;
            else
                date = true;
            i = end - 1;
        }
    }
    if (date && time)
        return Kind::DateTime;
    if (date)
        return Kind::Date;
    if (time)
        return Kind::Time;
    return Kind::Number;
}

QString XlsxStyles::serialToIso(double serial, Kind kind, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.99999)
        return QString();
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    qint64 days = totalSeconds / 86400;
    const qint64 seconds = totalSeconds % 86400;
    const QString time = QStringLiteral("%1:%2:%3")
                             .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                             .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    if (kind == Kind::Time && days == 0)
        return time;
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Excel's (and Lotus 1-2-3's) day that never was
    } else {
        // Serial 1 is 1900-01-01; past the false leap day every serial is one day further on.
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    if (kind == Kind::Date)
        return date;
    return date + QLatin1Char('T') + time;
}

QString XlsxStyles::numberText(double value)
{
    if (!std::isfinite(value))
        return QString();
    if (value == std::trunc(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    QString text = QString::number(value, 'g', 15);
    return text;
}

} // namespace fc
