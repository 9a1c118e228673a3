#include "ingest/rowvalidator.h"

#include "ingest/factsjson.h"
#include "model/personname.h"
#include "model/retentionpolicy.h"
#include "store/statement.h"
#include "store/utf8.h"
#include "store/workspace.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace fc {

namespace {

/*
 * Plausible dates. Nothing is dated before 1900. A date of birth, a date and time of something
 * that happened ("*_at" fields) and a link's date are never later than the import plus one day (the
 * day is grace for exports written in other time zones). Other dates ("*_date": bail, review,
 * expiry) may lie ahead, but not more than 100 years.
 */
const QDate kEarliestDate(1900, 1, 1);
constexpr int kYearsAhead = 100;

// The memo of an entity (RowValidator::Memo): judged after this many rows, kept when at least
// this share of them repeated an earlier row's values, and never larger than this.
constexpr qint64 kMemoSampleRows = 10000;
constexpr qint64 kMemoMinHitPercent = 10;
constexpr qsizetype kMemoMaxEntities = 50000;

// "Alderman'S Walk" -> "Alderman's Walk": a place name title-cased upstream by a tool that starts a
// word after an apostrophe (data.police.uk publishes such names). A single capital after an
// apostrophe that follows a lower-case letter and ends the word is lowered; O'Neil, 'N' are kept.
QString possessiveFixed(QString name)
{
    for (qsizetype i = 1; i + 1 < name.size(); ++i) {
        const QChar c = name.at(i);
        if ((c == u'\'' || c == QChar(0x2019)) && name.at(i - 1).isLower() && name.at(i + 1).isUpper()
            && (i + 2 == name.size() || !name.at(i + 2).isLetter()))
            name[i + 1] = name.at(i + 1).toLower();
    }
    return name;
}

} // namespace

RowValidator::RowValidator(const ImportSpec &spec, const QStringList &header, const QDateTime &now)
    : m_spec(spec), m_header(header), m_today(now.date()),
      m_latestPast(QDateTime(now.date(), now.time(), Qt::UTC).addDays(1)),
      m_latestAhead(now.date().addYears(kYearsAhead)),
      m_maxMoney(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(spec.maxMoneyGbp, 'f', 2)),
      m_organisationUpper(spec.organisation.toUpper())
{
    m_memos.resize(spec.entities.size());
    m_valueMaps.resize(header.size(), nullptr);
    m_values.resize(header.size());
    QList<bool> used(header.size(), false);
    auto use = [&](const QString &name) {
        const int c = columnOf(name);
        if (c >= 0 && !used[c]) {
            used[c] = true;
            m_usedColumns << c;
            const auto map = spec.values.constFind(name);
            if (map != spec.values.constEnd())
                m_valueMaps[c] = &*map;
        }
        return c;
    };
    static const QHash<QString, Role> roles = {
        {QStringLiteral("full_name"), Role::FullName},
        {QStringLiteral("forenames"), Role::Forenames},
        {QStringLiteral("forename"), Role::Forenames},
        {QStringLiteral("surname"), Role::Surname},
        {QStringLiteral("dob"), Role::Dob},
        {QStringLiteral("vrm"), Role::Vrm},
        {QStringLiteral("postcode"), Role::Postcode},
        {QStringLiteral("name"), Role::Name},
        {QStringLiteral("town"), Role::Town},
        {QStringLiteral("area"), Role::Town},
        {QStringLiteral("occurred_at"), Role::OccurredAt},
        {QStringLiteral("value_gbp"), Role::ValueGbp},
        {QStringLiteral("offence"), Role::Offence},
        {QStringLiteral("number"), Role::Number},
    };
    for (const EntityMapping &m : spec.entities) {
        Entity e;
        e.mapping = &m;
        e.subtypeUpper = m.subtype.toUpper();
        for (const QString &k : m.keyColumns)
            e.keyColumns << use(k);
        for (const FieldMapping &f : m.fields) {
            QList<int> columns;
            for (const QString &c : f.columns)
                columns << use(c);
            e.fields << Field{&f, columns, roles.value(f.field, Role::Other),
                              DateFormat(f.dateFormat.isEmpty() ? spec.dateFormat : f.dateFormat)};
        }
        e.columns = e.keyColumns;
        for (const Field &f : std::as_const(e.fields))
            e.columns << f.columns;
        m_entities << e;
    }
    for (const LinkMapping &l : spec.links) {
        Link link;
        for (const QString &c : l.dateColumns)
            link.dateColumns << use(c);
        link.weightColumn = l.weightColumn.isEmpty() ? -1 : use(l.weightColumn);
        link.dateFormat = DateFormat(l.dateFormat.isEmpty() ? spec.dateFormat : l.dateFormat);
        m_links << link;
    }
    for (const QString &c : spec.recordKeyColumns)
        m_recordKeyColumns << use(c);
    const SpecValue *grades[] = {&spec.gradeSource,     &spec.gradeIntelligence, &spec.gradeHandling,
                                 &spec.gradeConditions, &spec.legacySource,      &spec.legacyIntelligence,
                                 &spec.legacyHandling};
    for (int i = 0; i < 7; ++i)
        m_gradeColumns[i] = grades[i]->column.isEmpty() ? -1 : use(grades[i]->column);

    QHash<int, int> limits;
    auto limit = [this, &limits](const QString &column, int maxLength) {
        const int c = columnOf(column);
        if (c < 0)
            return;
        const auto it = limits.constFind(c);
        limits.insert(c, it == limits.constEnd() ? maxLength : std::min(*it, maxLength));
    };
    for (const EntityMapping &m : spec.entities) {
        for (const QString &k : m.keyColumns)
            limit(k, ImportSpec::kShortValueLength);
        for (const FieldMapping &f : m.fields)
            for (const QString &c : f.columns)
                limit(c, f.maxLength > 0 ? f.maxLength : ImportSpec::defaultMaxLength(f.field, f.kind));
    }
    for (const LinkMapping &l : spec.links) {
        for (const QString &c : l.dateColumns)
            limit(c, ImportSpec::kShortValueLength);
        limit(l.weightColumn, ImportSpec::kShortValueLength);
    }
    for (const QString &c : spec.recordKeyColumns)
        limit(c, ImportSpec::kShortValueLength);
    for (const SpecValue *v : grades)
        limit(v->column, ImportSpec::kShortValueLength);
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        m_columnLimits.append(ColumnLimit{it.key(), it.value()});
    std::sort(m_columnLimits.begin(), m_columnLimits.end(),
              [](const ColumnLimit &a, const ColumnLimit &b) { return a.column < b.column; });
}

int RowValidator::columnOf(const QString &name) const
{
    return int(m_header.indexOf(name));
}

const QString &RowValidator::value(int column) const
{
    return column >= 0 ? m_values.at(column) : m_empty;
}

const QString &RowValidator::joinedValue(const QList<int> &columns, QString *joined) const
{
    if (columns.size() == 1)
        return value(columns.first());
    joined->clear();
    for (int c : columns) {
        const QString &v = value(c);
        if (v.isEmpty())
            continue; // an empty part adds no space: "Amy" + "" + "Khan" is "Amy Khan"
        if (!joined->isEmpty())
            *joined += QLatin1Char(' ');
        *joined += v;
    }
    return *joined;
}

bool RowValidator::reject(ValidatedRow *row, const QString &column, const QString &reason) const
{
    row->accepted = false;
    row->rejectColumn = column;
    row->rejectReason = reason;
    return false;
}

void RowValidator::validate(SourceRow &&source, ValidatedRow *out)
{
    out->row = std::move(source);
    out->accepted = false;
    out->rejectColumn.clear();
    out->rejectReason.clear();
    out->entities.clear();
    out->linkDates.clear();
    out->linkWeights.clear();
    out->recordKey.clear();
    const QStringList &fields = out->row.fields;
    if (fields.size() > m_header.size()) {
        reject(out, QString(),
               tr("the row has %1 fields but the header has %2 columns")
                   .arg(QString::number(fields.size()), QString::number(m_header.size())));
        return;
    }
    // A value far longer than any real one (a 10 MB "name") is refused before it is parsed or echoed.
    for (const ColumnLimit &c : std::as_const(m_columnLimits)) {
        if (c.column >= fields.size())
            break;
        const qsizetype length = QStringView(fields.at(c.column)).trimmed().size();
        if (length > c.maxLength) {
            reject(out, m_header.at(c.column),
                   tr("column \"%1\" holds %2 characters (expected at most %3)")
                       .arg(m_header.at(c.column), QString::number(length), QString::number(c.maxLength)));
            return;
        }
    }
    // Each column the spec reads, trimmed and mapped through its values once for the row.
    for (int c : std::as_const(m_usedColumns)) {
        QString v = c < fields.size() ? fields.at(c).trimmed() : QString();
        if (const auto *map = m_valueMaps.at(c)) {
            const auto mapped = map->constFind(v);
            if (mapped != map->constEnd())
                v = *mapped;
        }
        m_values[c] = std::move(v);
    }

    // Validate everything first, so that a rejected row writes nothing but its reject.
    out->entities.resize(m_entities.size());
    for (int i = 0; i < m_entities.size(); ++i)
        if (!readEntityOnce(i, &out->entities[i], out))
            return;
    for (int i = 0; i < m_links.size(); ++i) {
        const LinkMapping &l = m_spec.links.at(i);
        QString joined;
        const Link &link = m_links.at(i);
        const QString &dateText = joinedValue(link.dateColumns, &joined);
        QString date;
        if (!dateText.isEmpty()) {
            const auto d = FieldParsers::wallClockDateTime(dateText, link.dateFormat);
            if (!d) {
                reject(out, l.dateColumn,
                       tr("column \"%1\": \"%2\" is not a date (expected %3 or ISO 8601)")
                           .arg(l.dateColumn, dateText, link.dateFormat.pattern()));
                return;
            }
            const QString problem = dateProblem(l.dateColumn, dateText, d->date(), &*d, true);
            if (!problem.isEmpty()) {
                reject(out, l.dateColumn, problem);
                return;
            }
            date = DateFormat::isoDateTime(d->date(), d->time());
        }
        double weight = 1;
        const QString &weightText = value(m_links.at(i).weightColumn);
        if (!weightText.isEmpty()) {
            bool numeric = false;
            weight = weightText.toDouble(&numeric);
            if (!numeric || !std::isfinite(weight) || weight <= 0) {
                reject(out, l.weightColumn,
                       tr("column \"%1\": \"%2\" is not a positive number").arg(l.weightColumn, weightText));
                return;
            }
        }
        out->linkDates << date;
        out->linkWeights << weight;
    }
    auto spec = [this](const SpecValue &v, int column) { return column < 0 ? v.literal : value(column); };
    QString gradeError;
    const auto g = Grading::parse(spec(m_spec.gradeSource, m_gradeColumns[0]),
                                  spec(m_spec.gradeIntelligence, m_gradeColumns[1]),
                                  spec(m_spec.gradeHandling, m_gradeColumns[2]),
                                  spec(m_spec.gradeConditions, m_gradeColumns[3]), &gradeError);
    if (!g) {
        reject(out,
               m_spec.gradeSource.column.isEmpty() ? m_spec.gradeHandling.column : m_spec.gradeSource.column,
               gradeError);
        return;
    }
    out->grading = *g;
    out->grading.legacySource = spec(m_spec.legacySource, m_gradeColumns[4]);
    out->grading.legacyIntelligence = spec(m_spec.legacyIntelligence, m_gradeColumns[5]);
    out->grading.legacyHandling = spec(m_spec.legacyHandling, m_gradeColumns[6]);

    bool any = false;
    for (const RowEntity &e : std::as_const(out->entities))
        any = any || e.present;
    if (!any) {
        reject(out, QString(), tr("the row maps to no entity: every mapped column is empty"));
        return;
    }

    if (!m_recordKeyColumns.isEmpty()) {
        QStringList parts;
        bool anyPart = false;
        for (int c : std::as_const(m_recordKeyColumns)) {
            parts << value(c);
            anyPart = anyPart || !parts.last().isEmpty();
        }
        if (anyPart)
            out->recordKey = m_organisationUpper + QLatin1Char('\x1f') + parts.join(QLatin1Char('|'));
    }
    // Review date (MoPI-style): from the record's own date, the incident's if it has one.
    QDate recordDate = m_today;
    QString offence;
    for (const RowEntity &e : std::as_const(out->entities)) {
        if (e.present && !e.occurredAt.isEmpty()) {
            const QDate d(e.occurredAt.left(4).toInt(), e.occurredAt.mid(5, 2).toInt(),
                          e.occurredAt.mid(8, 2).toInt());
            if (d.isValid())
                recordDate = d;
        }
        if (e.present && !e.offence.isEmpty())
            offence = e.offence;
    }
    const int months = RetentionPolicy::reviewMonths(out->grading, offence, m_spec.organisationKind,
                                                     m_spec.reviewAfterMonths);
    out->reviewDate = DateFormat::isoDate(RetentionPolicy::reviewDate(recordDate, months));
    out->rawUtf8.resize(0);
    Statement::appendUtf8(out->rawUtf8, out->row.raw);
    out->accepted = true;
}

bool RowValidator::readEntityOnce(int index, RowEntity *out, ValidatedRow *row)
{
    const Entity &e = m_entities.at(index);
    Memo &memo = m_memos[index];
    if (!memo.enabled) {
        if (!readEntity(e, out, row))
            return false;
        encode(out);
        return true;
    }
    QStringList values;
    values.reserve(e.columns.size());
    for (int c : std::as_const(e.columns))
        values << value(c);
    ++memo.lookups;
    const auto known = memo.entities.constFind(values);
    if (known != memo.entities.constEnd()) {
        ++memo.hits;
        *out = *known;
        return true;
    }
    if (!readEntity(e, out, row))
        return false; // a rejected row is not remembered: its reason names the row's own values
    encode(out);
    if (memo.lookups >= kMemoSampleRows && memo.hits * 100 < memo.lookups * kMemoMinHitPercent) {
        memo.enabled = false;
        memo.entities = {};
    } else if (memo.entities.size() < kMemoMaxEntities) {
        memo.entities.insert(values, *out);
    }
    return true;
}

void RowValidator::encode(RowEntity *e)
{
    if (!e->present)
        return;
    e->keys.reserve(e->resolutionKeys.size());
    for (const QString &key : std::as_const(e->resolutionKeys))
        e->keys << key.toUtf8();
    FactsJson::append(e->facts, e->attributes);
    // The search entry as Workspace::refreshSearch builds it: each searchable value once. The
    // writer keeps it until the end of the import, so it is built in a scratch buffer sized for
    // the most it can take and then copied at its exact size.
    static_assert(Workspace::searchSeparator < 0x80, "the separator is one byte in UTF-8");
    qsizetype most = 0;
    for (const auto &a : std::as_const(e->attributes))
        most += 1 + a.second.size() * Utf8::kMaxBytesPerUnit;
    QVarLengthArray<char, 2048> scratch(most);
    char *const begin = scratch.data();
    char *d = begin;
    QVarLengthArray<const QString *, 16> written;
    for (const auto &a : std::as_const(e->attributes)) {
        if (!Workspace::isSearchable(a.first) ||
            std::any_of(written.cbegin(), written.cend(), [&](const QString *w) { return *w == a.second; }))
            continue;
        if (!written.isEmpty())
            *d++ = char(Workspace::searchSeparator);
        d = Utf8::encode(d, a.second);
        written.append(&a.second);
    }
    e->searchBody = QByteArray(begin, d - begin);
}

// Why a date is outside the plausible range (see kEarliestDate); dateTime is null for a date alone.
QString RowValidator::dateProblem(const QString &column, const QString &text, QDate date,
                                  const QDateTime *dateTime, bool pastOnly) const
{
    if (date < kEarliestDate)
        return tr("column \"%1\": \"%2\" is before 1900 (expected a date from %3)")
            .arg(column, text, kEarliestDate.toString(Qt::ISODate));
    if (pastOnly && (dateTime ? *dateTime > m_latestPast : date > m_latestPast.date()))
        return tr("column \"%1\": \"%2\" is later than the import (expected a date no later than %3)")
            .arg(column, text,
                 dateTime ? m_latestPast.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : m_latestPast.date().toString(Qt::ISODate));
    if (!pastOnly && date > m_latestAhead)
        return tr("column \"%1\": \"%2\" is more than %3 years ahead (expected a date no later than %4)")
            .arg(column, text, QString::number(kYearsAhead), m_latestAhead.toString(Qt::ISODate));
    return QString();
}

bool RowValidator::readEntity(const Entity &e, RowEntity *out, ValidatedRow *row) const
{
    const EntityMapping &m = *e.mapping;
    out->mapping = &m;
    bool anyKey = false;
    for (int c : e.keyColumns)
        anyKey = anyKey || !value(c).isEmpty();
    bool anyField = false;
    for (const Field &f : e.fields)
        for (int c : f.columns)
            anyField = anyField || !value(c).isEmpty();
    if (!anyKey && !anyField)
        return true; // nothing about this entity in the row: not created
    if (!e.keyColumns.isEmpty()) {
        QString key;
        for (int i = 0; i < e.keyColumns.size(); ++i) {
            const QString &part = value(e.keyColumns.at(i));
            if (part.isEmpty())
                return reject(row, m.keyColumns.at(i),
                              tr("column \"%1\" is empty, but %2 \"%3\" needs it as its key")
                                  .arg(m.keyColumns.at(i), EntityTypes::name(m.type), m.role));
            if (i > 0)
                key += QLatin1Char('|');
            key += part;
        }
        out->keyValue = key;
    }
    out->present = true;

    QString forenames, surname, fullName, dob, vrm, postcode, name, town;
    QString joined;
    for (const Field &f : e.fields) {
        const QString &text = joinedValue(f.columns, &joined);
        if (text.isEmpty())
            continue;
        const FieldMapping &fm = *f.mapping;
        QString v = text;
        std::optional<double> number; // a money field's value, as written
        QString problem;              // why the value cannot be read, if it cannot
        switch (fm.kind) {
        case FieldKind::Text:
            break;
        case FieldKind::Date: {
            const auto d = FieldParsers::date(text, f.dateFormat);
            if (!d) {
                problem = tr("column \"%1\": \"%2\" is not a date (expected %3 or ISO 8601 yyyy-MM-dd)")
                        .arg(fm.column, text,
                             f.dateFormat.pattern().isEmpty() ? QStringLiteral("yyyy-MM-dd") : f.dateFormat.pattern());
                break;
            }
            problem = dateProblem(fm.column, text, *d, nullptr, fm.pastOnly);
            if (!problem.isEmpty())
                break;
            v = DateFormat::isoDate(*d);
            break;
        }
        case FieldKind::DateTime: {
            const auto d = FieldParsers::wallClockDateTime(text, f.dateFormat);
            if (!d) {
                problem = tr("column \"%1\": \"%2\" is not a date and time (expected %3 or ISO 8601)")
                                  .arg(fm.column, text,
                                       f.dateFormat.pattern().isEmpty() ? QStringLiteral("yyyy-MM-ddTHH:mm")
                                                                         : f.dateFormat.pattern());
                break;
            }
            problem = dateProblem(fm.column, text, d->date(), &*d, fm.pastOnly);
            if (!problem.isEmpty())
                break;
            v = DateFormat::isoDateTime(d->date(), d->time());
            break;
        }
        case FieldKind::Money: {
            const auto amount = FieldParsers::money(text, m_spec.moneyFormat);
            if (!amount) {
                problem = tr("column \"%1\": \"%2\" is not an amount of money (expected e.g. %3)")
                                  .arg(fm.column, text,
                                       m_spec.moneyFormat == MoneyFormat::European
                                           ? QStringLiteral("1.234,50")
                                           : QStringLiteral("£1,234.50"));
                break;
            }
            if (*amount < 0) {
                problem = tr("column \"%1\": \"%2\" is negative (expected an amount from £0.00 to £%3)")
                                  .arg(fm.column, text, m_maxMoney);
                break;
            }
            if (*amount > m_spec.maxMoneyGbp) {
                problem = tr("column \"%1\": \"%2\" is more than £%3, the most one record may hold "
                                 "(format.max_money_gbp in the spec raises it)")
                                  .arg(fm.column, text, m_maxMoney);
                break;
            }
            v = QString::number(*amount == 0 ? 0.0 : *amount, 'f', 2); // no "-0.00"
            if (*amount < 1e13) {
                // The amount as written ("1234.50"): its whole pence (exact in a double below
                // 2^53), then the nearest double to them (division rounds correctly), which is what
                // reading the text back gives. Larger amounts (a spec may allow them) are read back.
                qint64 pence = 0;
                for (const QChar c : std::as_const(v))
                    if (c.isDigit())
                        pence = pence * 10 + c.digitValue();
                number = double(pence) / 100;
            }
            break;
        }
        case FieldKind::Number: {
            bool ok = false;
            const double n = text.toDouble(&ok);
            if (!ok || !std::isfinite(n)) {
                problem = tr("column \"%1\": \"%2\" is not a number").arg(fm.column, text);
                break;
            }
            const double range = fm.field == QLatin1String("lat")   ? 90
                                 : fm.field == QLatin1String("lon") ? 180
                                                                    : 0;
            if (range > 0 && std::abs(n) > range) {
                problem = tr("column \"%1\": \"%2\" is not a %3 (expected -%4 to %4 degrees)")
                                  .arg(fm.column, text,
                                       range == 90 ? QStringLiteral("latitude") : QStringLiteral("longitude"),
                                       QString::number(range));
                break;
            }
            v = QString::number(n, 'g', 12);
            break;
        }
        case FieldKind::Vrm:
            v = FieldParsers::vrm(text);
            break;
        case FieldKind::Postcode: {
            const QString pc = FieldParsers::postcode(text);
            v = pc.isEmpty() ? text.toUpper() : pc; // keep what was given when it is no postcode
            break;
        }
        }
        if (!problem.isEmpty()) {
            if (fm.onBadValue == BadValue::KeepRow) {
                // Kept as written, flagged, and not used as the field (see UnparsedValue).
                out->unparsed << UnparsedValue{fm.field, fm.column, text, problem};
                continue;
            }
            return reject(row, fm.column, problem);
        }
        if (v.isEmpty())
            continue;
        switch (f.role) {
        case Role::FullName:
            fullName = v;
            break;
        case Role::Forenames:
            forenames = v;
            break;
        case Role::Surname:
            surname = v;
            break;
        default:
            out->attributes << qMakePair(fm.field, v);
            break;
        }
        switch (f.role) {
        case Role::Dob:
            dob = v;
            break;
        case Role::Vrm:
            vrm = v;
            break;
        case Role::Postcode:
            postcode = v;
            break;
        case Role::Name:
            name = v;
            break;
        case Role::Town:
            if (town.isEmpty())
                town = v;
            break;
        case Role::OccurredAt:
            out->occurredAt = v;
            break;
        case Role::ValueGbp:
            out->valueGbp = number ? *number : v.toDouble();
            out->hasValue = true;
            break;
        case Role::Offence:
            out->offence = v;
            break;
        default:
            break;
        }
    }

    const QString &org = m_organisationUpper;
    switch (m.type) {
    case EntityType::Person: {
        PersonName pn =
            fullName.isEmpty() ? PersonName::fromParts(forenames, surname) : PersonName::parse(fullName);
        if (!pn.isEmpty()) {
            out->label = pn.display();
            // The name first, then the other facts (one list built, not three prepends). A
            // one-word name ("Madonna") has no forenames: no empty attribute is stored.
            QList<QPair<QString, QString>> facts;
            facts.reserve(out->attributes.size() + 3);
            facts.append(qMakePair(QStringLiteral("name"), out->label));
            if (!pn.forenames.isEmpty())
                facts.append(qMakePair(QStringLiteral("forenames"), pn.forenames));
            if (!pn.surname.isEmpty())
                facts.append(qMakePair(QStringLiteral("surname"), pn.surname));
            for (auto &a : out->attributes)
                facts.append(std::move(a));
            out->attributes = std::move(facts);
        }
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QLatin1String("P|") + org + QLatin1Char('|') + out->keyValue.toUpper();
        // A name alone never identifies a person: only name + date of birth resolve.
        if (!pn.isEmpty() && !dob.isEmpty())
            out->resolutionKeys << QLatin1String("PN|") + pn.key() + QLatin1Char('|') + dob;
        if (out->label.isEmpty())
            out->label = out->keyValue;
        break;
    }
    case EntityType::Vehicle: {
        const QString v = vrm.isEmpty() ? FieldParsers::vrm(out->keyValue) : vrm;
        if (!v.isEmpty())
            out->resolutionKeys << QLatin1String("V|") + v;
        out->label = v;
        break;
    }
    case EntityType::Location:
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QLatin1String("L|") + org + QLatin1Char('|') + e.subtypeUpper +
                                       QLatin1Char('|') + out->keyValue.toUpper();
        else if (!postcode.isEmpty() || !name.isEmpty())
            out->resolutionKeys << QLatin1String("LA|") + postcode + QLatin1Char('|') + name.toUpper();
        out->label = !name.isEmpty() ? possessiveFixed(name) : !out->keyValue.isEmpty() ? out->keyValue : postcode;
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
            out->resolutionKeys << QLatin1String("I|") + org + QLatin1Char('|') + out->keyValue.toUpper();
        out->label = !out->keyValue.isEmpty() ? out->keyValue : out->offence;
        break;
    case EntityType::Object:
        if (!out->keyValue.isEmpty())
            out->resolutionKeys << QLatin1String("O|") + org + QLatin1Char('|') + e.subtypeUpper +
                                       QLatin1Char('|') + out->keyValue.toUpper();
        for (const auto &a : std::as_const(out->attributes)) {
            if (a.first == QLatin1String("number")) {
                QString digits;
                for (QChar c : a.second)
                    if (c.isDigit())
                        digits += c;
                if (!digits.isEmpty())
                    out->resolutionKeys << QLatin1String("ON|") + e.subtypeUpper + QLatin1Char('|') + digits;
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
            out->resolutionKeys << QLatin1String("G|") + out->label.toUpper();
        break;
    }
    return true;
}

} // namespace fc
