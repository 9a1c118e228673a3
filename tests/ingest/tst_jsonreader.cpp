#include "ingest/jsonreader.h"
#include "ingest/tablereader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QtTest>

using namespace fc;

using Records = QList<QStringList>;

namespace {

std::unique_ptr<TableReader> readerFor(const QByteArray &input, QString *error,
                                       const QString &format = QStringLiteral("auto"))
{
    ReaderOptions options;
    options.format = format;
    return TableReader::fromData(input, QStringLiteral("x.json"), options, error);
}

QList<SourceRow> readRows(TableReader *reader)
{
    QList<SourceRow> rows;
    SourceRow row;
    while (reader->next(&row))
        rows.append(row);
    return rows;
}

// Qt's own message for the input, to check that ours passes it on.
QString qtMessage(const QByteArray &json)
{
    QJsonParseError error;
    QJsonDocument::fromJson(json, &error);
    return error.errorString();
}

} // namespace

/** Reader tests for JSON arrays of objects and JSON Lines. */
class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void arrayOfObjects();
    void keyOrderIsFileOrder();
    void nestedObjectsAndArrays();
    void values_data();
    void values();
    void jsonLines();
    void prettyPrintedLineNumbers();
    void singleObject();
    void explicitFormats();
    void utf16Json();
    void arraySyntaxError();
    void jsonLinesSyntaxError();
    void elementNotAnObject();
    void jsonLinesElementNotAnObject();
    void emptyArray();
    void progress();
    void matchesQtJsonOnGeneratedObjects();
};

void TestJsonReader::arrayOfObjects()
{
    const QByteArray input = R"([
  {"id": 1, "name": "Amy Khan", "amount": 12.50, "active": true, "note": null},
  {"id": 2, "name": "Bob", "extra": "x"}
])";
    QString error;
    auto reader = readerFor(input, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->formatName(), QStringLiteral("json"));
    QCOMPARE(reader->delimiter(), QString());
    QCOMPARE(reader->encoding(), QStringLiteral("utf-8"));
    QCOMPARE(reader->headers(), (QStringList{"id", "name", "amount", "active", "note", "extra"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].fields, (QStringList{"1", "Amy Khan", "12.50", "true", "", ""}));
    QCOMPARE(rows[1].fields, (QStringList{"2", "Bob", "", "", "", "x"}));
    QCOMPARE(rows[0].rowNumber, 1);
    QCOMPARE(rows[1].rowNumber, 2);
    QCOMPARE(rows[0].raw,
             QStringLiteral(R"({"id":1,"name":"Amy Khan","amount":12.50,"active":true,"note":null})"));
    QCOMPARE(rows[1].raw, QStringLiteral(R"({"id":2,"name":"Bob","extra":"x"})"));
    QCOMPARE(reader->errorString(), QString());
}

void TestJsonReader::keyOrderIsFileOrder()
{
    // QJsonObject sorts its keys; the columns must follow the file instead.
    QString error;
    auto reader = readerFor(R"([{"zeta": 1, "alpha": 2}, {"mid": 3, "alpha": 4}])", &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"zeta", "alpha", "mid"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows[1].fields, (QStringList{"", "4", "3"}));
}

void TestJsonReader::nestedObjectsAndArrays()
{
    const QByteArray input =
        R"([{"person": {"name": "Amy", "address": {"town": "Leeds", "postcode": "LS1 4AP"}},
  "tags": ["shop", 2, {"k": [true, null]}], "empty": {}, "list": [ ]}])";
    QString error;
    auto reader = readerFor(input, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"person.name", "person.address.town", "person.address.postcode",
                                             "tags", "empty", "list"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].fields,
             (QStringList{"Amy", "Leeds", "LS1 4AP", R"(["shop",2,{"k":[true,null]}])", "", "[]"}));
}

void TestJsonReader::values_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("integer") << QByteArray("10") << "10";
    QTest::newRow("negative decimal") << QByteArray("-0.5") << "-0.5";
    QTest::newRow("trailing zeros kept") << QByteArray("12.50") << "12.50";
    QTest::newRow("exponent as written") << QByteArray("1e5") << "1e5";
    QTest::newRow("big integer") << QByteArray("12345678901234567890") << "12345678901234567890";
    QTest::newRow("true") << QByteArray("true") << "true";
    QTest::newRow("false") << QByteArray("false") << "false";
    QTest::newRow("null") << QByteArray("null") << "";
    QTest::newRow("empty string") << QByteArray("\"\"") << "";
    QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\ne\tf")") << "a\"b\\c/d\ne\tf";
    QTest::newRow("unicode escape") << QByteArray(R"("Zo\u00EB")") << QStringLiteral("Zo\u00EB");
    QTest::newRow("surrogate pair escape") << QByteArray(R"("\ud83d\ude00")") << QStringLiteral("\U0001F600");
    QTest::newRow("raw UTF-8") << QByteArray("\"Zo\xC3\xAB \xE2\x82\xAC\"")
                               << QStringLiteral("Zo\u00EB \u20AC");
    QTest::newRow("string with braces") << QByteArray(R"("}{,][:")") << "}{,][:";
}

void TestJsonReader::values()
{
    QFETCH(QByteArray, value);
    QFETCH(QString, expected);
    QString error;
    auto reader = readerFor("[{\"v\": " + value + ", \"after\": \"ok\"}]", &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"v", "after"}));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, (QStringList{expected, "ok"}));
}

void TestJsonReader::jsonLines()
{
    const QByteArray input = "{\"id\": 1, \"name\": \"Amy\"}\n"
                             "\n"
                             "{\"id\": 2, \"town\": \"Leeds\"}\r\n"
                             "   \n"
                             "{\"name\": \"Cy\"}";
    QString error;
    auto reader = readerFor(input, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->formatName(), QStringLiteral("jsonl"));
    QCOMPARE(reader->headers(), (QStringList{"id", "name", "town"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].fields, (QStringList{"1", "Amy", ""}));
    QCOMPARE(rows[1].fields, (QStringList{"2", "", "Leeds"}));
    QCOMPARE(rows[2].fields, (QStringList{"", "Cy", ""}));
    QCOMPARE(rows[0].rowNumber, 1);
    QCOMPARE(rows[1].rowNumber, 3);
    QCOMPARE(rows[1].lineNumber, 3);
    QCOMPARE(rows[2].rowNumber, 5);
    QCOMPARE(rows[1].raw, QStringLiteral(R"({"id":2,"town":"Leeds"})"));
}

void TestJsonReader::prettyPrintedLineNumbers()
{
    const QByteArray input = "[\n"   // line 1
                             "  {\n" // line 2: first object
                             "    \"a\": 1\n"
                             "  },\n"
                             "  {\"a\": 2},\n" // line 5
                             "\n"
                             "  {\"a\": \"x\\ny\"}\n" // line 7 (the \n is an escape, not a break)
                             "]\n";
    QString error;
    auto reader = readerFor(input, &error);
    QVERIFY2(reader, qPrintable(error));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].lineNumber, 2);
    QCOMPARE(rows[1].lineNumber, 5);
    QCOMPARE(rows[2].lineNumber, 7);
    QCOMPARE(rows[2].rowNumber, 3);
    QCOMPARE(rows[2].fields, (QStringList{"x\ny"}));
    QCOMPARE(rows[0].raw, QStringLiteral(R"({"a":1})"));
}

void TestJsonReader::singleObject()
{
    QString error;
    auto reader = readerFor("\n{\n  \"a\": 1,\n  \"b\": {\"c\": \"d\"}\n}\n", &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->formatName(), QStringLiteral("json"));
    QCOMPARE(reader->headers(), (QStringList{"a", "b.c"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].lineNumber, 2);
    QCOMPARE(rows[0].fields, (QStringList{"1", "d"}));
}

void TestJsonReader::explicitFormats()
{
    QString error;
    auto lines = readerFor("{\"a\": 1}\n", &error, QStringLiteral("jsonl"));
    QVERIFY2(lines, qPrintable(error));
    QCOMPARE(lines->formatName(), QStringLiteral("jsonl"));
    QCOMPARE(readRows(lines.get()).size(), 1);

    auto document = readerFor("[{\"a\": 1}]", &error, QStringLiteral("json"));
    QVERIFY2(document, qPrintable(error));
    QCOMPARE(document->formatName(), QStringLiteral("json"));

    // JSON Lines read as one document is not valid JSON.
    QVERIFY(!readerFor("{\"a\": 1}\n{\"a\": 2}\n", &error, QStringLiteral("json")));
    QVERIFY2(error.startsWith(QLatin1String("x.json: JSON syntax error at line 2")), qPrintable(error));
}

void TestJsonReader::utf16Json()
{
    // [{"n":"Zoë"}] in UTF-16LE with a BOM.
    const QByteArray input = QByteArray::fromHex("fffe"
                                                 "5b007b0022006e0022003a0022005a006f00eb0022007d005d00");
    QString error;
    auto reader = readerFor(input, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->encoding(), QStringLiteral("utf-16le"));
    QCOMPARE(reader->formatName(), QStringLiteral("json"));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, (QStringList{QStringLiteral("Zo\u00EB")}));
}

void TestJsonReader::arraySyntaxError()
{
    const QByteArray input = "[{\"a\": 1},\n{\"a\": }]";
    QString error;
    QVERIFY(!readerFor(input, &error));
    const QString qt = qtMessage(input);
    QVERIFY(!qt.isEmpty());
    QVERIFY2(error.startsWith(QLatin1String("x.json: JSON syntax error at line 2 (offset ")),
             qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral("): ") + qt), qPrintable(error));

    QVERIFY(!readerFor("[{\"a\": 1}", &error));
    QVERIFY2(error.startsWith(QLatin1String("x.json: JSON syntax error at line 1")), qPrintable(error));
}

void TestJsonReader::jsonLinesSyntaxError()
{
    const QByteArray bad = "{\"a\": tru}";
    const QByteArray input = "{\"a\": 1}\n{\"a\": 2}\n" + bad + "\n{\"a\": 4}\n";
    QString error;
    QVERIFY(!readerFor(input, &error));
    QJsonParseError parseError;
    QJsonDocument::fromJson(bad, &parseError);
    QCOMPARE(error, QStringLiteral("x.json: line 3: JSON syntax error at offset %1 of the line: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
}

void TestJsonReader::elementNotAnObject()
{
    QString error;
    QVERIFY(!readerFor("[{\"a\": 1}, 5, {\"a\": 2}]", &error));
    QCOMPARE(error,
             QStringLiteral("x.json: element 2 (index 1) of the JSON array is a number, expected an object"));
    QVERIFY(!readerFor("[[1, 2]]", &error));
    QCOMPARE(error,
             QStringLiteral("x.json: element 1 (index 0) of the JSON array is an array, expected an object"));
}

void TestJsonReader::jsonLinesElementNotAnObject()
{
    QString error;
    QVERIFY(!readerFor("{\"a\": 1}\n{\"a\": 2}\n[1]\n", &error));
    QCOMPARE(error, QStringLiteral("x.json: line 3 is an array, expected a JSON object"));
}

void TestJsonReader::emptyArray()
{
    QString error;
    auto reader = readerFor(" [ ] ", &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), QStringList());
    SourceRow row;
    QVERIFY(!reader->next(&row));
    QCOMPARE(reader->errorString(), QString());
    QCOMPARE(reader->progress(), 1.0);
}

void TestJsonReader::progress()
{
    QString error;
    auto reader = readerFor("[{\"a\":1},{\"a\":2},{\"a\":3},{\"a\":4}]", &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->progress(), 0.0);
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(reader->progress(), 0.25);
    while (reader->next(&row)) {
    }
    QCOMPARE(reader->progress(), 1.0);
}

namespace {

// A string with the characters JSON must escape, non-ASCII and non-BMP text.
QString randomText(QRandomGenerator &random)
{
    static const QList<char32_t> alphabet = {u'a', u'Z', u'7', u' ', u'"', u'\\', u'/', u'\n',  u'\t',  u'\r',
                                             0x01, 0x1F, u'.', u',', u'{', u']',  0xEB, 0x20AC, 0x1F600};
    QString out;
    const int length = random.bounded(0, 8);
    for (int i = 0; i < length; ++i) {
        const char32_t c = alphabet.at(random.bounded(int(alphabet.size())));
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QJsonObject randomObject(QRandomGenerator &random, int depth)
{
    QJsonObject object;
    const int size = random.bounded(1, 5);
    for (int i = 0; i < size; ++i) {
        // Keys without dots, so that flattened names cannot collide.
        const QString key = QStringLiteral("k%1").arg(random.bounded(0, 6)) + randomText(random).remove(u'.');
        const int kind = random.bounded(0, depth > 0 ? 3 : 2);
        if (kind == 0)
            object.insert(key, randomText(random));
        else if (kind == 1)
            object.insert(key, random.bounded(-1000, 1000));
        else
            object.insert(key, randomObject(random, depth - 1));
    }
    return object;
}

// The oracle: QJsonObject's own view of the leaves, flattened the documented way.
void flattenWithQt(const QJsonObject &object, const QString &prefix, QHash<QString, QString> *out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.value().isObject())
            flattenWithQt(it.value().toObject(), key, out);
        else if (it.value().isString())
            out->insert(key, it.value().toString());
        else
            out->insert(key, QString::number(it.value().toInteger()));
    }
}

} // namespace

void TestJsonReader::matchesQtJsonOnGeneratedObjects()
{
    // 300 objects with escapes, nesting and unicode, written by Qt's serialiser both compact and
    // indented; every field must equal what QJsonObject itself holds.
    QRandomGenerator random(20240301);
    QJsonArray array;
    QList<QHash<QString, QString>> expected;
    for (int i = 0; i < 300; ++i) {
        const QJsonObject object = randomObject(random, 2);
        array.append(object);
        QHash<QString, QString> leaves;
        flattenWithQt(object, QString(), &leaves);
        expected.append(leaves);
    }
    for (const auto layout : {QJsonDocument::Compact, QJsonDocument::Indented}) {
        QString error;
        auto reader = readerFor(QJsonDocument(array).toJson(layout), &error);
        QVERIFY2(reader, qPrintable(error));
        const QStringList headers = reader->headers();
        SourceRow row;
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY(reader->next(&row));
            QCOMPARE(row.fields.size(), headers.size());
            QHash<QString, QString> actual;
            for (int c = 0; c < headers.size(); ++c) {
                if (expected[i].contains(headers[c]))
                    actual.insert(headers[c], row.fields[c]);
                else
                    QCOMPARE(row.fields[c], QString());
            }
            QCOMPARE(actual, expected[i]);
            QCOMPARE(QJsonDocument::fromJson(row.raw.toUtf8()).object(), array.at(i).toObject());
        }
        QVERIFY(!reader->next(&row));
    }
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
