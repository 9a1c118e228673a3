#include "ingest/importspec.h"
#include "ingest/spectemplate.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QtTest>

using namespace fc;

/** Import spec parsing: every mistake is reported before anything is written, naming what is wrong. */
class TestImportSpec : public QObject
{
    Q_OBJECT
private slots:
    void invalidSpecsAreExplained_data();
    void invalidSpecsAreExplained();
    void validSpecIsRead();
    void missingColumnIsNamed();
    void limitsAreRead();
    void templateGuessesMappings();
    void nearestKeyIsSuggested_data();
    void nearestKeyIsSuggested();
    void severalColumnsAndDateFormats();
    void badValuePolicyNearestWins();
    void declaredLinkTypes();
    void shippedSpecsLoad();
};

static QByteArray spec(const QByteArray &entities, const QByteArray &extra = QByteArray())
{
    return "{\"name\": \"T\", \"source\": {\"organisation\": \"Org\", \"kind\": \"retailer\"}, \"entities\": " + entities
        + extra + "}";
}

void TestImportSpec::invalidSpecsAreExplained_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"name\": ") << QStringLiteral("not valid JSON");
    QTest::newRow("no name") << QByteArray("{\"source\": {\"organisation\": \"O\"}, \"entities\": {}}") << QStringLiteral("\"name\"");
    QTest::newRow("no organisation") << QByteArray("{\"name\": \"x\", \"entities\": {\"a\": {\"type\": \"person\", \"key\": \"K\"}}}")
                                     << QStringLiteral("organisation");
    QTest::newRow("unknown type") << spec("{\"s\": {\"type\": \"suspect\", \"key\": \"K\"}}")
                                  << QStringLiteral("entity \"s\" has unknown type \"suspect\"");
    QTest::newRow("unknown link type") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                               ", \"links\": [{\"type\": \"knows\", \"from\": \"s\", \"to\": \"s\"}]")
                                       << QStringLiteral("link type \"knows\" is unknown");
    QTest::newRow("undefined role") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                            ", \"links\": [{\"type\": \"associate\", \"from\": \"s\", \"to\": \"t\"}]")
                                    << QStringLiteral("entity \"t\", which the spec does not define");
    QTest::newRow("bad grade") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                       ", \"grading\": {\"source\": \"4\"}")
                               << QStringLiteral("source grade \"4\" is not 1, 2 or 3");
    QTest::newRow("C without conditions") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                                  ", \"grading\": {\"handling\": \"C\"}")
                                          << QStringLiteral("conditions");
    QTest::newRow("bad field type") << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"dob\": {\"column\": \"D\", \"type\": \"when\"}}}}")
                                    << QStringLiteral("unknown field type \"when\"");
    QTest::newRow("empty entity") << spec("{\"s\": {\"type\": \"person\"}}") << QStringLiteral("maps no key and no fields");
    QTest::newRow("bad money format") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                              ", \"format\": {\"money_format\": \"yen\"}")
                                      << QStringLiteral("money_format \"yen\"");
    QTest::newRow("zero max_length") << spec("{\"s\": {\"type\": \"incident\", \"fields\": {\"narrative\": {\"column\": \"N\", \"max_length\": 0}}}}")
                                     << QStringLiteral("entity \"s\" field \"narrative\": max_length must be a whole number");
    QTest::newRow("fractional max_length") << spec("{\"s\": {\"type\": \"incident\", \"fields\": {\"narrative\": {\"column\": \"N\", \"max_length\": 2.5}}}}")
                                           << QStringLiteral("max_length must be a whole number");
    QTest::newRow("text max_length") << spec("{\"s\": {\"type\": \"incident\", \"fields\": {\"narrative\": {\"column\": \"N\", \"max_length\": \"long\"}}}}")
                                     << QStringLiteral("max_length must be a whole number");
    QTest::newRow("negative max_money_gbp") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                                    ", \"format\": {\"max_money_gbp\": -5}")
                                            << QStringLiteral("max_money_gbp must be a positive number");
    QTest::newRow("text max_money_gbp") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}",
                                                ", \"format\": {\"max_money_gbp\": \"lots\"}")
                                        << QStringLiteral("max_money_gbp must be a positive number");

    // Unknown keys, at every level, named with where they are and the nearest known key.
    const QByteArray person = "{\"s\": {\"type\": \"person\", \"key\": \"K\"}}";
    QTest::newRow("unknown top-level key") << spec(person, ", \"lniks\": []")
                                           << QStringLiteral("top level: unknown key \"lniks\": did you mean \"links\"?");
    QTest::newRow("unknown key, nothing near") << spec(person, ", \"colour\": \"red\"")
                                               << QStringLiteral("top level: unknown key \"colour\" (expected one of: name,");
    QTest::newRow("unknown source key")
        << QByteArray("{\"name\": \"T\", \"source\": {\"organization\": \"Org\"}, \"entities\": {}}")
        << QStringLiteral("source: unknown key \"organization\": did you mean \"organisation\"?");
    QTest::newRow("unknown format key") << spec(person, ", \"format\": {\"date_fromat\": \"dd/MM/yyyy\"}")
                                        << QStringLiteral("format: unknown key \"date_fromat\": did you mean \"date_format\"?");
    QTest::newRow("unknown format") << spec(person, ", \"format\": {\"format\": \"xslx\"}")
                                    << QStringLiteral("format.format: unknown format \"xslx\": did you mean \"xlsx\"?");
    QTest::newRow("unknown grading key") << spec(person, ", \"grading\": {\"intel\": \"B\"}")
                                         << QStringLiteral("grading: unknown key \"intel\" (expected one of: source, intelligence");
    QTest::newRow("unknown legacy key") << spec(person, ", \"grading\": {\"legacy\": {\"sorce\": \"B\"}}")
                                        << QStringLiteral("grading.legacy: unknown key \"sorce\": did you mean \"source\"?");
    QTest::newRow("unknown grade column key") << spec(person, ", \"grading\": {\"source\": {\"colum\": \"G\"}}")
                                              << QStringLiteral("grading.source: unknown key \"colum\": did you mean \"column\"?");
    QTest::newRow("unknown retention key") << spec(person, ", \"retention\": {\"review_after_month\": 12}")
                                           << QStringLiteral("retention: unknown key \"review_after_month\": did you mean \"review_after_months\"?");
    QTest::newRow("unknown entity key") << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\", \"feilds\": {}}}")
                                        << QStringLiteral("entities.s: unknown key \"feilds\": did you mean \"fields\"?");
    QTest::newRow("unknown field key")
        << spec("{\"suspect1\": {\"type\": \"person\", \"fields\": {\"dob\": {\"column\": \"D\", \"date_fromat\": \"yyyyMMdd\"}}}}")
        << QStringLiteral("entities.suspect1.fields.dob: unknown key \"date_fromat\": did you mean \"date_format\"?");
    QTest::newRow("unknown link key") << spec(person, ", \"links\": [{\"type\": \"associate\", \"form\": \"s\", \"to\": \"s\"}]")
                                      << QStringLiteral("links[0]: unknown key \"form\": did you mean \"from\"?");
    QTest::newRow("misspelt link type") << spec(person, ", \"links\": [{\"type\": \"asociate\", \"from\": \"s\", \"to\": \"s\"}]")
                                        << QStringLiteral("links[0]: link type \"asociate\" is unknown: did you mean \"associate\"?");
    QTest::newRow("values of an unread column") << spec(person, ", \"values\": {\"k\": {\"a\": \"b\"}}")
                                                << QStringLiteral("values: unknown column \"k\": did you mean \"K\"?");
    QTest::newRow("values not text") << spec(person, ", \"values\": {\"K\": {\"a\": 1}}")
                                     << QStringLiteral("values.K: the value for \"a\" must be text");
    QTest::newRow("unknown link_types key")
        << spec(person, ", \"link_types\": {\"lent_car_to\": {\"from\": \"person\", \"too\": \"person\"}}")
        << QStringLiteral("link_types.lent_car_to: unknown key \"too\": did you mean \"to\"?");
    QTest::newRow("source not an object") << QByteArray("{\"name\": \"T\", \"source\": \"Org\", \"entities\": {}}")
                                          << QStringLiteral("source must be a JSON object");
    QTest::newRow("field neither text nor object") << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"dob\": 3}}}")
                                                   << QStringLiteral("entities.s.fields.dob must be a column name");
    // Several columns, date formats and on_bad_value.
    QTest::newRow("column and columns")
        << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"full_name\": {\"column\": \"N\", \"columns\": [\"A\", \"B\"]}}}}")
        << QStringLiteral("entities.s.fields.full_name: give \"column\" or \"columns\", not both");
    QTest::newRow("empty columns") << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"full_name\": {\"columns\": []}}}}")
                                   << QStringLiteral("entities.s.fields.full_name: \"columns\" must be a list of one or more column names");
    QTest::newRow("date_format on text")
        << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"full_name\": {\"column\": \"N\", \"date_format\": \"yyyy\"}}}}")
        << QStringLiteral("entities.s.fields.full_name: date_format is given but the field is not a date");
    QTest::newRow("empty date_format") << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"dob\": {\"column\": \"D\", \"date_format\": \"\"}}}}")
                                       << QStringLiteral("entities.s.fields.dob: date_format must be a Qt date format");
    QTest::newRow("unknown on_bad_value") << spec(person, ", \"on_bad_value\": \"keep_rows\"")
                                          << QStringLiteral("top level: unknown on_bad_value \"keep_rows\": did you mean \"keep_row\"?");
    QTest::newRow("unknown field on_bad_value")
        << spec("{\"s\": {\"type\": \"person\", \"fields\": {\"dob\": {\"column\": \"D\", \"on_bad_value\": \"skip\"}}}}")
        << QStringLiteral("entities.s.fields.dob: unknown on_bad_value \"skip\" (expected one of: reject_row, keep_row)");
    // Declared link types.
    QTest::newRow("link type name syntax")
        << spec(person, ", \"link_types\": {\"Lent-Car\": {\"from\": \"person\", \"to\": \"person\"}}")
        << QStringLiteral("link_types.Lent-Car: a link type's name is lower-case letters");
    QTest::newRow("link type clashes with a built-in")
        << spec(person, ", \"link_types\": {\"associate\": {\"from\": \"person\", \"to\": \"person\"}}")
        << QStringLiteral("link_types.associate: \"associate\" is a built-in link type");
    QTest::newRow("link type end not an entity type")
        << spec(person, ", \"link_types\": {\"lent_car_to\": {\"from\": \"human\", \"to\": \"person\"}}")
        << QStringLiteral("link_types.lent_car_to.from: \"human\" is not an entity type");
    QTest::newRow("link type used between the wrong types")
        << spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}, \"v\": {\"type\": \"vehicle\", \"key\": \"V\"}}",
                ", \"link_types\": {\"lent_car_to\": {\"from\": \"person\", \"to\": \"person\"}},"
                " \"links\": [{\"type\": \"lent_car_to\", \"from\": \"s\", \"to\": \"v\"}]")
        << QStringLiteral("links[0]: link type \"lent_car_to\" connects a person to a person, but \"s\" is a person and \"v\" a vehicle");
}

void TestImportSpec::invalidSpecsAreExplained()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!ImportSpec::fromJson(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestImportSpec::validSpecIsRead()
{
    QString error;
    const auto s = ImportSpec::fromJson(spec(
        "{\"incident\": {\"type\": \"incident\", \"key\": \"Ref\", \"fields\": {\"occurred_at\": \"When\", \"value_gbp\": \"Loss\"}},"
        " \"p\": {\"type\": \"person\", \"fields\": {\"full_name\": \"Name\", \"dob\": \"DOB\"}}}",
        ", \"grading\": {\"source\": \"2\", \"intelligence\": \"B\", \"handling\": {\"column\": \"H\"}},"
        " \"links\": [{\"type\": \"suspect_in\", \"from\": \"p\", \"to\": \"incident\"}],"
        " \"format\": {\"delimiter\": \";\", \"header_row\": 2, \"date_format\": \"dd/MM/yyyy\", \"money_format\": \"european\"}"),
        &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->entities.size(), 2);
    QCOMPARE(s->recordKeyColumns, QStringList{QStringLiteral("Ref")});
    QCOMPARE(s->reader.delimiter, QStringLiteral(";"));
    QCOMPARE(s->reader.headerRow, 2);
    QCOMPARE(s->moneyFormat, MoneyFormat::European);
    QCOMPARE(s->gradeHandling.column, QStringLiteral("H"));
    const EntityMapping *incident = s->entity(QStringLiteral("incident"));
    QVERIFY(incident);
    QCOMPARE(incident->fields.at(0).kind == FieldKind::DateTime || incident->fields.at(1).kind == FieldKind::DateTime, true);
    QCOMPARE(ImportSpec::inferKind(QStringLiteral("dob")), FieldKind::Date);
    QCOMPARE(ImportSpec::inferKind(QStringLiteral("value_gbp")), FieldKind::Money);
    QCOMPARE(ImportSpec::inferKind(QStringLiteral("vrm")), FieldKind::Vrm);
}

void TestImportSpec::limitsAreRead()
{
    QString error;
    const auto s = ImportSpec::fromJson(
        spec("{\"i\": {\"type\": \"incident\", \"key\": \"Ref\", \"fields\": {\"occurred_at\": \"When\", "
             "\"bail_date\": \"Bail\", \"narrative\": \"Story\", \"notes\": {\"column\": \"Notes\", \"max_length\": 250000}, "
             "\"offence\": \"Offence\", \"value_gbp\": \"Loss\"}},"
             " \"p\": {\"type\": \"person\", \"fields\": {\"full_name\": \"Name\", \"dob\": \"DOB\"}}}",
             ", \"format\": {\"max_money_gbp\": 25000000}"),
        &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->maxMoneyGbp, 25000000.0);
    QHash<QString, FieldMapping> fields;
    for (const EntityMapping &m : s->entities)
        for (const FieldMapping &f : m.fields)
            fields.insert(f.field, f);
    QCOMPARE(fields.size(), 8);
    // Short values 300, other text 4,000, free text 100,000, unless the field sets its own.
    QCOMPARE(fields.value("occurred_at").maxLength, 300);
    QCOMPARE(fields.value("bail_date").maxLength, 300);
    QCOMPARE(fields.value("narrative").maxLength, 100000);
    QCOMPARE(fields.value("notes").maxLength, 250000);
    QCOMPARE(fields.value("offence").maxLength, 4000);
    QCOMPARE(fields.value("value_gbp").maxLength, 300);
    QCOMPARE(fields.value("full_name").maxLength, 300);
    QCOMPARE(fields.value("dob").maxLength, 300);
    // Dates of what has happened are never after the import; a bail date may be ahead.
    QVERIFY(fields.value("occurred_at").pastOnly);
    QVERIFY(fields.value("dob").pastOnly);
    QVERIFY(!fields.value("bail_date").pastOnly);
    // Without "max_money_gbp" the ceiling is £10,000,000.
    const auto plain = ImportSpec::fromJson(spec("{\"s\": {\"type\": \"person\", \"key\": \"K\"}}"), &error);
    QVERIFY2(plain, qPrintable(error));
    QCOMPARE(plain->maxMoneyGbp, 10000000.0);
}

void TestImportSpec::missingColumnIsNamed()
{
    QString error;
    const auto s = ImportSpec::fromJson(spec("{\"store\": {\"type\": \"location\", \"key\": \"Store No\", \"fields\": {\"name\": \"Store Name\"}}}"), &error);
    QVERIFY(s);
    QVERIFY(s->fitsHeader({QStringLiteral("Store No"), QStringLiteral("Store Name")}, QStringLiteral("a.csv"), &error));
    QVERIFY(!s->fitsHeader({QStringLiteral("Store Number"), QStringLiteral("Store Name")}, QStringLiteral("a.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("column \"Store No\" is not in the file's header")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("a.csv")));
}

void TestImportSpec::templateGuessesMappings()
{
    const QStringList header{QStringLiteral("Incident Ref"), QStringLiteral("Date/Time"), QStringLiteral("Store No"),
                             QStringLiteral("Store Name"), QStringLiteral("Suspect 1"), QStringLiteral("Suspect 1 DOB"),
                             QStringLiteral("Vehicle Reg"), QStringLiteral("Loss Value")};
    const QList<QStringList> samples{{QStringLiteral("R1"), QStringLiteral("03/01/2025 14:05")},
                                     {QStringLiteral("R2"), QStringLiteral("25/12/2025 09:30")}};
    const QJsonObject t = SpecTemplate::fromHeader(QStringLiteral("x"), header, samples, ReaderOptions());
    const QJsonObject entities = t.value(QStringLiteral("entities")).toObject();
    QCOMPARE(entities.value(QStringLiteral("incident")).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("Incident Ref"));
    QCOMPARE(entities.value(QStringLiteral("store")).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("Store No"));
    QCOMPARE(entities.value(QStringLiteral("suspect1")).toObject().value(QStringLiteral("fields")).toObject()
                 .value(QStringLiteral("dob")).toString(), QStringLiteral("Suspect 1 DOB"));
    QCOMPARE(entities.value(QStringLiteral("vehicle")).toObject().value(QStringLiteral("fields")).toObject()
                 .value(QStringLiteral("vrm")).toString(), QStringLiteral("Vehicle Reg"));
    QCOMPARE(t.value(QStringLiteral("format")).toObject().value(QStringLiteral("date_format")).toString(),
             QStringLiteral("dd/MM/yyyy HH:mm"));
    // The template (once an organisation is set) is itself a valid spec.
    QJsonObject fixed = t;
    QString error;
    QVERIFY2(ImportSpec::fromJson(QJsonDocument(fixed).toJson(), &error), qPrintable(error));
}

void TestImportSpec::nearestKeyIsSuggested_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    // Edit distances by hand: a swap of neighbours is one edit, a dropped or added letter one.
    QTest::newRow("swap") << QStringLiteral("date_fromat") << QStringLiteral("date_format");
    QTest::newRow("dropped letter") << QStringLiteral("colum") << QStringLiteral("column");
    QTest::newRow("case") << QStringLiteral("Column") << QStringLiteral("column");
    QTest::newRow("two edits, long key") << QStringLiteral("max_lenth_") << QStringLiteral("max_length");
    QTest::newRow("short key, two edits") << QStringLiteral("tp") << QString(); // two from "type", too many for a short key
    QTest::newRow("short key, one edit") << QStringLiteral("tyoe") << QStringLiteral("type");
    QTest::newRow("nothing near") << QStringLiteral("colour") << QString();
}

void TestImportSpec::nearestKeyIsSuggested()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const QStringList known{QStringLiteral("column"), QStringLiteral("columns"), QStringLiteral("type"),
                            QStringLiteral("max_length"), QStringLiteral("date_format"),
                            QStringLiteral("on_bad_value")};
    QCOMPARE(ImportSpec::nearestKey(key, known), expected);
}

void TestImportSpec::severalColumnsAndDateFormats()
{
    QString error;
    const auto s = ImportSpec::fromJson(
        spec("{\"incident\": {\"type\": \"incident\", \"key\": \"Ref\", \"fields\": {\"occurred_at\": "
             "{\"columns\": [\"EventDate\", \"EventTime\"], \"date_format\": \"MM/dd/yyyy HH:mm\"}}},"
             " \"p\": {\"type\": \"person\", \"fields\": {\"full_name\": {\"columns\": [\"Forename\", \"Middle\", \"Surname\"]},"
             " \"dob\": {\"column\": \"PersonDOB\", \"date_format\": \"yyyyMMdd\"}}}}",
             ", \"format\": {\"date_format\": \"dd/MM/yyyy\"}, \"links\": [{\"type\": \"suspect_in\", \"from\": \"p\","
             " \"to\": \"incident\", \"date\": [\"EventDate\", \"EventTime\"], \"date_format\": \"MM/dd/yyyy HH:mm\"}]"),
        &error);
    QVERIFY2(s, qPrintable(error));
    const FieldMapping &when = s->entity(QStringLiteral("incident"))->fields.at(0);
    QCOMPARE(when.columns, (QStringList{QStringLiteral("EventDate"), QStringLiteral("EventTime")}));
    QCOMPARE(when.column, QStringLiteral("EventDate + EventTime"));
    QCOMPARE(when.dateFormat, QStringLiteral("MM/dd/yyyy HH:mm"));
    const EntityMapping *p = s->entity(QStringLiteral("p"));
    QCOMPARE(p->fields.size(), 2);
    for (const FieldMapping &f : p->fields) {
        if (f.field == QLatin1String("dob")) {
            QCOMPARE(f.dateFormat, QStringLiteral("yyyyMMdd"));
            QCOMPARE(f.columns, QStringList{QStringLiteral("PersonDOB")});
        } else {
            QCOMPARE(f.columns.size(), 3);
            QVERIFY(f.dateFormat.isEmpty());
        }
    }
    QCOMPARE(s->links.at(0).dateColumns.size(), 2);
    QCOMPARE(s->links.at(0).dateFormat, QStringLiteral("MM/dd/yyyy HH:mm"));
    const QStringList used = s->columnsUsed();
    for (const char *c : {"EventDate", "EventTime", "Forename", "Middle", "Surname", "PersonDOB"})
        QVERIFY2(used.contains(QLatin1String(c)), c);
    QVERIFY(!s->fitsHeader({QStringLiteral("Ref"), QStringLiteral("EventDate"), QStringLiteral("Forename"),
                            QStringLiteral("Middle"), QStringLiteral("Surname"), QStringLiteral("PersonDOB")},
                           QStringLiteral("a.csv"), &error));
    QVERIFY2(error.contains(QStringLiteral("column \"EventTime\" is not in the file's header")), qPrintable(error));
}

void TestImportSpec::badValuePolicyNearestWins()
{
    QString error;
    const auto s = ImportSpec::fromJson(
        spec("{\"a\": {\"type\": \"person\", \"fields\": {\"dob\": \"D1\", \"other_date\": {\"column\": \"D2\", "
             "\"on_bad_value\": \"reject_row\"}}},"
             " \"b\": {\"type\": \"person\", \"on_bad_value\": \"reject_row\", \"fields\": {\"dob\": \"D3\","
             " \"other_date\": {\"column\": \"D4\", \"on_bad_value\": \"keep_row\"}}}}",
             ", \"on_bad_value\": \"keep_row\""),
        &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->onBadValue, BadValue::KeepRow);
    auto policy = [&](const char *role, const char *field) {
        for (const FieldMapping &f : s->entity(QLatin1String(role))->fields)
            if (f.field == QLatin1String(field))
                return f.onBadValue;
        return BadValue::RejectRow;
    };
    QCOMPARE(policy("a", "dob"), BadValue::KeepRow);          // the spec's
    QCOMPARE(policy("a", "other_date"), BadValue::RejectRow); // the field's
    QCOMPARE(policy("b", "dob"), BadValue::RejectRow);        // the entity's
    QCOMPARE(policy("b", "other_date"), BadValue::KeepRow);   // the field's over the entity's
    const auto plain = ImportSpec::fromJson(spec("{\"a\": {\"type\": \"person\", \"fields\": {\"dob\": \"D\"}}}"), &error);
    QCOMPARE(plain->entities.at(0).fields.at(0).onBadValue, BadValue::RejectRow); // the default
}

void TestImportSpec::declaredLinkTypes()
{
    QString error;
    const auto s = ImportSpec::fromJson(
        spec("{\"lender\": {\"type\": \"person\", \"key\": \"L\"}, \"borrower\": {\"type\": \"person\", \"key\": \"B\"}}",
             ", \"link_types\": {\"lent_car_to\": {\"from\": \"person\", \"to\": \"person\"},"
             " \"paid_at\": {\"from\": \"person\", \"to\": \"location\", \"display_name\": \"Paid at till\"}},"
             " \"links\": [{\"type\": \"lent_car_to\", \"from\": \"lender\", \"to\": \"borrower\"}]"),
        &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->linkTypes.size(), 2);
    const LinkTypeDefinition *lent = s->linkType(QStringLiteral("lent_car_to"));
    QVERIFY(lent);
    QCOMPARE(lent->displayName, QStringLiteral("Lent car to"));
    QCOMPARE(lent->from, EntityType::Person);
    QCOMPARE(lent->to, EntityType::Person);
    QCOMPARE(s->linkType(QStringLiteral("paid_at"))->displayName, QStringLiteral("Paid at till"));
    QCOMPARE(s->linkType(QStringLiteral("paid_at"))->to, EntityType::Location);
    QCOMPARE(s->links.at(0).type, QStringLiteral("lent_car_to"));
}

void TestImportSpec::shippedSpecsLoad()
{
    // Every spec in the repository loads under the strict key check (a typo would have been ignored before).
    const QString root = QStringLiteral(FC_SOURCE_DIR);
    int count = 0;
    for (const char *dir : {"tests/fuzz/specs", "tests/fuzz/corpus/importspec", "tests/ui/data", "resources"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            if (!o.contains(QLatin1String("entities")))
                continue; // not a spec
            QString error;
            QVERIFY2(ImportSpec::load(path, &error), qPrintable(error));
            ++count;
        }
    }
    QVERIFY(count >= 10);

    // And the README's examples.
    QFile readme(root + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    int examples = 0;
    for (qsizetype at = text.indexOf(QLatin1String("```json\n")); at >= 0;
         at = text.indexOf(QLatin1String("```json\n"), at + 1)) {
        const qsizetype start = at + 8;
        const QString block = text.mid(start, text.indexOf(QLatin1String("```"), start) - start);
        if (!block.contains(QLatin1String("\"entities\"")))
            continue;
        QString error;
        QVERIFY2(ImportSpec::fromJson(block.toUtf8(), &error), qPrintable(error + QLatin1Char('\n') + block));
        ++examples;
    }
    QVERIFY(examples >= 2);
}

QTEST_GUILESS_MAIN(TestImportSpec)
#include "tst_importspec.moc"
