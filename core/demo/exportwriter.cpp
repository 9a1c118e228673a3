#include "demo/exportwriter.h"

#include "demo/groundtruth.h"
#include "demo/incidentplanner.h"

#include <QDir>

namespace fc {

ExportWriter::ExportWriter(const WriterContext &context) : m_context(context) {}

ExportWriter::~ExportWriter() = default;

bool ExportWriter::open(const QString &outDir, QString *error)
{
    m_file = createFile();
    if (!m_file->open(QDir(outDir).filePath(exportPath()), error))
        return false;
    m_fileIndex = m_context.truth->addFile(exportPath());
    writeHeader();
    return true;
}

void ExportWriter::writeIncident(const DemoIncident &) {}

bool ExportWriter::finish(QString *error)
{
    return m_file->close(error);
}

namespace {

QString groupThousands(qint64 pounds, QChar separator)
{
    QString digits = QString::number(pounds);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return digits;
}

QString pennies(qint64 pence)
{
    return QString::number(pence % 100).rightJustified(2, QLatin1Char('0'));
}

} // namespace

QString ExportWriter::ukMoney(qint64 pence)
{
    return QStringLiteral("£") + groupThousands(pence / 100, QLatin1Char(',')) + QLatin1Char('.') +
           pennies(pence);
}

QString ExportWriter::europeanMoney(qint64 pence)
{
    return groupThousands(pence / 100, QLatin1Char('.')) + QLatin1Char(',') + pennies(pence);
}

QString ExportWriter::plainMoney(qint64 pence)
{
    return QString::number(pence / 100) + QLatin1Char('.') + pennies(pence);
}

QString ExportWriter::formatDate(const QDate &date, int minuteOfDay, int second, const QString &format)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto two = [](int n) { return QString::number(n).rightJustified(2, QLatin1Char('0')); };
    QString out;
    out.reserve(format.size() + 4);
    for (qsizetype i = 0; i < format.size();) {
        auto startsWith = [&](const char *token) {
            return QStringView(format).mid(i).startsWith(QLatin1String(token));
        };
        if (startsWith("yyyy")) {
            out += QString::number(date.year());
            i += 4;
        } else if (startsWith("MMM")) {
            out += QLatin1String(kMonths[date.month() - 1]);
            i += 3;
        } else if (startsWith("MM")) {
            out += two(date.month());
            i += 2;
        } else if (startsWith("dd")) {
            out += two(date.day());
            i += 2;
        } else if (startsWith("d")) {
            out += QString::number(date.day());
            i += 1;
        } else if (startsWith("HH")) {
            out += two(minuteOfDay / 60);
            i += 2;
        } else if (startsWith("mm")) {
            out += two(minuteOfDay % 60);
            i += 2;
        } else if (startsWith("ss")) {
            out += two(second);
            i += 2;
        } else {
            out += format.at(i++);
        }
    }
    return out;
}

QJsonObject ExportWriter::specHead(const QString &name, const QString &description,
                                   const QString &organisation, const QString &kind,
                                   const QJsonObject &format) const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("source"), QJsonObject{{QStringLiteral("organisation"), organisation},
                                                              {QStringLiteral("kind"), kind}}},
                       {QStringLiteral("format"), format}};
}

QJsonObject ExportWriter::entitySpec(const QString &type, const QJsonObject &fields, const QString &key,
                                     const QString &subtype)
{
    QJsonObject o{{QStringLiteral("type"), type}, {QStringLiteral("fields"), fields}};
    if (!subtype.isEmpty())
        o.insert(QStringLiteral("subtype"), subtype);
    if (!key.isEmpty())
        o.insert(QStringLiteral("key"), key);
    return o;
}

QJsonObject ExportWriter::linkSpec(const QString &type, const QString &from, const QString &to,
                                   const QString &dateColumn)
{
    QJsonObject o{{QStringLiteral("type"), type}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    if (!dateColumn.isEmpty())
        o.insert(QStringLiteral("date"), dateColumn);
    return o;
}

QJsonObject ExportWriter::gradingSpec(const QString &source, const QString &intelligence,
                                      const QString &handling)
{
    return QJsonObject{{QStringLiteral("source"), source},
                       {QStringLiteral("intelligence"), intelligence},
                       {QStringLiteral("handling"), handling},
                       {QStringLiteral("conditions"), QString()}};
}

QJsonObject ExportWriter::offenceValues(const char *const *wording)
{
    QJsonObject out;
    for (int o = 0; o < IncidentPlanner::OffenceCount; ++o)
        if (wording[o])
            out.insert(QString::fromUtf8(wording[o]), IncidentPlanner::offenceName(o));
    return out;
}

} // namespace fc
