#include "ingest/importspec.h"

#include "model/grading.h"
#include "model/linktype.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <vector>

namespace fc {

namespace {

// Reads a value that may be a literal string or {"column": "..."}.
bool readSpecValue(const QJsonValue &v, SpecValue *out, const QString &where, QString *error)
{
    if (v.isUndefined() || v.isNull())
        return true;
    if (v.isString()) {
        out->literal = v.toString();
        return true;
    }
    if (v.isDouble()) {
        out->literal = QString::number(v.toInt());
        return true;
    }
    if (v.isObject()) {
        for (const QString &key : v.toObject().keys()) {
            if (key != QLatin1String("column")) {
                const QString near = ImportSpec::nearestKey(key, {QStringLiteral("column")});
                *error = near.isEmpty()
                    ? ImportSpec::tr("%1: unknown key \"%2\" (expected one of: column)").arg(where, key)
                    : ImportSpec::tr("%1: unknown key \"%2\": did you mean \"%3\"?").arg(where, key, near);
                return false;
            }
        }
        if (v.toObject().value(QLatin1String("column")).isString()) {
            out->column = v.toObject().value(QLatin1String("column")).toString();
            return true;
        }
    }
    *error = ImportSpec::tr("%1 must be a text value or {\"column\": \"...\"}").arg(where);
    return false;
}

QStringList stringOrList(const QJsonValue &v)
{
    QStringList out;
    if (v.isString())
        out << v.toString();
    else if (v.isArray())
        for (const QJsonValue &x : v.toArray())
            if (x.isString())
                out << x.toString();
    return out;
}

} // namespace

FieldKind ImportSpec::inferKind(const QString &field)
{
    if (field == QLatin1String("dob") || field.endsWith(QLatin1String("_date")))
        return FieldKind::Date;
    if (field.endsWith(QLatin1String("_at")))
        return FieldKind::DateTime;
    if (field.endsWith(QLatin1String("_gbp")))
        return FieldKind::Money;
    if (field == QLatin1String("vrm"))
        return FieldKind::Vrm;
    if (field == QLatin1String("postcode"))
        return FieldKind::Postcode;
    if (field == QLatin1String("lat") || field == QLatin1String("lon") || field == QLatin1String("quantity"))
        return FieldKind::Number;
    return FieldKind::Text;
}

int ImportSpec::defaultMaxLength(const QString &field, FieldKind kind)
{
    if (kind != FieldKind::Text)
        return kShortValueLength;
    static const QSet<QString> names = {QStringLiteral("name"), QStringLiteral("full_name"),
                                        QStringLiteral("forenames"), QStringLiteral("forename"),
                                        QStringLiteral("surname")};
    if (names.contains(field))
        return kShortValueLength;
    static const QSet<QString> freeText = {QStringLiteral("narrative"), QStringLiteral("description"),
                                           QStringLiteral("notes"),     QStringLiteral("note"),
                                           QStringLiteral("comments"),  QStringLiteral("comment"),
                                           QStringLiteral("details"),   QStringLiteral("summary")};
    return freeText.contains(field) ? kFreeTextLength : kTextLength;
}

bool ImportSpec::isPastOnly(const QString &field)
{
    return field == QLatin1String("dob") || field.endsWith(QLatin1String("_at"));
}

std::optional<FieldKind> ImportSpec::kindFromName(const QString &name)
{
    static const QHash<QString, FieldKind> kinds = {
        {QStringLiteral("text"), FieldKind::Text},       {QStringLiteral("date"), FieldKind::Date},
        {QStringLiteral("datetime"), FieldKind::DateTime}, {QStringLiteral("money"), FieldKind::Money},
        {QStringLiteral("number"), FieldKind::Number},   {QStringLiteral("vrm"), FieldKind::Vrm},
        {QStringLiteral("postcode"), FieldKind::Postcode},
    };
    auto it = kinds.constFind(name.toLower());
    if (it == kinds.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<ImportSpec> ImportSpec::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read import spec %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    auto spec = fromJson(file.readAll(), error);
    if (!spec)
        *error = tr("import spec %1: %2").arg(path, *error);
    return spec;
}

QString ImportSpec::nearestKey(const QString &key, const QStringList &known)
{
    // Optimal string alignment distance, case-insensitive: "date_fromat" is one from "date_format".
    const QString a = key.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const QString &candidate : known) {
        const QString b = candidate.toLower();
        const qsizetype n = a.size(), m = b.size();
        std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1, 0));
        for (qsizetype i = 0; i <= n; ++i)
            d[i][0] = int(i);
        for (qsizetype j = 0; j <= m; ++j)
            d[0][j] = int(j);
        for (qsizetype i = 1; i <= n; ++i) {
            for (qsizetype j = 1; j <= m; ++j) {
                const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
                d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
                if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                    d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
        // Near enough to be a typo: one edit in a short key, two from 5 letters, three from 9.
        const qsizetype length = std::min(n, m);
        const int allowed = length >= 9 ? 3 : length >= 5 ? 2 : 1;
        if (d[n][m] <= allowed && d[n][m] < bestDistance) {
            bestDistance = d[n][m];
            best = candidate;
        }
    }
    return best;
}

namespace {

// An error for an unknown key (or value) at where, with the nearest known one when there is one.
QString unknownKey(const QString &where, const QString &what, const QString &key, const QStringList &known)
{
    const QString near = ImportSpec::nearestKey(key, known);
    const QString place = where.isEmpty() ? QString() : where + QLatin1String(": ");
    if (!near.isEmpty())
        return ImportSpec::tr("%1unknown %2 \"%3\": did you mean \"%4\"?").arg(place, what, key, near);
    return ImportSpec::tr("%1unknown %2 \"%3\" (expected one of: %4)")
        .arg(place, what, key, known.join(QLatin1String(", ")));
}

// Every key of o must be one of known: a typo in a spec is never ignored.
bool checkKeys(const QJsonObject &o, const QStringList &known, const QString &where, QString *error)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = unknownKey(where, ImportSpec::tr("key"), it.key(), known);
            return false;
        }
    }
    return true;
}

// The object at key of parent (an empty one when absent); false when it is there but not an object.
bool objectAt(const QJsonObject &parent, const QString &key, const QString &where, QJsonObject *out, QString *error)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = QJsonObject();
        return true;
    }
    if (!v.isObject()) {
        *error = ImportSpec::tr("%1 must be a JSON object ({...})").arg(where);
        return false;
    }
    *out = v.toObject();
    return true;
}

// "column": "C" or "columns": ["A", "B"] of a field or link object; *display joins them with " + ".
bool readColumns(const QJsonObject &o, const QString &columnKey, const QString &columnsKey, const QString &where,
                 QStringList *columns, QString *display, QString *error)
{
    const bool one = o.contains(columnKey);
    const bool several = o.contains(columnsKey);
    if (one && several) {
        *error = ImportSpec::tr("%1: give \"%2\" or \"%3\", not both").arg(where, columnKey, columnsKey);
        return false;
    }
    columns->clear();
    if (one) {
        if (!o.value(columnKey).isString()) {
            *error = ImportSpec::tr("%1: \"%2\" must be a column name").arg(where, columnKey);
            return false;
        }
        *columns << o.value(columnKey).toString();
    } else if (several) {
        const QJsonValue v = o.value(columnsKey);
        bool ok = v.isArray() && !v.toArray().isEmpty();
        if (ok)
            for (const QJsonValue &x : v.toArray())
                ok = ok && x.isString() && !x.toString().isEmpty();
        if (!ok) {
            *error = ImportSpec::tr("%1: \"%2\" must be a list of one or more column names").arg(where, columnsKey);
            return false;
        }
        for (const QJsonValue &x : v.toArray())
            *columns << x.toString();
    }
    columns->removeAll(QString());
    *display = columns->join(QLatin1String(" + "));
    return true;
}

bool readBadValue(const QJsonObject &o, const QString &where, BadValue *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String("on_bad_value"));
    if (v.isUndefined())
        return true;
    const QStringList known{QStringLiteral("reject_row"), QStringLiteral("keep_row")};
    const QString name = v.toString();
    if (!v.isString() || !known.contains(name)) {
        *error = unknownKey(where, ImportSpec::tr("on_bad_value"), v.isString() ? name : QStringLiteral("?"), known);
        return false;
    }
    *out = name == QLatin1String("keep_row") ? BadValue::KeepRow : BadValue::RejectRow;
    return true;
}

bool readDateFormat(const QJsonObject &o, const QString &where, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String("date_format"));
    if (v.isUndefined())
        return true;
    if (!v.isString() || v.toString().trimmed().isEmpty()) {
        *error = ImportSpec::tr("%1: date_format must be a Qt date format such as \"dd/MM/yyyy HH:mm\"").arg(where);
        return false;
    }
    *out = v.toString().trimmed();
    return true;
}

} // namespace

std::optional<ImportSpec> ImportSpec::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at offset %1: %2")
                     .arg(QString::number(parseError.offset), parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the spec must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!checkKeys(root,
                   {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("source"),
                    QStringLiteral("format"), QStringLiteral("grading"), QStringLiteral("entities"),
                    QStringLiteral("links"), QStringLiteral("values"), QStringLiteral("record_key"),
                    QStringLiteral("retention"), QStringLiteral("on_bad_value"), QStringLiteral("link_types")},
                   tr("top level"), error))
        return std::nullopt;
    ImportSpec spec;
    spec.json = root;
    spec.name = root.value(QLatin1String("name")).toString().trimmed();
    spec.description = root.value(QLatin1String("description")).toString();
    if (spec.name.isEmpty()) {
        *error = tr("\"name\" is missing: give the spec a name");
        return std::nullopt;
    }
    if (!readBadValue(root, tr("top level"), &spec.onBadValue, error))
        return std::nullopt;

    QJsonObject source;
    if (!objectAt(root, QStringLiteral("source"), QStringLiteral("source"), &source, error)
        || !checkKeys(source, {QStringLiteral("organisation"), QStringLiteral("kind")}, QStringLiteral("source"), error))
        return std::nullopt;
    spec.organisation = source.value(QLatin1String("organisation")).toString().trimmed();
    spec.organisationKind = source.value(QLatin1String("kind")).toString(QStringLiteral("other"));
    if (spec.organisation.isEmpty()) {
        *error = tr("\"source\": {\"organisation\": ...} is missing: every import must name the "
                    "organisation it came from");
        return std::nullopt;
    }
    static const QSet<QString> kinds = {QStringLiteral("retailer"), QStringLiteral("police"),
                                        QStringLiteral("partner"), QStringLiteral("other")};
    if (!kinds.contains(spec.organisationKind)) {
        *error = tr("source kind \"%1\" is unknown (expected retailer, police, partner or other)")
                     .arg(spec.organisationKind);
        return std::nullopt;
    }

    QJsonObject format;
    if (!objectAt(root, QStringLiteral("format"), QStringLiteral("format"), &format, error)
        || !checkKeys(format,
                      {QStringLiteral("format"), QStringLiteral("delimiter"), QStringLiteral("encoding"),
                       QStringLiteral("header_row"), QStringLiteral("date_format"), QStringLiteral("money_format"),
                       QStringLiteral("max_money_gbp"), QStringLiteral("sheet")},
                      QStringLiteral("format"), error))
        return std::nullopt;
    spec.reader.format = format.value(QLatin1String("format")).toString(QStringLiteral("auto"));
    {
        const QStringList formats{QStringLiteral("auto"),      QStringLiteral("csv"),  QStringLiteral("tsv"),
                                  QStringLiteral("text"),      QStringLiteral("delimited"), QStringLiteral("json"),
                                  QStringLiteral("jsonl"),     QStringLiteral("ndjson"), QStringLiteral("xlsx")};
        const QString f = spec.reader.format.trimmed().toLower();
        if (!f.isEmpty() && !formats.contains(f)) {
            *error = unknownKey(QStringLiteral("format.format"), tr("format"), spec.reader.format, formats);
            return std::nullopt;
        }
    }
    spec.reader.delimiter = format.value(QLatin1String("delimiter")).toString(QStringLiteral("auto"));
    spec.reader.encoding = format.value(QLatin1String("encoding")).toString(QStringLiteral("auto"));
    spec.reader.headerRow = format.value(QLatin1String("header_row")).toInt(1);
    spec.reader.sheet = format.value(QLatin1String("sheet")).toString();
    spec.dateFormat = format.value(QLatin1String("date_format")).toString();
    const QString money = format.value(QLatin1String("money_format")).toString(QStringLiteral("auto"));
    const auto moneyFormat = FieldParsers::moneyFormatFromName(money);
    if (!moneyFormat) {
        *error = tr("money_format \"%1\" is unknown (expected uk, european or auto)").arg(money);
        return std::nullopt;
    }
    spec.moneyFormat = *moneyFormat;
    const QJsonValue maxMoney = format.value(QLatin1String("max_money_gbp"));
    if (!maxMoney.isUndefined()) {
        if (!maxMoney.isDouble() || !(maxMoney.toDouble() > 0)) {
            *error = tr("max_money_gbp must be a positive number of pounds");
            return std::nullopt;
        }
        spec.maxMoneyGbp = maxMoney.toDouble();
    }
    if (spec.reader.headerRow < 0) {
        *error = tr("header_row must be 0 (no header) or a row number");
        return std::nullopt;
    }

    QJsonObject grading, legacy;
    if (!objectAt(root, QStringLiteral("grading"), QStringLiteral("grading"), &grading, error)
        || !checkKeys(grading,
                      {QStringLiteral("source"), QStringLiteral("intelligence"), QStringLiteral("handling"),
                       QStringLiteral("conditions"), QStringLiteral("legacy")},
                      QStringLiteral("grading"), error)
        || !objectAt(grading, QStringLiteral("legacy"), QStringLiteral("grading.legacy"), &legacy, error)
        || !checkKeys(legacy, {QStringLiteral("source"), QStringLiteral("intelligence"), QStringLiteral("handling")},
                      QStringLiteral("grading.legacy"), error))
        return std::nullopt;
    if (!readSpecValue(grading.value(QLatin1String("source")), &spec.gradeSource, QStringLiteral("grading.source"), error)
        || !readSpecValue(grading.value(QLatin1String("intelligence")), &spec.gradeIntelligence,
                          QStringLiteral("grading.intelligence"), error)
        || !readSpecValue(grading.value(QLatin1String("handling")), &spec.gradeHandling,
                          QStringLiteral("grading.handling"), error)
        || !readSpecValue(grading.value(QLatin1String("conditions")), &spec.gradeConditions,
                          QStringLiteral("grading.conditions"), error))
        return std::nullopt;
    if (!readSpecValue(legacy.value(QLatin1String("source")), &spec.legacySource,
                       QStringLiteral("grading.legacy.source"), error)
        || !readSpecValue(legacy.value(QLatin1String("intelligence")), &spec.legacyIntelligence,
                          QStringLiteral("grading.legacy.intelligence"), error)
        || !readSpecValue(legacy.value(QLatin1String("handling")), &spec.legacyHandling,
                          QStringLiteral("grading.legacy.handling"), error))
        return std::nullopt;
    // Literal grades are checked now; column grades are checked row by row.
    {
        QString gradeError;
        const bool literalConditionsNeeded = spec.gradeHandling.literal.trimmed().toUpper() == QLatin1String("C")
            && spec.gradeConditions.column.isEmpty();
        if (!Grading::parse(spec.gradeSource.literal, spec.gradeIntelligence.literal, spec.gradeHandling.literal,
                            literalConditionsNeeded ? spec.gradeConditions.literal : QStringLiteral("-"),
                            &gradeError)) {
            *error = tr("grading: %1").arg(gradeError);
            return std::nullopt;
        }
    }

    // The spec's own link types, before the links that use them.
    QJsonObject linkTypes;
    if (!objectAt(root, QStringLiteral("link_types"), QStringLiteral("link_types"), &linkTypes, error))
        return std::nullopt;
    for (auto it = linkTypes.begin(); it != linkTypes.end(); ++it) {
        const QString where = QStringLiteral("link_types.") + it.key();
        LinkTypeDefinition t;
        t.name = it.key();
        static const QRegularExpression syntax(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
        if (!syntax.match(t.name).hasMatch()) {
            *error = tr("%1: a link type's name is lower-case letters, digits and \"_\", starting with a "
                        "letter, at most 64 characters (e.g. \"lent_car_to\")")
                         .arg(where);
            return std::nullopt;
        }
        if (LinkTypes::isKnown(t.name)) {
            *error = tr("%1: \"%2\" is a built-in link type; a spec cannot declare it again").arg(where, t.name);
            return std::nullopt;
        }
        QJsonObject o;
        if (!objectAt(linkTypes, it.key(), where, &o, error)
            || !checkKeys(o, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("display_name")}, where,
                          error))
            return std::nullopt;
        for (const char *end : {"from", "to"}) {
            const QString typeName = o.value(QLatin1String(end)).toString();
            const auto type = EntityTypes::fromName(typeName);
            if (!type) {
                *error = tr("%1.%2: \"%3\" is not an entity type (expected one of: %4)")
                             .arg(where, QLatin1String(end), typeName, EntityTypes::names().join(QLatin1String(", ")));
                return std::nullopt;
            }
            (qstrcmp(end, "from") == 0 ? t.from : t.to) = *type;
        }
        t.displayName = o.value(QLatin1String("display_name")).toString().simplified();
        if (t.displayName.isEmpty()) {
            t.displayName = QString(t.name).replace(QLatin1Char('_'), QLatin1Char(' '));
            t.displayName[0] = t.displayName.at(0).toUpper();
        }
        spec.linkTypes << t;
    }

    const QJsonValue entitiesValue = root.value(QLatin1String("entities"));
    if (!entitiesValue.isObject() || entitiesValue.toObject().isEmpty()) {
        *error = tr("\"entities\" is missing or empty: map at least one entity");
        return std::nullopt;
    }
    const QJsonObject entities = entitiesValue.toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const QString where = QStringLiteral("entities.") + it.key();
        QJsonObject e;
        if (!objectAt(entities, it.key(), where, &e, error)
            || !checkKeys(e,
                          {QStringLiteral("type"), QStringLiteral("subtype"), QStringLiteral("key"),
                           QStringLiteral("fields"), QStringLiteral("on_bad_value")},
                          where, error))
            return std::nullopt;
        EntityMapping m;
        m.role = it.key();
        const QString typeName = e.value(QLatin1String("type")).toString();
        const auto type = EntityTypes::fromName(typeName);
        if (!type) {
            *error = tr("entity \"%1\" has unknown type \"%2\" (expected one of: %3)")
                         .arg(m.role, typeName, EntityTypes::names().join(QLatin1String(", ")));
            return std::nullopt;
        }
        m.type = *type;
        m.subtype = e.value(QLatin1String("subtype")).toString();
        m.keyColumns = stringOrList(e.value(QLatin1String("key")));
        BadValue entityBadValue = spec.onBadValue;
        if (!readBadValue(e, where, &entityBadValue, error))
            return std::nullopt;
        QJsonObject fields;
        if (!objectAt(e, QStringLiteral("fields"), where + QLatin1String(".fields"), &fields, error))
            return std::nullopt;
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            const QString fieldWhere = where + QLatin1String(".fields.") + f.key();
            FieldMapping fm;
            fm.field = f.key();
            fm.kind = inferKind(fm.field);
            fm.onBadValue = entityBadValue;
            if (f.value().isString()) {
                fm.column = f.value().toString();
                fm.columns << fm.column;
            } else if (f.value().isObject()) {
                const QJsonObject fo = f.value().toObject();
                if (!checkKeys(fo,
                               {QStringLiteral("column"), QStringLiteral("columns"), QStringLiteral("type"),
                                QStringLiteral("max_length"), QStringLiteral("date_format"),
                                QStringLiteral("on_bad_value")},
                               fieldWhere, error)
                    || !readColumns(fo, QStringLiteral("column"), QStringLiteral("columns"), fieldWhere, &fm.columns,
                                    &fm.column, error)
                    || !readDateFormat(fo, fieldWhere, &fm.dateFormat, error)
                    || !readBadValue(fo, fieldWhere, &fm.onBadValue, error))
                    return std::nullopt;
                if (fo.contains(QLatin1String("type"))) {
                    const auto kind = kindFromName(fo.value(QLatin1String("type")).toString());
                    if (!kind) {
                        *error = tr("entity \"%1\" field \"%2\": unknown field type \"%3\" (expected text, "
                                    "date, datetime, money, number, vrm or postcode)")
                                     .arg(m.role, fm.field, fo.value(QLatin1String("type")).toString());
                        return std::nullopt;
                    }
                    fm.kind = *kind;
                }
                const QJsonValue maxLength = fo.value(QLatin1String("max_length"));
                if (!maxLength.isUndefined()) {
                    if (!maxLength.isDouble() || maxLength.toDouble() < 1 || maxLength.toDouble() > 1e9 ||
                        maxLength.toDouble() != double(maxLength.toInt())) {
                        *error = tr("entity \"%1\" field \"%2\": max_length must be a whole number of "
                                    "characters, 1 or more")
                                     .arg(m.role, fm.field);
                        return std::nullopt;
                    }
                    fm.maxLength = maxLength.toInt();
                }
                if (!fm.dateFormat.isEmpty() && fm.kind != FieldKind::Date && fm.kind != FieldKind::DateTime) {
                    *error = tr("%1: date_format is given but the field is not a date (name it dob, *_date or "
                                "*_at, or give \"type\": \"date\" or \"datetime\")")
                                 .arg(fieldWhere);
                    return std::nullopt;
                }
            } else {
                *error = tr("%1 must be a column name or {\"column\": ...}").arg(fieldWhere);
                return std::nullopt;
            }
            if (fm.maxLength == 0)
                fm.maxLength = defaultMaxLength(fm.field, fm.kind);
            fm.pastOnly = isPastOnly(fm.field);
            if (fm.column.isEmpty()) {
                *error = tr("entity \"%1\" field \"%2\" names no column").arg(m.role, fm.field);
                return std::nullopt;
            }
            m.fields << fm;
        }
        if (m.fields.isEmpty() && m.keyColumns.isEmpty()) {
            *error = tr("entity \"%1\" maps no key and no fields").arg(m.role);
            return std::nullopt;
        }
        spec.entities << m;
    }

    const QJsonValue linksValue = root.value(QLatin1String("links"));
    if (!linksValue.isUndefined() && !linksValue.isNull() && !linksValue.isArray()) {
        *error = tr("links must be a list ([...]) of links");
        return std::nullopt;
    }
    const QJsonArray links = linksValue.toArray();
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString where = QStringLiteral("links[%1]").arg(i);
        if (!links.at(i).isObject()) {
            *error = tr("%1 must be a JSON object ({...})").arg(where);
            return std::nullopt;
        }
        const QJsonObject l = links.at(i).toObject();
        if (!checkKeys(l,
                       {QStringLiteral("type"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("date"),
                        QStringLiteral("date_format"), QStringLiteral("weight")},
                       where, error))
            return std::nullopt;
        LinkMapping m;
        m.type = l.value(QLatin1String("type")).toString();
        m.from = l.value(QLatin1String("from")).toString();
        m.to = l.value(QLatin1String("to")).toString();
        const QJsonValue date = l.value(QLatin1String("date"));
        if (date.isArray()) {
            QJsonObject o{{QStringLiteral("columns"), date}};
            if (!readColumns(o, QStringLiteral("column"), QStringLiteral("columns"), where + QLatin1String(".date"),
                             &m.dateColumns, &m.dateColumn, error))
                return std::nullopt;
        } else if (!date.toString().isEmpty()) {
            m.dateColumn = date.toString();
            m.dateColumns << m.dateColumn;
        }
        if (!readDateFormat(l, where, &m.dateFormat, error))
            return std::nullopt;
        m.weightColumn = l.value(QLatin1String("weight")).toString();
        const LinkTypeDefinition *custom = spec.linkType(m.type);
        if (!LinkTypes::isKnown(m.type) && !custom) {
            QStringList known = LinkTypes::builtIn();
            for (const LinkTypeDefinition &t : std::as_const(spec.linkTypes))
                known << t.name;
            const QString near = nearestKey(m.type, known);
            *error = near.isEmpty() ? tr("link type \"%1\" is unknown (expected one of: %2, or one declared in "
                                         "\"link_types\")")
                                          .arg(m.type, known.join(QLatin1String(", ")))
                                    : tr("link type \"%1\" is unknown: did you mean \"%2\"?").arg(m.type, near);
            *error = where + QLatin1String(": ") + *error;
            return std::nullopt;
        }
        for (const QString &role : {m.from, m.to}) {
            if (!spec.entity(role)) {
                *error = tr("link \"%1\" refers to entity \"%2\", which the spec does not define").arg(m.type, role);
                return std::nullopt;
            }
        }
        if (custom) {
            const EntityMapping *from = spec.entity(m.from);
            const EntityMapping *to = spec.entity(m.to);
            if (from->type != custom->from || to->type != custom->to) {
                *error = tr("%1: link type \"%2\" connects a %3 to a %4, but \"%5\" is a %6 and \"%7\" a %8")
                             .arg(where, m.type, EntityTypes::name(custom->from), EntityTypes::name(custom->to),
                                  m.from, EntityTypes::name(from->type), m.to, EntityTypes::name(to->type));
                return std::nullopt;
            }
        }
        spec.links << m;
    }

    QJsonObject values;
    if (!objectAt(root, QStringLiteral("values"), QStringLiteral("values"), &values, error))
        return std::nullopt;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString where = QStringLiteral("values.") + it.key();
        if (!it.value().isObject()) {
            *error = tr("%1 must be a JSON object of raw text → value").arg(where);
            return std::nullopt;
        }
        QHash<QString, QString> map;
        const QJsonObject o = it.value().toObject();
        for (auto v = o.begin(); v != o.end(); ++v) {
            if (!v.value().isString()) {
                *error = tr("%1: the value for \"%2\" must be text").arg(where, v.key());
                return std::nullopt;
            }
            map.insert(v.key(), v.value().toString());
        }
        spec.values.insert(it.key(), map);
    }

    QJsonObject retention;
    if (!objectAt(root, QStringLiteral("retention"), QStringLiteral("retention"), &retention, error)
        || !checkKeys(retention, {QStringLiteral("review_after_months")}, QStringLiteral("retention"), error))
        return std::nullopt;
    const QJsonValue review = retention.value(QLatin1String("review_after_months"));
    if (!review.isUndefined()) {
        if (!review.isDouble() || review.toInt() < 1) {
            *error = tr("retention.review_after_months must be a whole number of months, 1 or more");
            return std::nullopt;
        }
        spec.reviewAfterMonths = review.toInt();
    }
    spec.recordKeyColumns = stringOrList(root.value(QLatin1String("record_key")));
    if (spec.recordKeyColumns.isEmpty()) {
        for (const EntityMapping &m : spec.entities) {
            if (!m.keyColumns.isEmpty()) {
                spec.recordKeyColumns = m.keyColumns;
                break;
            }
        }
    }
    // A value map is for a column the spec reads: one for any other column is a typo.
    const QStringList used = spec.columnsUsed();
    for (auto it = spec.values.cbegin(); it != spec.values.cend(); ++it) {
        if (!used.contains(it.key())) {
            *error = unknownKey(QStringLiteral("values"), tr("column"), it.key(), used);
            *error += QLatin1Char(' ') + tr("(values maps the text of columns the spec reads)");
            return std::nullopt;
        }
    }
    return spec;
}

const EntityMapping *ImportSpec::entity(const QString &role) const
{
    for (const EntityMapping &m : entities)
        if (m.role == role)
            return &m;
    return nullptr;
}

const LinkTypeDefinition *ImportSpec::linkType(const QString &name) const
{
    for (const LinkTypeDefinition &t : linkTypes)
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList ImportSpec::columnsUsed() const
{
    QStringList out;
    auto add = [&out](const QString &c) {
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    };
    for (const EntityMapping &m : entities) {
        for (const QString &k : m.keyColumns)
            add(k);
        for (const FieldMapping &f : m.fields)
            for (const QString &c : f.columns)
                add(c);
    }
    for (const LinkMapping &l : links) {
        for (const QString &c : l.dateColumns)
            add(c);
        add(l.weightColumn);
    }
    for (const QString &c : recordKeyColumns)
        add(c);
    for (const SpecValue *v : {&gradeSource, &gradeIntelligence, &gradeHandling, &gradeConditions, &legacySource,
                               &legacyIntelligence, &legacyHandling})
        add(v->column);
    return out;
}

bool ImportSpec::fitsHeader(const QStringList &header, const QString &fileName, QString *error) const
{
    for (const QString &column : columnsUsed()) {
        if (!header.contains(column)) {
            QStringList shown = header.mid(0, 30);
            *error = tr("spec \"%1\" does not fit %2: column \"%3\" is not in the file's header (it has: %4)")
                         .arg(name, fileName, column, shown.join(QLatin1String(", ")));
            return false;
        }
    }
    return true;
}

} // namespace fc
