#pragma once

#include "ingest/fieldparsers.h"
#include "ingest/tablereader.h"
#include "model/entitytype.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/** How a mapped field's text is read and normalised. */
enum class FieldKind { Text, Date, DateTime, Money, Number, Vrm, Postcode };

/** A value that is either fixed in the spec or read from a column of each row. */
struct SpecValue
{
    QString literal;
    QString column;
    bool isSet() const { return !literal.isEmpty() || !column.isEmpty(); }
};

/** One spec field: an entity attribute read from a column. */
struct FieldMapping
{
    QString field;  // attribute name, e.g. "occurred_at"
    QString column; // source column name
    FieldKind kind = FieldKind::Text;
    int maxLength = 0; // longest value accepted, in characters ("max_length", or the default for the field)
    bool pastOnly = false; // a date of something that has happened (dob, *_at): never after the import
};

/** One entity role of a spec: what each row can describe ("incident", "suspect1", ...). */
struct EntityMapping
{
    QString role;
    EntityType type = EntityType::Person;
    QString subtype;
    QStringList keyColumns; // empty = no key (resolved by its fields, or a new entity per row)
    QList<FieldMapping> fields;
};

/** One link a row creates between two entity roles. */
struct LinkMapping
{
    QString type;
    QString from;
    QString to;
    QString dateColumn;   // optional
    QString weightColumn; // optional, for edge lists
};

/**
 * A reusable import specification: which organisation a file comes from, how to read it, how it
 * is graded and how its columns map to entities, fields and links. Loaded from JSON (the format
 * is documented in the README) and validated before anything is written.
 */
class ImportSpec
{
    Q_DECLARE_TR_FUNCTIONS(ImportSpec)

public:
    // Longest values accepted by default, in characters. A field can set its own limit with
    // {"column": ..., "max_length": N}; keys and the columns of links and grades cannot.
    static constexpr int kShortValueLength = 300;  // keys, names, VRMs, postcodes, dates, amounts, numbers
    static constexpr int kTextLength = 4000;       // other text: offence, goods, town, address
    static constexpr int kFreeTextLength = 100000; // narrative, description, notes, comments
    static constexpr double kDefaultMaxMoneyGbp = 10'000'000; // one record's value, in pounds

    QString name;
    QString description;
    QString organisation;
    QString organisationKind; // retailer, police, partner, other
    ReaderOptions reader;
    QString dateFormat;
    MoneyFormat moneyFormat = MoneyFormat::Auto;
    SpecValue gradeSource, gradeIntelligence, gradeHandling, gradeConditions;
    SpecValue legacySource, legacyIntelligence, legacyHandling;
    QStringList recordKeyColumns;
    std::optional<int> reviewAfterMonths; // "retention": {"review_after_months": N}
    double maxMoneyGbp = kDefaultMaxMoneyGbp; // "format": {"max_money_gbp": N}: the largest amount accepted
    QList<EntityMapping> entities;
    QList<LinkMapping> links;
    QHash<QString, QHash<QString, QString>> values; // column -> raw text -> mapped value
    QJsonObject json; // the spec as loaded, stored whole with each import

    /** Parses and validates a spec. On failure returns nullopt and *error says what and where. */
    static std::optional<ImportSpec> fromJson(const QByteArray &json, QString *error);
    static std::optional<ImportSpec> load(const QString &path, QString *error);

    /** Every column the spec reads. */
    QStringList columnsUsed() const;
    /** Checks that every column the spec reads is in the header; *error names the first missing one. */
    bool fitsHeader(const QStringList &header, const QString &fileName, QString *error) const;
    const EntityMapping *entity(const QString &role) const;

    static FieldKind inferKind(const QString &field);
    /** The default max_length of a field (one of the three lengths above). */
    static int defaultMaxLength(const QString &field, FieldKind kind);
    /** Whether a date field records something that has happened: a date of birth or any "*_at". */
    static bool isPastOnly(const QString &field);
    static std::optional<FieldKind> kindFromName(const QString &name);
};

} // namespace fc
