#include "ingest/importspec.h"
#include "ingest/spectemplate.h"

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

QTEST_GUILESS_MAIN(TestImportSpec)
#include "tst_importspec.moc"
