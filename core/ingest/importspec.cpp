#include "ingest/importspec.h"

#include "model/grading.h"
#include "model/linktype.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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
    if (v.isObject() && v.toObject().value(QLatin1String("column")).isString()) {
        out->column = v.toObject().value(QLatin1String("column")).toString();
        return true;
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
    ImportSpec spec;
    spec.json = root;
    spec.name = root.value(QLatin1String("name")).toString().trimmed();
    spec.description = root.value(QLatin1String("description")).toString();
    if (spec.name.isEmpty()) {
        *error = tr("\"name\" is missing: give the spec a name");
        return std::nullopt;
    }

    const QJsonObject source = root.value(QLatin1String("source")).toObject();
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

    const QJsonObject format = root.value(QLatin1String("format")).toObject();
    spec.reader.format = format.value(QLatin1String("format")).toString(QStringLiteral("auto"));
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

    const QJsonObject grading = root.value(QLatin1String("grading")).toObject();
    if (!readSpecValue(grading.value(QLatin1String("source")), &spec.gradeSource, QStringLiteral("grading.source"), error)
        || !readSpecValue(grading.value(QLatin1String("intelligence")), &spec.gradeIntelligence,
                          QStringLiteral("grading.intelligence"), error)
        || !readSpecValue(grading.value(QLatin1String("handling")), &spec.gradeHandling,
                          QStringLiteral("grading.handling"), error)
        || !readSpecValue(grading.value(QLatin1String("conditions")), &spec.gradeConditions,
                          QStringLiteral("grading.conditions"), error))
        return std::nullopt;
    const QJsonObject legacy = grading.value(QLatin1String("legacy")).toObject();
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

    const QJsonValue entitiesValue = root.value(QLatin1String("entities"));
    if (!entitiesValue.isObject() || entitiesValue.toObject().isEmpty()) {
        *error = tr("\"entities\" is missing or empty: map at least one entity");
        return std::nullopt;
    }
    const QJsonObject entities = entitiesValue.toObject();
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        const QJsonObject e = it.value().toObject();
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
        const QJsonObject fields = e.value(QLatin1String("fields")).toObject();
        for (auto f = fields.begin(); f != fields.end(); ++f) {
            FieldMapping fm;
            fm.field = f.key();
            fm.kind = inferKind(fm.field);
            if (f.value().isString()) {
                fm.column = f.value().toString();
            } else if (f.value().isObject()) {
                const QJsonObject fo = f.value().toObject();
                fm.column = fo.value(QLatin1String("column")).toString();
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

    for (const QJsonValue &lv : root.value(QLatin1String("links")).toArray()) {
        const QJsonObject l = lv.toObject();
        LinkMapping m;
        m.type = l.value(QLatin1String("type")).toString();
        m.from = l.value(QLatin1String("from")).toString();
        m.to = l.value(QLatin1String("to")).toString();
        m.dateColumn = l.value(QLatin1String("date")).toString();
        m.weightColumn = l.value(QLatin1String("weight")).toString();
        if (!LinkTypes::isKnown(m.type)) {
            *error = tr("link type \"%1\" is unknown (expected one of: %2)")
                         .arg(m.type, LinkTypes::builtIn().join(QLatin1String(", ")));
            return std::nullopt;
        }
        for (const QString &role : {m.from, m.to}) {
            if (!spec.entity(role)) {
                *error = tr("link \"%1\" refers to entity \"%2\", which the spec does not define").arg(m.type, role);
                return std::nullopt;
            }
        }
        spec.links << m;
    }

    const QJsonObject values = root.value(QLatin1String("values")).toObject();
    for (auto it = values.begin(); it != values.end(); ++it) {
        QHash<QString, QString> map;
        const QJsonObject o = it.value().toObject();
        for (auto v = o.begin(); v != o.end(); ++v)
            map.insert(v.key(), v.value().toString());
        spec.values.insert(it.key(), map);
    }

    const QJsonValue retention = root.value(QLatin1String("retention")).toObject().value(QLatin1String("review_after_months"));
    if (!retention.isUndefined()) {
        if (!retention.isDouble() || retention.toInt() < 1) {
            *error = tr("retention.review_after_months must be a whole number of months, 1 or more");
            return std::nullopt;
        }
        spec.reviewAfterMonths = retention.toInt();
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
    return spec;
}

const EntityMapping *ImportSpec::entity(const QString &role) const
{
    for (const EntityMapping &m : entities)
        if (m.role == role)
            return &m;
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
            add(f.column);
    }
    for (const LinkMapping &l : links) {
        add(l.dateColumn);
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
