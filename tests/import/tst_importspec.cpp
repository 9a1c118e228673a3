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
