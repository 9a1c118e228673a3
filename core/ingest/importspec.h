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

/** What a value that cannot be read does to its row ("on_bad_value"). */
enum class BadValue { RejectRow, KeepRow };

/** One spec field: an entity attribute read from a column, or from several joined with a space. */
struct FieldMapping
{
    QString field;       // attribute name, e.g. "occurred_at"
    QString column;      // source column name; for several columns their names joined by " + " (messages)
    QStringList columns; // the source columns ("columns": [...]); their non-empty values are joined with one space
    FieldKind kind = FieldKind::Text;
    int maxLength = 0; // longest value accepted, in characters ("max_length", or the default for the field)
    bool pastOnly = false; // a date of something that has happened (dob, *_at): never after the import
    QString dateFormat;    // the field's own "date_format", else the spec's format.date_format
    BadValue onBadValue = BadValue::RejectRow; // the field's, else its entity's, else the spec's
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

/** A link type a spec declares for itself ("link_types"), beside the built-in ones. */
struct LinkTypeDefinition
{
    QString name;        // e.g. "lent_car_to"
    QString displayName; // "display_name", else the name with spaces ("Lent car to")
    EntityType from = EntityType::Person;
    EntityType to = EntityType::Person;
};

/** One link a row creates between two entity roles. */
struct LinkMapping
{
    QString type;
    QString from;
    QString to;
    QString dateColumn;      // optional; for several columns their names joined by " + " (messages)
    QStringList dateColumns; // the date's columns, joined with one space as a field's are
    QString dateFormat;      // the link's own "date_format", else the spec's
    QString weightColumn;    // optional, for edge lists
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
    QList<LinkTypeDefinition> linkTypes; // declared by the spec ("link_types")
    BadValue onBadValue = BadValue::RejectRow; // "on_bad_value" at the top level
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
    /** The spec's own link type of that name, or nullptr. */
    const LinkTypeDefinition *linkType(const QString &name) const;

    /**
     * The known key nearest to key by edit distance (a swap of two neighbouring letters counts
     * one), or an empty string when none is near enough to be a likely typo.
     */
    static QString nearestKey(const QString &key, const QStringList &known);

    static FieldKind inferKind(const QString &field);
    /** The default max_length of a field (one of the three lengths above). */
    static int defaultMaxLength(const QString &field, FieldKind kind);
    /** Whether a date field records something that has happened: a date of birth or any "*_at". */
    static bool isPastOnly(const QString &field);
    static std::optional<FieldKind> kindFromName(const QString &name);
};

} // namespace fc
