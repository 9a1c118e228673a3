#include "ingest/spectemplate.h"

#include "ingest/fieldparsers.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

namespace fc {

namespace {

struct Guess
{
    QString role;
    QString type;
    QString subtype;
    QString field; // empty = key
};

QString normalised(const QString &column)
{
    QString s = column.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    return s.trimmed();
}

// Guesses which entity and field a column holds from its name. The rules are ordered: the first
// that matches wins.
std::optional<Guess> guessColumn(const QString &column)
{
    const QString c = normalised(column);
    static const QRegularExpression personN(QStringLiteral("^(suspect|offender|nominal|person|subject)\\s*(\\d*)"));
    const auto pm = personN.match(c);
    if (pm.hasMatch()) {
        const QString role = pm.captured(1) + (pm.captured(2).isEmpty() ? QString() : pm.captured(2));
        if (c.contains(QLatin1String("dob")) || c.contains(QLatin1String("birth")))
            return Guess{role, QStringLiteral("person"), QString(), QStringLiteral("dob")};
        if (c.contains(QLatin1String("forename")) || c.contains(QLatin1String("first")))
            return Guess{role, QStringLiteral("person"), QString(), QStringLiteral("forenames")};
        if (c.contains(QLatin1String("surname")) || c.contains(QLatin1String("last")))
            return Guess{role, QStringLiteral("person"), QString(), QStringLiteral("surname")};
        if (c.contains(QLatin1String("gender")) || c.contains(QLatin1String("sex")))
            return Guess{role, QStringLiteral("person"), QString(), QStringLiteral("gender")};
        if (c.contains(QLatin1String("pnc")) || c.endsWith(QLatin1String(" id")))
            return Guess{role, QStringLiteral("person"), QString(), QString()};
        return Guess{role, QStringLiteral("person"), QString(), QStringLiteral("full_name")};
    }
    if (c == QLatin1String("dob") || c.contains(QLatin1String("date of birth")))
        return Guess{QStringLiteral("person"), QStringLiteral("person"), QString(), QStringLiteral("dob")};
    if (c.contains(QLatin1String("forename")) || c == QLatin1String("first name"))
        return Guess{QStringLiteral("person"), QStringLiteral("person"), QString(), QStringLiteral("forenames")};
    if (c.contains(QLatin1String("surname")) || c == QLatin1String("last name"))
        return Guess{QStringLiteral("person"), QStringLiteral("person"), QString(), QStringLiteral("surname")};
    if (c.contains(QLatin1String("pnc")))
        return Guess{QStringLiteral("person"), QStringLiteral("person"), QString(), QString()};
    if (c.contains(QLatin1String("reg")) || c.contains(QLatin1String("vrm")) || c.contains(QLatin1String("plate")))
        return Guess{QStringLiteral("vehicle"), QStringLiteral("vehicle"), QString(), QStringLiteral("vrm")};
    if (c.contains(QLatin1String("make")))
        return Guess{QStringLiteral("vehicle"), QStringLiteral("vehicle"), QString(), QStringLiteral("make")};
    if (c.contains(QLatin1String("colour")) || c.contains(QLatin1String("color")))
        return Guess{QStringLiteral("vehicle"), QStringLiteral("vehicle"), QString(), QStringLiteral("colour")};
    if (c.contains(QLatin1String("store")) || c.contains(QLatin1String("branch")) || c.contains(QLatin1String("site"))) {
        if (c.contains(QLatin1String("postcode")))
            return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QStringLiteral("postcode")};
        if (c.contains(QLatin1String("name")))
            return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QStringLiteral("name")};
        if (c.contains(QLatin1String("town")) || c.contains(QLatin1String("city")))
            return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QStringLiteral("town")};
        return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QString()};
    }
    if (c.contains(QLatin1String("postcode")))
        return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QStringLiteral("postcode")};
    if (c.contains(QLatin1String("town")) || c.contains(QLatin1String("city")))
        return Guess{QStringLiteral("store"), QStringLiteral("location"), QStringLiteral("store"), QStringLiteral("town")};
    if (c.contains(QLatin1String("incident")) || c.contains(QLatin1String("crime ref")) || c == QLatin1String("ref")
        || c.contains(QLatin1String("reference")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QString()};
    if (c.contains(QLatin1String("date")) || c.contains(QLatin1String("time")) || c.contains(QLatin1String("when")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("occurred_at")};
    if (c.contains(QLatin1String("offence")) || c.contains(QLatin1String("crime type")) || c.contains(QLatin1String("category")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("offence")};
    if (c.contains(QLatin1String("value")) || c.contains(QLatin1String("loss")) || c.contains(QLatin1String("amount")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("value_gbp")};
    if (c.contains(QLatin1String("narrative")) || c.contains(QLatin1String("detail")) || c.contains(QLatin1String("description"))
        || c.contains(QLatin1String("notes")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("narrative")};
    if (c.contains(QLatin1String("goods")) || c.contains(QLatin1String("items")) || c.contains(QLatin1String("product")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("goods")};
    if (c.contains(QLatin1String("outcome")) || c.contains(QLatin1String("result")))
        return Guess{QStringLiteral("incident"), QStringLiteral("incident"), QString(), QStringLiteral("outcome")};
    return std::nullopt;
}

} // namespace

QString SpecTemplate::guessDateFormat(const QStringList &samples)
{
    static const char *const formats[] = {
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "d MMM yyyy HH:mm", "d MMM yyyy", "MM/dd/yyyy HH:mm",
        "dd.MM.yyyy HH:mm", "dd-MM-yyyy HH:mm", "dd/MM/yy HH:mm",
    };
    for (const char *f : formats) {
        const QString format = QString::fromLatin1(f);
        bool all = !samples.isEmpty();
        for (const QString &s : samples) {
            if (s.trimmed().isEmpty())
                continue;
            const bool hasTime = format.contains(QLatin1Char('H'));
            const bool ok = hasTime ? QDateTime::fromString(s.trimmed(), format).isValid()
                                    : QDate::fromString(s.trimmed(), format).isValid();
            if (!ok) {
                all = false;
                break;
            }
        }
        if (all)
            return format;
    }
    return QString();
}

QJsonObject SpecTemplate::fromHeader(const QString &name, const QStringList &header, const QList<QStringList> &samples,
                                     const ReaderOptions &detected)
{
    QJsonObject entities;
    QStringList roles;
    QStringList dateSamples;
    for (int i = 0; i < header.size(); ++i) {
        const auto g = guessColumn(header.at(i));
        if (!g)
            continue;
        QJsonObject e = entities.value(g->role).toObject();
        e.insert(QStringLiteral("type"), g->type);
        if (!g->subtype.isEmpty())
            e.insert(QStringLiteral("subtype"), g->subtype);
        if (g->field.isEmpty()) {
            if (!e.contains(QStringLiteral("key")))
                e.insert(QStringLiteral("key"), header.at(i));
        } else {
            QJsonObject fields = e.value(QStringLiteral("fields")).toObject();
            if (!fields.contains(g->field))
                fields.insert(g->field, header.at(i));
            e.insert(QStringLiteral("fields"), fields);
            if (g->field == QLatin1String("occurred_at"))
                for (const QStringList &row : samples)
                    if (i < row.size())
                        dateSamples << row.at(i);
        }
        entities.insert(g->role, e);
        if (!roles.contains(g->role))
            roles << g->role;
    }
    QJsonArray links;
    if (roles.contains(QLatin1String("incident"))) {
        for (const QString &role : std::as_const(roles)) {
            const QString type = entities.value(role).toObject().value(QStringLiteral("type")).toString();
            QJsonObject link;
            if (type == QLatin1String("person"))
                link = {{QStringLiteral("type"), QStringLiteral("suspect_in")}, {QStringLiteral("from"), role},
                        {QStringLiteral("to"), QStringLiteral("incident")}};
            else if (type == QLatin1String("location"))
                link = {{QStringLiteral("type"), QStringLiteral("occurred_at")}, {QStringLiteral("from"), QStringLiteral("incident")},
                        {QStringLiteral("to"), role}};
            else if (type == QLatin1String("vehicle"))
                link = {{QStringLiteral("type"), QStringLiteral("used_vehicle")}, {QStringLiteral("from"), QStringLiteral("incident")},
                        {QStringLiteral("to"), role}};
            if (!link.isEmpty())
                links.append(link);
        }
    }
    QJsonObject format{
        {QStringLiteral("format"), detected.format},
        {QStringLiteral("delimiter"), detected.delimiter},
        {QStringLiteral("encoding"), detected.encoding},
        {QStringLiteral("header_row"), detected.headerRow},
        {QStringLiteral("date_format"), guessDateFormat(dateSamples)},
        {QStringLiteral("money_format"), QStringLiteral("auto")},
    };
    if (!detected.sheet.isEmpty())
        format.insert(QStringLiteral("sheet"), detected.sheet);
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("source"), QJsonObject{{QStringLiteral("organisation"), QStringLiteral("CHANGE ME: organisation")},
                                               {QStringLiteral("kind"), QStringLiteral("retailer")}}},
        {QStringLiteral("format"), format},
        {QStringLiteral("grading"), QJsonObject{{QStringLiteral("source"), QStringLiteral("2")},
                                                {QStringLiteral("intelligence"), QStringLiteral("C")},
                                                {QStringLiteral("handling"), QStringLiteral("P")}}},
        {QStringLiteral("entities"), entities},
        {QStringLiteral("links"), links},
        {QStringLiteral("values"), QJsonObject()},
    };
}

QJsonObject SpecTemplate::fromFile(const QString &path, const ReaderOptions &options, QString *error)
{
    auto reader = TableReader::open(path, options, error);
    if (!reader)
        return QJsonObject();
    QList<QStringList> samples;
    SourceRow row;
    while (samples.size() < 50 && reader->next(&row))
        samples << row.fields;
    ReaderOptions detected = options;
    detected.encoding = reader->encoding().startsWith(QLatin1String("utf-8")) ? QStringLiteral("auto") : reader->encoding();
    if (reader->formatName() == QLatin1String("xlsx")) {
        detected.format = QStringLiteral("xlsx");
        detected.sheet = reader->sheetName();
    }
    if (!reader->delimiter().isEmpty())
        detected.delimiter = reader->delimiter() == QLatin1String("\t") ? QStringLiteral("tab") : reader->delimiter();
    return fromHeader(QFileInfo(path).completeBaseName() + QStringLiteral(" export"), reader->headers(), samples,
                      detected);
}

} // namespace fc
