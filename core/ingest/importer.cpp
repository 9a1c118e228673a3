#include "ingest/importer.h"

#include "model/grading.h"
#include "model/personname.h"
#include "model/retentionpolicy.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

/** An entity as one row describes it, validated and normalised, before anything is written. */
struct RowEntity
{
    const EntityMapping *mapping = nullptr;
    bool present = false;
    QString keyValue;                    // joined key columns
    QList<QPair<QString, QString>> attributes; // normalised field values
    QString label;
    QString occurredAt;
    double valueGbp = 0;
    bool hasValue = false;
    QString offence;
    QString area;
    QStringList resolutionKeys; // deterministic keys, strongest first
    qint64 id = 0;              // resolved entity id
};

/** Why a row is rejected. */
struct RowError
{
    QString column;
    QString reason;
};

/** The longest value one column of the file may hold: the smallest limit of the spec's uses of it. */
struct ColumnLimit
{
    int index = 0; // in the header
    int maxLength = 0;
};

/*
 * Plausible dates. Nothing is dated before 1900. A date of birth, a date and time of something
 * that happened ("*_at" fields) and a link's date are never later than the import plus one day (the
 * day is grace for exports written in other time zones). Other dates ("*_date": bail, review,
 * expiry) may lie ahead, but not more than 100 years.
 */
const QDate kEarliestDate(1900, 1, 1);
constexpr int kYearsAhead = 100;

} // namespace

/** The state of one import run: prepared statements, caches and counters. */
class Importer::Run
{
public:
    Run(Workspace &ws, const ImportSpec &spec, const ImportOptions &options, ImportReport &report)
        : m_ws(ws)
        , m_db(ws.database())
        , m_spec(spec)
        , m_options(options)
        , m_report(report)
    {
    }

    bool prepare();
    bool processRow(const SourceRow &row);
    bool finish();

    QStringList header;
    qint64 importId = 0;

private:
    bool readEntity(const EntityMapping &m, RowEntity *out, RowError *error) const;
    bool checkDate(const QString &column, const QString &text, QDate date, const QDateTime *dateTime,
                   bool pastOnly, RowError *error) const;
    QString column(const QString &name) const;
    bool resolve(RowEntity &e, qint64 recordId);
    bool supersede(const QString &recordKey);
    bool fail(const QString &what);

    Workspace &m_ws;
    Database &m_db;
    const ImportSpec &m_spec;
    const ImportOptions &m_options;
    ImportReport &m_report;

    const SourceRow *m_row = nullptr;
    QHash<QString, int> m_columnIndex;
    QHash<QString, qint64> m_keyCache;
    QSet<QString> m_seenRecordKeys;
    QSet<QString> m_linkSeen;
    QSet<qint64> m_touched;
    bool m_superseded = false;
    bool m_deferIndexes = false; // first load into an empty workspace: build indexes at the end
    const QDate m_importDate = QDate::currentDate();
    const QDateTime m_latestPast = QDateTime::currentDateTime().addDays(1); // see kEarliestDate
    const QDate m_latestAhead = m_importDate.addYears(kYearsAhead);
    const QString m_maxMoney =
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m_spec.maxMoneyGbp, 'f', 2);
    QList<ColumnLimit> m_columnLimits; // in header order

    Statement m_insertRecord, m_insertReject, m_findKey, m_insertKey, m_insertEntity, m_updateEntity,
        m_insertSource, m_insertAttribute, m_insertLink, m_findOldRecords, m_setArea;
};

bool Importer::Run::fail(const QString &what)
{
    m_report.status = ImportReport::Status::Failed;
    m_report.message = tr("import of %1 failed: %2").arg(m_report.fileName, what);
    return false;
}

// Secondary indexes that a first bulk load into an empty workspace builds once at the end rather
// than row by row (SQLite's author: "about a hundred times less I/O"); nothing reads them during
// such an import, since there is nothing to supersede yet.
static const char *const kDeferredIndexes[][2] = {
    {"attributes_entity", "CREATE INDEX attributes_entity ON attributes(entity_id, name)"},
    {"attributes_record", "CREATE INDEX attributes_record ON attributes(source_record_id)"},
    {"links_from", "CREATE INDEX links_from ON links(from_id)"},
    {"links_to", "CREATE INDEX links_to ON links(to_id)"},
    {"links_record", "CREATE INDEX links_record ON links(source_record_id)"},
    {"entity_sources_record", "CREATE INDEX entity_sources_record ON entity_sources(source_record_id)"},
};

bool Importer::Run::prepare()
{
    for (int i = 0; i < header.size(); ++i)
        m_columnIndex.insert(header.at(i), i);
    QHash<int, int> limits;
    auto limit = [this, &limits](const QString &column, int maxLength) {
        const int i = m_columnIndex.value(column, -1);
        if (i < 0)
            return;
        const auto it = limits.constFind(i);
        limits.insert(i, it == limits.constEnd() ? maxLength : std::min(*it, maxLength));
    };
    for (const EntityMapping &m : m_spec.entities) {
        for (const QString &k : m.keyColumns)
            limit(k, ImportSpec::kShortValueLength);
        for (const FieldMapping &f : m.fields)
            limit(f.column, f.maxLength > 0 ? f.maxLength : ImportSpec::defaultMaxLength(f.field, f.kind));
    }
    for (const LinkMapping &l : m_spec.links) {
        limit(l.dateColumn, ImportSpec::kShortValueLength);
        limit(l.weightColumn, ImportSpec::kShortValueLength);
    }
    for (const QString &c : m_spec.recordKeyColumns)
        limit(c, ImportSpec::kShortValueLength);
    for (const SpecValue *v :
         {&m_spec.gradeSource, &m_spec.gradeIntelligence, &m_spec.gradeHandling, &m_spec.gradeConditions,
          &m_spec.legacySource, &m_spec.legacyIntelligence, &m_spec.legacyHandling})
        limit(v->column, ImportSpec::kShortValueLength);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        m_columnLimits.append(ColumnLimit{it.key(), it.value()});
    std::sort(m_columnLimits.begin(), m_columnLimits.end(),
              [](const ColumnLimit &a, const ColumnLimit &b) { return a.index < b.index; });
    m_deferIndexes = m_db.scalarInt(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM entities LIMIT 1)"), 1) == 0;
    if (m_deferIndexes) {
        for (const auto &index : kDeferredIndexes)
            if (!m_db.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0]))))
                return fail(m_db.lastError());
    }
    m_insertRecord = m_db.prepare(QStringLiteral(
        "INSERT INTO source_records(import_id, row_number, record_key, raw, grade_source, grade_intelligence, "
        "grade_handling, handling_conditions, legacy_source, legacy_intelligence, legacy_handling, review_date) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_insertReject = m_db.prepare(QStringLiteral(
        "INSERT INTO rejects(import_id, row_number, line_number, column_name, reason, raw) VALUES (?,?,?,?,?,?)"));
    m_findKey = m_db.prepare(QStringLiteral("SELECT entity_id FROM entity_keys WHERE key = ?"));
    m_insertKey = m_db.prepare(QStringLiteral("INSERT OR IGNORE INTO entity_keys(key, entity_id) VALUES (?,?)"));
    m_insertEntity = m_db.prepare(QStringLiteral(
        "INSERT INTO entities(type, subtype, label, occurred_at, value_gbp, offence, area) VALUES (?,?,?,?,?,?,?)"));
    m_updateEntity = m_db.prepare(QStringLiteral(
        "UPDATE entities SET occurred_at = coalesce(?2, occurred_at), value_gbp = coalesce(?3, value_gbp), "
        "offence = coalesce(?4, offence), area = coalesce(?5, area), "
        "label = CASE WHEN label = '' THEN ?6 ELSE label END WHERE id = ?1"));
    m_insertSource = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO entity_sources(entity_id, source_record_id, role) VALUES (?,?,?)"));
    m_insertAttribute = m_db.prepare(QStringLiteral(
        "INSERT INTO attributes(entity_id, name, value, source_record_id) VALUES (?,?,?,?)"));
    m_insertLink = m_db.prepare(QStringLiteral(
        "INSERT INTO links(type, from_id, to_id, occurred_at, weight, source_record_id) VALUES (?,?,?,?,?,?)"));
    m_findOldRecords = m_db.prepare(QStringLiteral(
        "SELECT id FROM source_records WHERE record_key = ? AND superseded_by IS NULL AND import_id <> ?"));
    m_setArea = m_db.prepare(QStringLiteral("UPDATE entities SET area = ? WHERE id = ?"));
    for (const Statement *s : {&m_setArea, &m_insertRecord, &m_insertReject, &m_findKey, &m_insertKey, &m_insertEntity,
                               &m_updateEntity, &m_insertSource, &m_insertAttribute, &m_insertLink,
                               &m_findOldRecords})
        if (!s->isValid())
            return fail(m_db.lastError());
    return true;
}

QString Importer::Run::column(const QString &name) const
{
    const int i = m_columnIndex.value(name, -1);
    if (i < 0 || i >= m_row->fields.size())
        return QString();
    const QString value = m_row->fields.at(i).trimmed();
    const auto mapping = m_spec.values.constFind(name);
    if (mapping != m_spec.values.constEnd()) {
        const auto mapped = mapping->constFind(value);
        if (mapped != mapping->constEnd())
            return *mapped;
    }
    return value;
}

// Rejects a date outside the plausible range (see kEarliestDate); dateTime is null for a date alone.
bool Importer::Run::checkDate(const QString &column, const QString &text, QDate date,
                              const QDateTime *dateTime, bool pastOnly, RowError *error) const
{
    if (date < kEarliestDate) {
        error->column = column;
        error->reason = tr("column \"%1\": \"%2\" is before 1900 (expected a date from %3)")
                            .arg(column, text, kEarliestDate.toString(Qt::ISODate));
        return false;
    }
    if (pastOnly && (dateTime ? *dateTime > m_latestPast : date > m_latestPast.date())) {
        error->column = column;
        error->reason =
            tr("column \"%1\": \"%2\" is later than the import (expected a date no later than %3)")
                .arg(column, text,
                     dateTime ? m_latestPast.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                              : m_latestPast.date().toString(Qt::ISODate));
        return false;
    }
    if (!pastOnly && date > m_latestAhead) {
        error->column = column;
        error->reason =
            tr("column \"%1\": \"%2\" is more than %3 years ahead (expected a date no later than %4)")
                .arg(column, text, QString::number(kYearsAhead), m_latestAhead.toString(Qt::ISODate));
        return false;
    }
    return true;
}

bool Importer::Run::readEntity(const EntityMapping &m, RowEntity *out, RowError *error) const
{
    out->mapping = &m;
    QStringList keyParts;
    bool anyKey = false;
    for (const QString &k : m.keyColumns) {
        const QString v = column(k);
        anyKey = anyKey || !v.isEmpty();
        keyParts << v;
    }
    bool anyField = false;
    for (const FieldMapping &f : m.fields)
        anyField = anyField || !column(f.column).isEmpty();
    if (!anyKey && !anyField)
        return true; // nothing about this entity in the row: not created
    if (!m.keyColumns.isEmpty()) {
        for (int i = 0; i < m.keyColumns.size(); ++i) {
            if (keyParts.at(i).isEmpty()) {
                error->column = m.keyColumns.at(i);
                error->reason = tr("column \"%1\" is empty, but %2 \"%3\" needs it as its key")
                                    .arg(m.keyColumns.at(i), EntityTypes::name(m.type), m.role);
                return false;
            }
        }
        out->keyValue = keyParts.join(QLatin1Char('|'));
    }
    out->present = true;

    QString forenames, surname, fullName, dob, vrm, postcode, name, town;
    for (const FieldMapping &f : m.fields) {
        const QString text = column(f.column);
        if (text.isEmpty())
            continue;
        QString value = text;
        switch (f.kind) {
        case FieldKind::Text:
            break;
        case FieldKind::Date: {
            const auto d = FieldParsers::date(text, m_spec.dateFormat);
            if (!d) {
                error->column = f.column;
                error->reason = tr("column \"%1\": \"%2\" is not a date (expected %3 or ISO 8601 yyyy-MM-dd)")
                                    .arg(f.column, text,
                                         m_spec.dateFormat.isEmpty() ? QStringLiteral("yyyy-MM-dd") : m_spec.dateFormat);
                return false;
            }
            if (!checkDate(f.column, text, *d, nullptr, f.pastOnly, error))
                return false;
            value = d->toString(Qt::ISODate);
            break;
        }
        case FieldKind::DateTime: {
            const auto d = FieldParsers::dateTime(text, m_spec.dateFormat);
            if (!d) {
                error->column = f.column;
                error->reason = tr("column \"%1\": \"%2\" is not a date and time (expected %3 or ISO 8601)")
                                    .arg(f.column, text,
                                         m_spec.dateFormat.isEmpty() ? QStringLiteral("yyyy-MM-ddTHH:mm") : m_spec.dateFormat);
                return false;
            }
            if (!checkDate(f.column, text, d->date(), &*d, f.pastOnly, error))
                return false;
            value = d->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
            break;
        }
        case FieldKind::Money: {
            const auto v = FieldParsers::money(text, m_spec.moneyFormat);
            if (!v) {
                error->column = f.column;
                error->reason = tr("column \"%1\": \"%2\" is not an amount of money (expected e.g. %3)")
                                    .arg(f.column, text,
                                         m_spec.moneyFormat == MoneyFormat::European ? QStringLiteral("1.234,50")
                                                                                     : QStringLiteral("£1,234.50"));
                return false;
            }
            if (*v < 0 || *v > m_spec.maxMoneyGbp) {
                error->column = f.column;
                error->reason =
                    *v < 0 ? tr("column \"%1\": \"%2\" is negative (expected an amount from £0.00 to £%3)")
                                 .arg(f.column, text, m_maxMoney)
                           : tr("column \"%1\": \"%2\" is more than £%3, the most one record may hold "
                                "(format.max_money_gbp in the spec raises it)")
                                 .arg(f.column, text, m_maxMoney);
                return false;
            }
            value = QString::number(*v == 0 ? 0.0 : *v, 'f', 2); // no "-0.00"
            break;
        }
        case FieldKind::Number: {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (!ok || !std::isfinite(v)) {
                error->column = f.column;
                error->reason = tr("column \"%1\": \"%2\" is not a number").arg(f.column, text);
                return false;
            }
            const double range = f.field == QLatin1String("lat")   ? 90
                                 : f.field == QLatin1String("lon") ? 180
                                                                   : 0;
            if (range > 0 && std::abs(v) > range) {
                error->column = f.column;
                error->reason =
                    tr("column \"%1\": \"%2\" is not a %3 (expected -%4 to %4 degrees)")
                        .arg(f.column, text,
                             range == 90 ? QStringLiteral("latitude") : QStringLiteral("longitude"),
                             QString::number(range));
                return false;
            }
            value = QString::number(v, 'g', 12);
            break;
        }
        case FieldKind::Vrm:
            value = FieldParsers::vrm(text);
            break;
        case FieldKind::Postcode: {
            const QString pc = FieldParsers::postcode(text);
            value = pc.isEmpty() ? text.toUpper() : pc; // keep what was given when it is no postcode
            break;
        }
        }
        if (value.isEmpty())
            continue;
        const QString &field = f.field;
        if (field == QLatin1String("full_name"))
            fullName = value;
        else if (field == QLatin1String("forenames") || field == QLatin1String("forename"))
            forenames = value;
        else if (field == QLatin1String("surname"))
            surname = value;
        else
            out->attributes << qMakePair(field, value);
        if (field == QLatin1String("dob"))
            dob = value;
        else if (field == QLatin1String("vrm"))
            vrm = value;
        else if (field == QLatin1String("postcode"))
            postcode = value;
        else if (field == QLatin1String("name"))
            name = value;
        else if (field == QLatin1String("town") || field == QLatin1String("area"))
            town = town.isEmpty() ? value : town;
        else if (field == QLatin1String("occurred_at"))
            out->occurredAt = value;
        else if (field == QLatin1String("value_gbp")) {
            out->valueGbp = value.toDouble();
            out->hasValue = true;
        } else if (field == QLatin1String("offence"))
            out->offence = value;
    }

    const QString org = m_spec.organisation.toUpper();
    switch (m.type) {
    case EntityType::Person: {
        PersonName pn = fullName.isEmpty() ? PersonName::fromParts(forenames, surname) : PersonName::parse(fullName);
        if (!pn.isEmpty()) {
            out->label = pn.display();
            // A one-word name ("Madonna") has no forenames: no empty attribute is stored.
            if (!pn.surname.isEmpty())
                out->attributes.prepend(qMakePair(QStringLiteral("surname"), pn.surname));
            if (!pn.forenames.isEmpty())
                out->attributes.prepend(qMakePair(QStringLiteral("forenames"), pn.forenames));
            out->attributes.prepend(qMakePair(QStringLiteral("name"), pn.display()));
        }
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QStringLiteral("P|%1|%2").arg(org, out->keyValue.toUpper());
        // A name alone never identifies a person: only name + date of birth resolve.
        if (!pn.isEmpty() && !dob.isEmpty())
            out->resolutionKeys << QStringLiteral("PN|%1|%2").arg(pn.key(), dob);
        if (out->label.isEmpty())
            out->label = out->keyValue;
        break;
    }
    case EntityType::Vehicle: {
        const QString v = vrm.isEmpty() ? FieldParsers::vrm(out->keyValue) : vrm;
        if (!v.isEmpty())
            out->resolutionKeys << QStringLiteral("V|%1").arg(v);
        out->label = v;
        break;
    }
    case EntityType::Location:
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QStringLiteral("L|%1|%2|%3").arg(org, m.subtype.toUpper(), out->keyValue.toUpper());
        else if (!postcode.isEmpty() || !name.isEmpty())
            out->resolutionKeys << QStringLiteral("LA|%1|%2").arg(postcode, name.toUpper());
        out->label = !name.isEmpty() ? name : !out->keyValue.isEmpty() ? out->keyValue : postcode;
        // "MANSFIELD" and "Mansfield" are one area: exports that shout are brought to title case,
        // with the joining words of Stoke-on-Trent or Newcastle upon Tyne in lower case.
        if (!town.isEmpty() && town == town.toUpper()) {
            static const QStringList joining = {
                QStringLiteral("on"),  QStringLiteral("under"), QStringLiteral("upon"), QStringLiteral("in"),
                QStringLiteral("le"),  QStringLiteral("la"),    QStringLiteral("de"),   QStringLiteral("by"),
                QStringLiteral("the"), QStringLiteral("super"), QStringLiteral("cum")};
            QString titled = town.toLower();
            for (qsizetype start = 0, i = 0; i <= titled.size(); ++i) {
                if (i < titled.size() && titled.at(i) != QLatin1Char(' ') && titled.at(i) != QLatin1Char('-'))
                    continue;
                if (i > start && (start == 0 || !joining.contains(QStringView(titled).mid(start, i - start))))
                    titled[start] = titled.at(start).toUpper();
                start = i + 1;
            }
            town = titled;
        }
        out->area = !town.isEmpty() ? town : FieldParsers::postcodeDistrict(postcode);
        break;
    case EntityType::Incident:
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QStringLiteral("I|%1|%2").arg(org, out->keyValue.toUpper());
        out->label = !out->keyValue.isEmpty() ? out->keyValue : out->offence;
        break;
    case EntityType::Object:
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QStringLiteral("O|%1|%2|%3").arg(org, m.subtype.toUpper(), out->keyValue.toUpper());
        for (const auto &a : std::as_const(out->attributes)) {
            if (a.first == QLatin1String("number")) {
                QString digits;
                for (QChar c : a.second)
                    if (c.isDigit())
                        digits += c;
                if (!digits.isEmpty())
                    out->resolutionKeys << QStringLiteral("ON|%1|%2").arg(m.subtype.toUpper(), digits);
                if (out->label.isEmpty())
                    out->label = a.second;
            }
        }
        if (!name.isEmpty())
            out->label = name;
        if (out->label.isEmpty())
            out->label = out->keyValue;
        break;
    case EntityType::Organisation:
        out->label = !name.isEmpty() ? name : out->keyValue;
        if (!out->label.isEmpty())
            out->resolutionKeys << QStringLiteral("G|%1").arg(out->label.toUpper());
        break;
    }
    return true;
}

bool Importer::Run::resolve(RowEntity &e, qint64 recordId)
{
    qint64 id = 0;
    for (const QString &key : std::as_const(e.resolutionKeys)) {
        auto cached = m_keyCache.constFind(key);
        if (cached != m_keyCache.constEnd()) {
            id = *cached;
            break;
        }
        m_findKey.reset();
        m_findKey.bind(1, key);
        if (m_findKey.step()) {
            id = m_findKey.int64(0);
            m_keyCache.insert(key, id);
            break;
        }
        if (!m_findKey.ok())
            return false;
    }
    const bool created = id == 0;
    if (created) {
        m_insertEntity.bind(1, int(e.mapping->type))
            .bind(2, e.mapping->subtype.isEmpty() ? QString() : e.mapping->subtype)
            .bind(3, e.label.isNull() ? QStringLiteral("") : e.label)
            .bind(4, e.occurredAt.isEmpty() ? QString() : e.occurredAt);
        if (e.hasValue)
            m_insertEntity.bind(5, e.valueGbp);
        else
            m_insertEntity.bindNull(5);
        m_insertEntity.bind(6, e.offence.isEmpty() ? QString() : e.offence)
            .bind(7, e.area.isEmpty() ? QString() : e.area);
        if (!m_insertEntity.exec())
            return false;
        id = m_db.lastInsertRowId();
        ++m_report.entitiesCreated;
    } else if (!e.occurredAt.isEmpty() || e.hasValue || !e.offence.isEmpty() || !e.area.isEmpty()
               || !e.label.isEmpty()) {
        m_updateEntity.bind(1, id)
            .bind(2, e.occurredAt.isEmpty() ? QString() : e.occurredAt);
        if (e.hasValue)
            m_updateEntity.bind(3, e.valueGbp);
        else
            m_updateEntity.bindNull(3);
        m_updateEntity.bind(4, e.offence.isEmpty() ? QString() : e.offence)
            .bind(5, e.area.isEmpty() ? QString() : e.area)
            .bind(6, e.label.isNull() ? QStringLiteral("") : e.label);
        if (!m_updateEntity.exec())
            return false;
    }
    e.id = id;
    for (const QString &key : std::as_const(e.resolutionKeys)) {
        if (m_keyCache.value(key) == id)
            continue;
        m_insertKey.bind(1, key).bind(2, id);
        if (!m_insertKey.exec())
            return false;
        m_keyCache.insert(key, id);
    }
    m_insertSource.bind(1, id).bind(2, recordId).bind(3, e.mapping->role);
    if (!m_insertSource.exec())
        return false;
    for (const auto &a : std::as_const(e.attributes)) {
        m_insertAttribute.bind(1, id).bind(2, a.first).bind(3, a.second).bind(4, recordId);
        if (!m_insertAttribute.exec())
            return false;
    }
    m_touched.insert(id);
    return true;
}

// An updated export: records with the same key from earlier imports of this organisation are
// replaced by this one. Their facts are withdrawn; the records themselves stay, marked superseded.
bool Importer::Run::supersede(const QString &recordKey)
{
    m_findOldRecords.reset();
    m_findOldRecords.bind(1, recordKey).bind(2, importId);
    QList<qint64> old;
    while (m_findOldRecords.step())
        old << m_findOldRecords.int64(0);
    if (!m_findOldRecords.ok())
        return false;
    if (old.isEmpty())
        return true;
    for (qint64 id : std::as_const(old)) {
        for (const char *sql : {"SELECT entity_id FROM entity_sources WHERE source_record_id = ?",
                                "SELECT entity_id FROM attributes WHERE source_record_id = ?"}) {
            Statement st = m_db.prepare(QString::fromLatin1(sql));
            st.bind(1, id);
            while (st.step())
                m_touched.insert(st.int64(0));
        }
        for (const char *sql : {"DELETE FROM attributes WHERE source_record_id = ?",
                                "DELETE FROM links WHERE source_record_id = ?",
                                "DELETE FROM entity_sources WHERE source_record_id = ?"}) {
            Statement st = m_db.prepare(QString::fromLatin1(sql));
            st.bind(1, id);
            if (!st.exec())
                return false;
        }
        Statement mark = m_db.prepare(QStringLiteral("UPDATE source_records SET superseded_by = ? WHERE id = ?"));
        mark.bind(1, importId).bind(2, id);
        if (!mark.exec())
            return false;
    }
    ++m_report.recordsUpdated;
    m_superseded = true;
    return true;
}

bool Importer::Run::processRow(const SourceRow &row)
{
    m_row = &row;
    ++m_report.rowsRead;
    RowError error;
    QList<RowEntity> entities;
    bool ok = true;
    if (row.fields.size() > header.size()) {
        error.reason = tr("the row has %1 fields but the header has %2 columns")
                           .arg(QString::number(row.fields.size()), QString::number(header.size()));
        ok = false;
    }
    // A value far longer than any real one (a 10 MB "name") is refused before it is parsed or echoed.
    for (int i = 0; ok && i < m_columnLimits.size() && m_columnLimits.at(i).index < row.fields.size(); ++i) {
        const ColumnLimit &c = m_columnLimits.at(i);
        const qsizetype length = QStringView(row.fields.at(c.index)).trimmed().size();
        if (length > c.maxLength) {
            error.column = header.at(c.index);
            error.reason = tr("column \"%1\" holds %2 characters (expected at most %3)")
                               .arg(error.column, QString::number(length), QString::number(c.maxLength));
            ok = false;
        }
    }
    // Validate everything first, so that a rejected row writes nothing but its reject.
    for (int i = 0; ok && i < m_spec.entities.size(); ++i) {
        RowEntity e;
        ok = readEntity(m_spec.entities.at(i), &e, &error);
        entities << e;
    }
    QList<QString> linkDates;
    QList<double> linkWeights;
    for (int i = 0; ok && i < m_spec.links.size(); ++i) {
        const LinkMapping &l = m_spec.links.at(i);
        QString date;
        if (!l.dateColumn.isEmpty() && !column(l.dateColumn).isEmpty()) {
            const auto d = FieldParsers::dateTime(column(l.dateColumn), m_spec.dateFormat);
            if (!d) {
                error.column = l.dateColumn;
                error.reason = tr("column \"%1\": \"%2\" is not a date (expected %3 or ISO 8601)")
                                   .arg(l.dateColumn, column(l.dateColumn), m_spec.dateFormat);
                ok = false;
                break;
            }
            if (!checkDate(l.dateColumn, column(l.dateColumn), d->date(), &*d, true, &error)) {
                ok = false;
                break;
            }
            date = d->toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        }
        double weight = 1;
        if (!l.weightColumn.isEmpty() && !column(l.weightColumn).isEmpty()) {
            bool numeric = false;
            weight = column(l.weightColumn).toDouble(&numeric);
            if (!numeric || !std::isfinite(weight) || weight <= 0) {
                error.column = l.weightColumn;
                error.reason = tr("column \"%1\": \"%2\" is not a positive number").arg(l.weightColumn, column(l.weightColumn));
                ok = false;
                break;
            }
        }
        linkDates << date;
        linkWeights << weight;
    }
    auto value = [this](const SpecValue &v) { return v.column.isEmpty() ? v.literal : column(v.column); };
    Grading grading;
    if (ok) {
        QString gradeError;
        const auto g = Grading::parse(value(m_spec.gradeSource), value(m_spec.gradeIntelligence),
                                      value(m_spec.gradeHandling), value(m_spec.gradeConditions), &gradeError);
        if (!g) {
            error.column = m_spec.gradeSource.column.isEmpty() ? m_spec.gradeHandling.column : m_spec.gradeSource.column;
            error.reason = gradeError;
            ok = false;
        } else {
            grading = *g;
            grading.legacySource = value(m_spec.legacySource);
            grading.legacyIntelligence = value(m_spec.legacyIntelligence);
            grading.legacyHandling = value(m_spec.legacyHandling);
        }
    }
    if (ok) {
        bool any = false;
        for (const RowEntity &e : std::as_const(entities))
            any = any || e.present;
        if (!any) {
            error.reason = tr("the row maps to no entity: every mapped column is empty");
            ok = false;
        }
    }

    if (!ok) {
        m_insertReject.bind(1, importId).bind(2, row.rowNumber).bind(3, row.lineNumber)
            .bind(4, error.column.isEmpty() ? QString() : error.column).bind(5, error.reason).bind(6, row.raw);
        if (!m_insertReject.exec())
            return fail(m_db.lastError());
        ++m_report.rowsRejected;
        m_report.rejects << RejectInfo{row.rowNumber, row.lineNumber, error.column, error.reason, row.raw};
        return true;
    }

    QString recordKey;
    if (!m_spec.recordKeyColumns.isEmpty()) {
        QStringList parts;
        for (const QString &c : m_spec.recordKeyColumns)
            parts << column(c);
        if (!parts.join(QString()).isEmpty())
            recordKey = m_spec.organisation.toUpper() + QLatin1Char('\x1f') + parts.join(QLatin1Char('|'));
    }
    if (!recordKey.isEmpty() && !m_seenRecordKeys.contains(recordKey)) {
        m_seenRecordKeys.insert(recordKey);
        if (!supersede(recordKey))
            return fail(m_db.lastError());
    }

    auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    m_insertRecord.bind(1, importId).bind(2, row.rowNumber).bind(3, orNull(recordKey)).bind(4, row.raw)
        .bind(5, grading.source.isNull() ? QString() : QString(grading.source))
        .bind(6, grading.intelligence.isNull() ? QString() : QString(grading.intelligence))
        .bind(7, grading.handling.isNull() ? QString() : QString(grading.handling))
        .bind(8, orNull(grading.conditions)).bind(9, orNull(grading.legacySource))
        .bind(10, orNull(grading.legacyIntelligence)).bind(11, orNull(grading.legacyHandling));
    // Review date (MoPI-style): from the record's own date, the incident's if it has one.
    QDate recordDate = m_importDate;
    QString offence;
    for (const RowEntity &e : std::as_const(entities)) {
        if (e.present && !e.occurredAt.isEmpty()) {
            const QDate d = QDate::fromString(e.occurredAt.left(10), Qt::ISODate);
            if (d.isValid())
                recordDate = d;
        }
        if (e.present && !e.offence.isEmpty())
            offence = e.offence;
    }
    const int months = RetentionPolicy::reviewMonths(grading, offence, m_spec.organisationKind, m_spec.reviewAfterMonths);
    m_insertRecord.bind(12, RetentionPolicy::reviewDate(recordDate, months).toString(Qt::ISODate));
    if (!m_insertRecord.exec())
        return fail(m_db.lastError());
    const qint64 recordId = m_db.lastInsertRowId();

    QHash<QString, RowEntity *> byRole;
    for (RowEntity &e : entities) {
        if (!e.present)
            continue;
        if (!resolve(e, recordId))
            return fail(m_db.lastError());
        byRole.insert(e.mapping->role, &e);
    }
    for (int i = 0; i < m_spec.links.size(); ++i) {
        const LinkMapping &l = m_spec.links.at(i);
        RowEntity *from = byRole.value(l.from);
        RowEntity *to = byRole.value(l.to);
        if (!from || !to || from->id == to->id)
            continue;
        QString date = linkDates.at(i);
        if (date.isEmpty())
            date = from->mapping->type == EntityType::Incident ? from->occurredAt
                 : to->mapping->type == EntityType::Incident ? to->occurredAt : QString();
        // The same fact repeated on several rows of one export (one row per offender) is one link.
        const QString seen = QStringLiteral("%1|%2|%3|%4")
                                 .arg(l.type, QString::number(from->id), QString::number(to->id), date);
        if (l.weightColumn.isEmpty() && m_linkSeen.contains(seen))
            continue;
        m_linkSeen.insert(seen);
        m_insertLink.bind(1, l.type).bind(2, from->id).bind(3, to->id).bind(4, orNull(date))
            .bind(5, linkWeights.at(i)).bind(6, recordId);
        if (!m_insertLink.exec())
            return fail(m_db.lastError());
        ++m_report.linksCreated;
        // An incident takes the area of the place it occurred at.
        if (l.type == QLatin1String("occurred_at") && from->mapping->type == EntityType::Incident
            && !to->area.isEmpty()) {
            m_setArea.bind(1, to->area).bind(2, from->id);
            if (!m_setArea.exec())
                return fail(m_db.lastError());
        }
    }
    ++m_report.rowsAccepted;
    return true;
}

bool Importer::Run::finish()
{
    if (m_deferIndexes) {
        for (const auto &index : kDeferredIndexes)
            if (!m_db.exec(QString::fromLatin1(index[1])))
                return fail(m_db.lastError());
    }
    // Entities whose every mention was withdrawn by an update are removed.
    if (m_superseded) {
        if (!m_db.exec(QStringLiteral(
                "DELETE FROM search WHERE rowid IN (SELECT id FROM entities e WHERE merged_into IS NULL AND NOT "
                "EXISTS (SELECT 1 FROM entity_sources s WHERE s.entity_id = e.id))"))
            || !m_db.exec(QStringLiteral(
                "DELETE FROM entities WHERE merged_into IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM entity_sources s WHERE s.entity_id = entities.id) "
                "AND NOT EXISTS (SELECT 1 FROM entities m WHERE m.merged_into = entities.id)")))
            return fail(m_db.lastError());
    }
    if (!m_ws.refreshSearch(QList<qint64>(m_touched.cbegin(), m_touched.cend())))
        return fail(m_db.lastError());

    Statement st = m_db.prepare(QStringLiteral(
        "UPDATE imports SET finished_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, "
        "records_updated = ? WHERE id = ?"));
    st.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(2, m_report.rowsRead).bind(3, m_report.rowsAccepted).bind(4, m_report.rowsRejected)
        .bind(5, m_report.recordsUpdated).bind(6, importId);
    if (!st.exec())
        return fail(m_db.lastError());
    // Collection (and, for updated records, alteration) is logged in the import's own transaction.
    if (!m_ws.auditLog().append(
            AuditLog::Action::Collection, m_options.userName.isEmpty() ? m_ws.userName() : m_options.userName,
            QStringLiteral("import"), QString::number(importId),
            QStringLiteral("%1 (SHA-256 %2) from %3 under spec \"%4\": %5 rows accepted, %6 rejected, "
                           "%7 records updated")
                .arg(m_report.fileName, m_report.sha256, m_spec.organisation, m_spec.name,
                     QString::number(m_report.rowsAccepted), QString::number(m_report.rowsRejected),
                     QString::number(m_report.recordsUpdated))))
        return fail(m_db.lastError());
    return true;
}

Importer::Importer(Workspace &workspace, const ImportSpec &spec)
    : m_workspace(workspace)
    , m_spec(spec)
{
}

Importer::~Importer() = default;

QString Importer::sha256OfFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return QString();
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return QString();
    }
    return QString::fromLatin1(hash.result().toHex());
}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options)
{
    ImportReport report;
    const QFileInfo info(path);
    report.fileName = info.fileName();
    QString error;
    report.sha256 = sha256OfFile(path, &error);
    if (report.sha256.isEmpty()) {
        report.message = error;
        return report;
    }
    if (const auto previous = m_workspace.importBySha256(report.sha256)) {
        report.status = ImportReport::Status::AlreadyImported;
        report.importId = previous->id;
        report.message = tr("%1 was already imported (import #%2 on %3, same SHA-256): nothing to do")
                             .arg(report.fileName, QString::number(previous->id), previous->startedAt);
        return report;
    }
    auto reader = TableReader::open(path, m_spec.reader, &error);
    if (!reader) {
        report.message = error;
        return report;
    }
    report.encoding = reader->encoding();
    report.delimiter = reader->delimiter();
    if (!m_spec.fitsHeader(reader->headers(), report.fileName, &error)) {
        report.message = error;
        return report;
    }

    Database &db = m_workspace.database();
    if (db.isReadOnly()) {
        report.message = tr("cannot import %1: %2").arg(report.fileName, db.readOnlyError());
        return report;
    }
    // The importer writes only ids it has just read or created, inside one transaction; checking
    // every foreign key on every insert would double the cost of a bulk import. The pragma cannot
    // change inside a transaction, so it is switched around it.
    struct ForeignKeysOff
    {
        Database &db;
        explicit ForeignKeysOff(Database &d) : db(d) { db.exec(QStringLiteral("PRAGMA foreign_keys=OFF")); }
        ~ForeignKeysOff() { db.exec(QStringLiteral("PRAGMA foreign_keys=ON")); }
    } foreignKeysOff(db);
    Transaction tx(db);
    if (!tx.isActive()) {
        report.message = tr("cannot start the import of %1: %2").arg(report.fileName, db.lastError());
        return report;
    }
    Run run(m_workspace, m_spec, options, report);
    run.header = reader->headers();
    {
        Statement st = db.prepare(QStringLiteral(
            "INSERT INTO imports(file_name, file_path, file_size, sha256, spec_name, spec_json, organisation, "
            "organisation_kind, user_name, started_at, encoding, delimiter) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
        st.bind(1, report.fileName).bind(2, info.absoluteFilePath()).bind(3, info.size()).bind(4, report.sha256)
            .bind(5, m_spec.name)
            .bind(6, QString::fromUtf8(QJsonDocument(m_spec.json).toJson(QJsonDocument::Compact)))
            .bind(7, m_spec.organisation).bind(8, m_spec.organisationKind).bind(9, options.userName)
            .bind(10, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(11, report.encoding)
            .bind(12, report.delimiter);
        if (!st.exec()) {
            report.message = tr("import of %1 failed: %2").arg(report.fileName, db.lastError());
            return report;
        }
        run.importId = db.lastInsertRowId();
    }
    if (!run.prepare())
        return report;

    SourceRow row;
    qint64 count = 0;
    while (reader->next(&row)) {
        if (options.cancel && options.cancel->load()) {
            report.status = ImportReport::Status::Cancelled;
            report.message = tr("import of %1 cancelled at row %2: nothing was imported")
                                 .arg(report.fileName, QString::number(row.rowNumber));
            return report; // the transaction rolls back
        }
        if (options.failAfterRows >= 0 && count >= options.failAfterRows) {
            report.status = ImportReport::Status::Failed;
            report.message = tr("import of %1 failed at row %2: injected failure")
                                 .arg(report.fileName, QString::number(row.rowNumber));
            return report;
        }
        if (!run.processRow(row))
            return report;
        ++count;
        if (options.progress && (count % 2000) == 0)
            options.progress(reader->progress(), count);
    }
    if (!reader->errorString().isEmpty()) {
        report.status = ImportReport::Status::Failed;
        report.message = tr("import of %1 failed, nothing was imported: %2")
                             .arg(report.fileName, reader->errorString());
        return report;
    }
    if (!run.finish())
        return report;
    if (!tx.commit()) {
        report.status = ImportReport::Status::Failed;
        report.message = tr("import of %1 failed, nothing was imported: %2").arg(report.fileName, db.lastError());
        return report;
    }
    if (options.progress)
        options.progress(1.0, count);
    report.status = ImportReport::Status::Imported;
    report.importId = run.importId;
    report.message =
        tr("%1: %2 rows read, %3 imported, %4 rejected%5")
            .arg(report.fileName, QString::number(report.rowsRead), QString::number(report.rowsAccepted),
                 QString::number(report.rowsRejected),
                 report.recordsUpdated ? tr(", %1 records updated").arg(report.recordsUpdated) : QString());
    return report;
}

} // namespace fc
