#include "ingest/csvreader.h"
#include "ingest/tablereader.h"
#include "ingest/textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

#include <sys/stat.h>

using namespace fc;

using Records = QList<QStringList>;

namespace {

ReaderOptions csvOptions(const QString &delimiter = QStringLiteral("auto"), int headerRow = 1,
                         const QString &encoding = QStringLiteral("auto"))
{
    ReaderOptions options;
    options.delimiter = delimiter;
    options.headerRow = headerRow;
    options.encoding = encoding;
    options.format = QStringLiteral("auto");
    return options;
}

// Reads every data record; fails the test if the reader cannot be created.
QList<SourceRow> readRows(TableReader *reader)
{
    QList<SourceRow> rows;
    SourceRow row;
    while (reader->next(&row))
        rows.append(row);
    return rows;
}

Records fieldsOf(const QList<SourceRow> &rows)
{
    Records out;
    for (const SourceRow &row : rows)
        out.append(row.fields);
    return out;
}

} // namespace

/** Reader tests for delimited text: RFC 4180 parsing, detection, headers, encodings, errors. */
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void rfc4180_data();
    void rfc4180();
    void rowAndLineNumbers();
    void unterminatedQuote();
    void unterminatedQuoteInHeader();
    void delimiterDetection_data();
    void delimiterDetection();
    void explicitDelimiter_data();
    void explicitDelimiter();
    void invalidDelimiter();
    void headerRowWithTitleLine();
    void noHeaderRow();
    void headerRowBeyondFile();
    void duplicateAndEmptyHeaders();
    void raggedRows();
    void encodings_data();
    void encodings();
    void encodingErrors_data();
    void encodingErrors();
    void windows1252TableMatchesPython();
    void utf8Validation_data();
    void utf8Validation();
    void formatSelection_data();
    void formatSelection();
    void openFile();
    void progress();
    void manyRows();
    void piecesOfAnySize_data();
    void piecesOfAnySize();
    void recordLongerThanManyPieces();
    void encodingDecidedOverTheWholeFile_data();
    void encodingDecidedOverTheWholeFile();
    void hashOfWhatWasRead();
    void openPipe();
};

void TestCsvReader::rfc4180_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Records>("expected");

    QTest::newRow("plain") << QByteArray("a,b,c\n1,2,3\n") << Records{{"a", "b", "c"}, {"1", "2", "3"}};
    QTest::newRow("quoted delimiter") << QByteArray("\"Khan, Amy\",12\n") << Records{{"Khan, Amy", "12"}};
    QTest::newRow("doubled quotes") << QByteArray("\"He said \"\"hi\"\"\",x\n")
                                    << Records{{"He said \"hi\"", "x"}};
    QTest::newRow("only a doubled quote") << QByteArray("\"\"\"\",x") << Records{{"\"", "x"}};
    QTest::newRow("embedded LF") << QByteArray("\"line1\nline2\",x\ny,z\n")
                                 << Records{{"line1\nline2", "x"}, {"y", "z"}};
    QTest::newRow("embedded CRLF kept") << QByteArray("\"a\r\nb\",c\r\n") << Records{{"a\r\nb", "c"}};
    QTest::newRow("CRLF endings") << QByteArray("a,b\r\nc,d\r\n") << Records{{"a", "b"}, {"c", "d"}};
    QTest::newRow("LF endings") << QByteArray("a,b\nc,d\n") << Records{{"a", "b"}, {"c", "d"}};
    QTest::newRow("lone CR endings") << QByteArray("a,b\rc,d\r") << Records{{"a", "b"}, {"c", "d"}};
    QTest::newRow("no trailing newline") << QByteArray("a,b\nc,d") << Records{{"a", "b"}, {"c", "d"}};
    QTest::newRow("trailing delimiter")
        << QByteArray("a,b,\nc,d,\n") << Records{{"a", "b", ""}, {"c", "d", ""}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << Records{{"", "", ""}};
    QTest::newRow("quoted empty field") << QByteArray("\"\",x\n") << Records{{"", "x"}};
    QTest::newRow("empty lines skipped") << QByteArray("\na\n\n\r\n\rb\n\n") << Records{{"a"}, {"b"}};
    QTest::newRow("never trimmed") << QByteArray(" a , b \n") << Records{{" a ", " b "}};
    QTest::newRow("spaces only line is a record") << QByteArray("  \nx\n") << Records{{"  "}, {"x"}};
    QTest::newRow("quote inside unquoted field") << QByteArray("5\" pipe,x\n") << Records{{"5\" pipe", "x"}};
    // Not RFC 4180, but spreadsheets keep the text after a closing quote rather than drop it.
    QTest::newRow("text after closing quote") << QByteArray("\"ab\"c,d\n") << Records{{"abc", "d"}};
    QTest::newRow("quoted delimiter and newline at end")
        << QByteArray("x,\"a,\nb\"") << Records{{"x", "a,\nb"}};
}

void TestCsvReader::rfc4180()
{
    QFETCH(QByteArray, input);
    QFETCH(Records, expected);
    QString error;
    auto reader =
        TableReader::fromData(input, QStringLiteral("t.csv"), csvOptions(QStringLiteral(","), 0), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(fieldsOf(readRows(reader.get())), expected);
    QCOMPARE(reader->errorString(), QString());
    QCOMPARE(reader->formatName(), QStringLiteral("csv"));
}

void TestCsvReader::rowAndLineNumbers()
{
    const QByteArray input = "id,note\r\n"            // line 1, row 1 (header)
                             "1,\"two\r\nlines\"\r\n" // lines 2-3, row 2
                             "\r\n"                   // line 4, empty: not a record
                             "2,plain\r\n"            // line 5, row 3
                             "3,\"x\"\"y\"";          // line 6, row 4, no final line break
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"id", "note"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0].rowNumber, 2);
    QCOMPARE(rows[0].lineNumber, 2);
    QCOMPARE(rows[0].fields, (QStringList{"1", "two\r\nlines"}));
    QCOMPARE(rows[0].raw, QStringLiteral("1,\"two\r\nlines\""));
    QCOMPARE(rows[1].rowNumber, 3);
    QCOMPARE(rows[1].lineNumber, 5);
    QCOMPARE(rows[1].raw, QStringLiteral("2,plain"));
    QCOMPARE(rows[2].rowNumber, 4);
    QCOMPARE(rows[2].lineNumber, 6);
    QCOMPARE(rows[2].fields, (QStringList{"3", "x\"y"}));
    QCOMPARE(rows[2].raw, QStringLiteral("3,\"x\"\"y\""));

    // Lone CR line ends count as lines too, inside quotes and out.
    auto cr = TableReader::fromData("h\r\"a\rb\"\rc\r", QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(cr, qPrintable(error));
    const QList<SourceRow> crRows = readRows(cr.get());
    QCOMPARE(crRows.size(), 2);
    QCOMPARE(crRows[0].lineNumber, 2);
    QCOMPARE(crRows[1].lineNumber, 4);
    QCOMPARE(crRows[1].rowNumber, 3);
}

void TestCsvReader::unterminatedQuote()
{
    const QByteArray input = "a,b\n1,2\n3,\"open\nmore\n";
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("data.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, (QStringList{"1", "2"}));
    QVERIFY(!reader->next(&row));
    QCOMPARE(
        reader->errorString(),
        QStringLiteral("data.csv: row 3 (line 3): a quoted field is not closed before the end of the file"));
    QVERIFY(!reader->next(&row)); // stays failed
}

void TestCsvReader::unterminatedQuoteInHeader()
{
    QString error;
    auto reader = TableReader::fromData("x,\"y\n1,2\n", QStringLiteral("h.csv"),
                                        csvOptions(QStringLiteral(",")), &error);
    QVERIFY(!reader);
    QCOMPARE(error, QStringLiteral(
                        "h.csv: row 1 (line 1): a quoted field is not closed before the end of the file"));
}

void TestCsvReader::delimiterDetection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("headerRow");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("headers");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << 1 << "," << QStringList{"a", "b", "c"};
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("Name;Amount;Town\nKhan, Amy;1,50;Leeds\nSmith, Bob;2,00;York\n") << 1 << ";"
        << QStringList{"Name", "Amount", "Town"};
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2,5\t3\n") << 1 << "\t" << QStringList{"a", "b", "c"};
    QTest::newRow("pipe with quoted pipe")
        << QByteArray("a|b\n\"x|y\"|2\n3|4\n") << 1 << "|" << QStringList{"a", "b"};
    QTest::newRow("comma with quoted semicolons")
        << QByteArray("a,b\n\"1;2;3\",4\n\"5;6;7\",8\n") << 1 << "," << QStringList{"a", "b"};
    QTest::newRow("semicolon after a title line")
        << QByteArray("Store incidents, March 2024\nDate;Store;Value\n01/03;Leeds;5\n02/03;York;7\n") << 2
        << ";" << QStringList{"Date", "Store", "Value"};
    QTest::newRow("single column defaults to comma")
        << QByteArray("name\nAmy\nBob\n") << 1 << "," << QStringList{"name"};
}

void TestCsvReader::delimiterDetection()
{
    QFETCH(QByteArray, input);
    QFETCH(int, headerRow);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, headers);
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"),
                                        csvOptions(QStringLiteral("auto"), headerRow), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->delimiter(), delimiter);
    QCOMPARE(reader->headers(), headers);
}

void TestCsvReader::explicitDelimiter_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<QStringList>("firstRow");

    QTest::newRow("tab word") << "tab" << QByteArray("a\tb\n1,5\t2\n") << "\t" << QStringList{"1,5", "2"};
    QTest::newRow("backslash t") << "\\t" << QByteArray("a\tb\n1,5\t2\n") << "\t" << QStringList{"1,5", "2"};
    QTest::newRow("tab character") << "\t" << QByteArray("a\tb\n1,5\t2\n") << "\t" << QStringList{"1,5", "2"};
    // An explicit delimiter wins over what detection would choose.
    QTest::newRow("semicolon on comma data")
        << ";" << QByteArray("a,b;c\n1,2;3\n") << ";" << QStringList{"1,2", "3"};
    QTest::newRow("colon") << ":" << QByteArray("a:b\n1:2\n") << ":" << QStringList{"1", "2"};
}

void TestCsvReader::explicitDelimiter()
{
    QFETCH(QString, option);
    QFETCH(QByteArray, input);
    QFETCH(QString, delimiter);
    QFETCH(QStringList, firstRow);
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), csvOptions(option), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->delimiter(), delimiter);
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, firstRow);
}

void TestCsvReader::invalidDelimiter()
{
    QString error;
    QVERIFY(
        !TableReader::fromData("a,b\n", QStringLiteral("t.csv"), csvOptions(QStringLiteral("ab")), &error));
    QVERIFY2(error.contains(QLatin1String("t.csv")) && error.contains(QLatin1String("\"ab\"")),
             qPrintable(error));
    QVERIFY(
        !TableReader::fromData("a,b\n", QStringLiteral("t.csv"), csvOptions(QStringLiteral("\"")), &error));
}

void TestCsvReader::headerRowWithTitleLine()
{
    const QByteArray input = "Monthly loss report\nid,name\n1,Amy\n2,Bob\n";
    QString error;
    auto reader =
        TableReader::fromData(input, QStringLiteral("t.csv"), csvOptions(QStringLiteral("auto"), 2), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"id", "name"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(fieldsOf(rows), (Records{{"1", "Amy"}, {"2", "Bob"}}));
    QCOMPARE(rows[0].rowNumber, 3);
    QCOMPARE(rows[0].lineNumber, 3);
    QCOMPARE(rows[1].rowNumber, 4);
}

void TestCsvReader::noHeaderRow()
{
    QString error;
    auto reader = TableReader::fromData("1,Amy\n2,Bob,extra\n", QStringLiteral("t.csv"),
                                        csvOptions(QStringLiteral("auto"), 0), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"Column 1", "Column 2", "Column 3"}));
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].rowNumber, 1);
    QCOMPARE(rows[0].fields, (QStringList{"1", "Amy"}));
    QCOMPARE(rows[1].rowNumber, 2);
}

void TestCsvReader::headerRowBeyondFile()
{
    QString error;
    QVERIFY(!TableReader::fromData("a,b\n1,2\n", QStringLiteral("short.csv"),
                                   csvOptions(QStringLiteral(","), 5), &error));
    QCOMPARE(error,
             QStringLiteral("short.csv: the header should be record 5 but the file has only 2 records"));
    QVERIFY(!TableReader::fromData("\r\n\n", QStringLiteral("empty.csv"), csvOptions(), &error));
    QCOMPARE(error, QStringLiteral("empty.csv has no records: expected a header in record 1"));
}

void TestCsvReader::duplicateAndEmptyHeaders()
{
    QString error;
    auto reader = TableReader::fromData("\xEF\xBB\xBF\"id\",name,,name,id, \n1,2,3,4,5,6\n",
                                        QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->encoding(), QStringLiteral("utf-8-bom"));
    QCOMPARE(reader->headers(), (QStringList{"id", "name", "Column 3", "name (2)", "id (2)", "Column 6"}));
    // A header name carrying a placeholder keeps it as written when it is made unique.
    reader = TableReader::fromData("Loss %1,Loss %1\n1,2\n", QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->headers(), (QStringList{"Loss %1", "Loss %1 (2)"}));
}

void TestCsvReader::raggedRows()
{
    QString error;
    auto reader =
        TableReader::fromData("a,b,c\n1,2\n3,4,5,6\n\"7\"\n", QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->delimiter(), QStringLiteral(","));
    QCOMPARE(reader->headers(), (QStringList{"a", "b", "c"}));
    QCOMPARE(fieldsOf(readRows(reader.get())), (Records{{"1", "2"}, {"3", "4", "5", "6"}, {"7"}}));
    QCOMPARE(reader->errorString(), QString());
}

void TestCsvReader::encodings_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("firstRow");

    const QStringList nv{"n", "v"};
    // "n,v\nZoë,€5\n": ë U+00EB, € U+20AC.
    const QStringList zoeEuro{QStringLiteral("Zo\u00EB"), QStringLiteral("\u20AC5")};
    const QByteArray utf8("n,v\nZo\xC3\xAB,\xE2\x82\xAC"
                          "5\n");
    QTest::newRow("utf-8 without BOM") << utf8 << "auto"
                                       << "utf-8" << nv << zoeEuro;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << "auto"
                                    << "utf-8-bom" << nv << zoeEuro;
    QTest::newRow("utf-8 explicit") << utf8 << "UTF-8"
                                    << "utf-8" << nv << zoeEuro;
    const QByteArray le = QByteArray::fromHex("fffe"
                                              "6e002c0076000a00"
                                              "5a006f00eb002c00ac2035000a00");
    const QByteArray be = QByteArray::fromHex("feff"
                                              "006e002c0076000a"
                                              "005a006f00eb002c20ac0035000a");
    QTest::newRow("utf-16le with BOM") << le << "auto"
                                       << "utf-16le" << nv << zoeEuro;
    QTest::newRow("utf-16be with BOM") << be << "auto"
                                       << "utf-16be" << nv << zoeEuro;
    QTest::newRow("utf-16 explicit, BOM says BE") << be << "utf-16"
                                                  << "utf-16be" << nv << zoeEuro;
    QTest::newRow("utf-16 explicit, no BOM means LE") << le.mid(2) << "utf-16"
                                                      << "utf-16le" << nv << zoeEuro;
    QTest::newRow("utf-16be explicit, no BOM") << be.mid(2) << "utf-16be"
                                               << "utf-16be" << nv << zoeEuro;

    // Windows-1252: £ 0xA3, € 0x80, “ 0x93, ” 0x94, ë 0xEB.
    const QByteArray cp1252 = QByteArray("item;price;note\nZo\xEB;\xA3"
                                         "5;\x80"
                                         "7 \x93sale\x94\n");
    const QStringList cpHeader{"item", "price", "note"};
    const QStringList cpRow{QStringLiteral("Zo\u00EB"), QStringLiteral("\u00A35"),
                            QStringLiteral("\u20AC7 \u201Csale\u201D")};
    QTest::newRow("windows-1252 detected") << cp1252 << "auto"
                                           << "windows-1252" << cpHeader << cpRow;
    QTest::newRow("windows-1252 explicit") << cp1252 << "windows-1252"
                                           << "windows-1252" << cpHeader << cpRow;
    QTest::newRow("cp1252 alias") << cp1252 << "cp1252"
                                  << "windows-1252" << cpHeader << cpRow;
    // Latin-1 when asked for: 0x80 and 0x93 become C1 controls, which is why auto never uses it.
    QTest::newRow("latin-1 explicit") << cp1252 << "latin-1"
                                      << "latin-1" << cpHeader
                                      << QStringList{QStringLiteral("Zo\u00EB"), QStringLiteral("\u00A35"),
                                                     QStringLiteral("\u00807 \u0093sale\u0094")};
    // Valid UTF-8 read as Windows-1252 on request: each byte is one character.
    // A lead byte at the very end with no UTF-8 before it: a 1252 "é", not UTF-8 cut short.
    QTest::newRow("windows-1252 ending in a lead byte")
        << QByteArray("n\nJos\xE9") << "auto"
        << "windows-1252" << QStringList{"n"} << QStringList{QStringLiteral("Jos\u00E9")};
    QTest::newRow("utf-8 bytes forced to 1252")
        << QByteArray("n\nZo\xC3\xAB\n") << "windows-1252"
        << "windows-1252" << QStringList{"n"} << QStringList{QStringLiteral("Zo\u00C3\u00AB")};
}

void TestCsvReader::encodings()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, option);
    QFETCH(QString, encoding);
    QFETCH(QStringList, header);
    QFETCH(QStringList, firstRow);
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"),
                                        csvOptions(QStringLiteral("auto"), 1, option), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->encoding(), encoding);
    QCOMPARE(reader->headers(), header);
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, firstRow);
}

void TestCsvReader::encodingErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("error");

    QTest::newRow("unknown encoding")
        << QByteArray("a\n") << "ebcdic"
        << "unknown encoding \"ebcdic\": expected auto, utf-8, utf-16, utf-16le, "
           "utf-16be, windows-1252 or latin-1";
    QTest::newRow("NUL byte") << QByteArray("a,b\n1\0,2\n", 9) << "auto"
                              << "file bin.csv looks binary: NUL byte at offset 5";
    QTest::newRow("NUL byte after BOM counts from file start")
        << QByteArray("\xEF\xBB\xBF"
                      "a\0",
                      5)
        << "auto"
        << "file bin.csv looks binary: NUL byte at offset 4";
    QTest::newRow("UTF-16 without BOM looks binary") << QByteArray::fromHex("61002c0062000a00") << "auto"
                                                     << "file bin.csv looks binary: NUL byte at offset 1";
    QTest::newRow("explicit utf-8, invalid byte")
        << QByteArray("ok\n\xA3"
                      "5\n")
        << "utf-8"
        << "file bin.csv is not valid UTF-8: byte 0xa3 at offset 3 (set the encoding to windows-1252 if it "
           "was saved by Excel)";
    QTest::newRow("odd UTF-16") << QByteArray::fromHex("fffe610062") << "auto"
                                << "file bin.csv is not valid UTF-16: it has an odd number of bytes";
    // "h\na" then a surrogate half: offsets count from the file start, BOM included.
    QTest::newRow("UTF-16LE high surrogate at the end")
        << QByteArray::fromHex("fffe68000a00610000d8") << "auto"
        << "file bin.csv is not valid UTF-16LE: an unpaired surrogate (0xd800) at offset 8";
    QTest::newRow("UTF-16LE high surrogate before a letter")
        << QByteArray::fromHex("fffe68000a00610000d862000a00") << "auto"
        << "file bin.csv is not valid UTF-16LE: an unpaired surrogate (0xd800) at offset 8";
    QTest::newRow("UTF-16BE low surrogate alone")
        << QByteArray::fromHex("feff0068000a0061de00000a") << "auto"
        << "file bin.csv is not valid UTF-16BE: an unpaired surrogate (0xde00) at offset 8";
    // UTF-8 cut inside its last character: "n\nZo" (4 bytes), "ë" (2), " " (1), then a lone 0xC3.
    const QByteArray cut("n\nZo\xC3\xAB \xC3");
    const QString cutMessage = "file bin.csv is not valid UTF-8: it ends inside a character (byte 0xc3 at offset 7 "
                               "starts one that is not finished): the file looks cut short";
    QTest::newRow("UTF-8 cut inside a character, auto") << cut << "auto" << cutMessage;
    QTest::newRow("UTF-8 cut inside a character, utf-8") << cut << "utf-8" << cutMessage;
    // A three-byte "€" (E2 82 AC) cut after two bytes, after a BOM: offsets count from the file start.
    QTest::newRow("UTF-8 cut inside a character, after a BOM")
        << QByteArray("\xEF\xBB\xBFn\n\xE2\x82\xAC\xE2\x82") << "auto"
        << "file bin.csv is not valid UTF-8: it ends inside a character (byte 0xe2 at offset 8 starts one that "
           "is not finished): the file looks cut short";
}

void TestCsvReader::encodingErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, option);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!TableReader::fromData(input, QStringLiteral("bin.csv"),
                                   csvOptions(QStringLiteral("auto"), 1, option), &message));
    QCOMPARE(message, error);
}

void TestCsvReader::windows1252TableMatchesPython()
{
    // data/cp1252_table.txt was written by data/make_cp1252_table.py from Python's cp1252 codec.
    QFile file(QStringLiteral(FC_TEST_DATA_DIR "/cp1252_table.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QByteArray all;
    QList<char16_t> expected;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split(' ');
        QCOMPARE(parts.size(), 2);
        all.append(char(parts[0].toInt(nullptr, 16)));
        expected.append(char16_t(parts[1].toUInt(nullptr, 16)));
    }
    QCOMPARE(all.size(), 256);
    const QString decoded = TextDecoder::fromWindows1252(all);
    QCOMPARE(decoded.size(), 256);
    for (int i = 0; i < 256; ++i)
        QCOMPARE(decoded.at(i).unicode(), expected.at(i));
}

void TestCsvReader::utf8Validation_data()
{
    // Offsets of the first byte a strict UTF-8 decoder (RFC 3629; Python's "strict") refuses.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("offset");

    QTest::newRow("ascii") << QByteArray("abc") << qsizetype(-1);
    QTest::newRow("two-byte") << QByteArray("Zo\xC3\xAB") << qsizetype(-1);
    QTest::newRow("three-byte euro") << QByteArray("\xE2\x82\xAC") << qsizetype(-1);
    QTest::newRow("four-byte emoji") << QByteArray("\xF0\x9F\x98\x80") << qsizetype(-1);
    QTest::newRow("U+FFFF") << QByteArray("\xEF\xBF\xBF") << qsizetype(-1);
    QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::newRow("overlong NUL") << QByteArray("ab\xC0\x80") << qsizetype(2);
    QTest::newRow("overlong slash") << QByteArray("\xE0\x80\xAF") << qsizetype(0);
    QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << qsizetype(1);
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
    QTest::newRow("truncated after 8 ascii") << QByteArray("abcdefgh\xC3") << qsizetype(8);
    QTest::newRow("lone continuation") << QByteArray("abcdefghij\x80") << qsizetype(10);
    QTest::newRow("1252 pound") << QByteArray("price \xA3"
                                              "5")
                                << qsizetype(6);
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, offset);
    QCOMPARE(TextDecoder::firstInvalidUtf8(bytes), offset);
    TextDecoder decoder;
    QString text;
    QVERIFY(decoder.decode(bytes, QStringLiteral("t"), &text));
    QCOMPARE(decoder.encoding(), offset < 0 ? QStringLiteral("utf-8") : QStringLiteral("windows-1252"));
}

void TestCsvReader::formatSelection_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("formatName");

    QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << "auto"
                         << "csv";
    QTest::newRow("json array after spaces and BOM") << QByteArray("\xEF\xBB\xBF \n [{\"a\":1}]") << "auto"
                                                     << "json";
    QTest::newRow("json lines") << QByteArray("{\"a\":1}\n{\"a\":2}\n") << "auto"
                                << "jsonl";
    QTest::newRow("pretty object") << QByteArray("{\n  \"a\": 1\n}\n") << "auto"
                                   << "json";
    QTest::newRow("tsv option") << QByteArray("a\tb\n") << "tsv"
                                << "csv";
    QTest::newRow("forced csv on brackets") << QByteArray("[x],y\n") << "csv"
                                            << "csv";
    // A '[' that cannot start JSON (SQL Server style headers) is left to the CSV reader.
    QTest::newRow("bracketed csv headers") << QByteArray("[Date],[Store]\n1,2\n") << "auto"
                                           << "csv";
    QTest::newRow("brace that cannot be JSON") << QByteArray("{a},b\n1,2\n") << "auto"
                                               << "csv";
}

void TestCsvReader::formatSelection()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, format);
    QFETCH(QString, formatName);
    ReaderOptions options = csvOptions();
    options.format = format;
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t"), options, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->formatName(), formatName);
    if (format == QLatin1String("tsv"))
        QCOMPARE(reader->delimiter(), QStringLiteral("\t"));

    options.format = QStringLiteral("xml");
    QVERIFY(!TableReader::fromData(input, QStringLiteral("t"), options, &error));
    QCOMPARE(error, QStringLiteral("t: unknown format \"xml\": expected auto, csv, json, jsonl or xlsx"));
}

void TestCsvReader::openFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("thefts.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("store;value\nLeeds;\xA3"
               "12\n");
    file.close();
    QString error;
    auto reader = TableReader::open(path, csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->delimiter(), QStringLiteral(";"));
    QCOMPARE(reader->encoding(), QStringLiteral("windows-1252"));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, (QStringList{"Leeds", QStringLiteral("\u00A3"
                                                              "12")}));

    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    QVERIFY(!TableReader::open(missing, csvOptions(), &error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot open %1: ").arg(missing)), qPrintable(error));
}

void TestCsvReader::progress()
{
    QString error;
    const QByteArray input = "h\n0123456789\n0123456789\n";
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->progress(), 2.0 / 24.0); // the header "h\n" is consumed
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(reader->progress(), 13.0 / 24.0);
    QVERIFY(reader->next(&row));
    QCOMPARE(reader->progress(), 1.0);
}

void TestCsvReader::manyRows()
{
    // 200,000 rows x 10 columns with quoted, doubled-quote and multi-line fields; the expected
    // values come from the generating formula, not from the reader.
    const int count = 200000;
    QByteArray input = "c1,c2,c3,c4,c5,c6,c7,c8,c9,c10\r\n";
    input.reserve(count * 80);
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        input += n + ",name " + n + ",\"Khan, " + n + "\",\"say \"\"" + n + "\"\"\"," + n + ".50,," +
                 (i % 1000 == 0 ? "\"two\nlines\"" : "x") + ",LS1 4AP,2024-03-01,end" + n + "\r\n";
    }
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("big.csv"), csvOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->delimiter(), QStringLiteral(","));
    QCOMPARE(reader->headers().size(), 10);
    SourceRow row;
    SourceRow last;
    qint64 rows = 0;
    bool allTen = true;
    while (reader->next(&row)) {
        ++rows;
        allTen = allTen && row.fields.size() == 10;
        last = row;
    }
    QCOMPARE(reader->errorString(), QString());
    QCOMPARE(rows, count);
    QVERIFY(allTen);
    QCOMPARE(last.rowNumber, count + 1);
    // Line of the last record: header + one line a row + one extra line every 1000th row.
    QCOMPARE(last.lineNumber, 1 + count + 199); // rows 1000, 2000 ... 199000 take two lines
    QCOMPARE(last.fields, (QStringList{"200000", "name 200000", "Khan, 200000", "say \"200000\"", "200000.50",
                                       "", "two\nlines", "LS1 4AP", "2024-03-01", "end200000"}));
}

namespace {

// Hand-written bytes of the piecesOfAnySize text in each encoding (not produced by the reader's
// own decoder): UTF-16 code units written out, Windows-1252 with its one-byte euro (0x80).
QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF), hi = char(u >> 8);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

} // namespace

void TestCsvReader::piecesOfAnySize_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("symbols"); // column 2 of the second record as written

    // A quoted CRLF, an empty line, 2-, 3- and 4-byte UTF-8, doubled quotes, a lone CR, an LF,
    // an empty field and no final line break: each falls across a piece boundary at some size.
    const QString text = QStringLiteral("id,name,note\r\n"
                                        "1,Zo\u00EB,\"line one\r\nline two\"\r\n"
                                        "\r\n"
                                        "2,\u20AC5 \U0001F600,\"say \"\"hi\"\"\"\r"
                                        "3,,\n"
                                        "4,last,no break");
    const QString symbols = QStringLiteral("\u20AC5 \U0001F600");
    QTest::newRow("utf-8") << text.toUtf8() << "utf-8" << symbols;
    QTest::newRow("utf-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "utf-8-bom" << symbols;
    QTest::newRow("utf-16le") << utf16(text, true) << "utf-16le" << symbols;
    QTest::newRow("utf-16be") << utf16(text, false) << "utf-16be" << symbols;
    QByteArray cp1252 = text.toLatin1();
    cp1252.replace("\xEB", "\xEB"); // ë is 0xEB in both
    const qsizetype at = cp1252.indexOf("2,") + 2;
    cp1252 = cp1252.left(at) + QByteArray("\x80" "5 :)") + cp1252.mid(cp1252.indexOf(",\"say"));
    QTest::newRow("windows-1252") << cp1252 << "windows-1252" << QStringLiteral("\u20AC5 :)");
}

void TestCsvReader::piecesOfAnySize()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, encoding);
    QFETCH(QString, symbols);
    // The detection's sample is kept short (else the whole text is read before the first record),
    // and varied with the piece size so that the pieces end at every place in the text.
    for (int variant = 0; variant < 7 * 24; ++variant) {
        const qsizetype block = QList<qsizetype>{1, 2, 3, 5, 7, 64, 1 << 20}.at(variant % 7);
        ReaderOptions options = csvOptions();
        options.readBlockBytes = block;
        options.sampleCharacters = 1 + variant / 7;
        QString error;
        auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->encoding(), encoding);
        QCOMPARE(reader->delimiter(), QStringLiteral(","));
        QCOMPARE(reader->headers(), (QStringList{"id", "name", "note"}));
        double progress = reader->progress();
        QList<SourceRow> rows;
        SourceRow row;
        while (reader->next(&row)) {
            QVERIFY2(reader->progress() >= progress, qPrintable(QString::number(variant)));
            progress = reader->progress();
            rows.append(row);
        }
        QCOMPARE(reader->errorString(), QString());
        QCOMPARE(reader->progress(), 1.0);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].fields, (QStringList{"1", QStringLiteral("Zo\u00EB"), "line one\r\nline two"}));
        QCOMPARE(rows[1].fields, (QStringList{"2", symbols, "say \"hi\""}));
        QCOMPARE(rows[2].fields, (QStringList{"3", "", ""}));
        QCOMPARE(rows[3].fields, (QStringList{"4", "last", "no break"}));
        QCOMPARE(rows[0].raw, QStringLiteral("1,Zo\u00EB,\"line one\r\nline two\""));
        QCOMPARE(rows[1].raw, QStringLiteral("2,%1,\"say \"\"hi\"\"\"").arg(symbols));
        QCOMPARE(rows[3].raw, QStringLiteral("4,last,no break"));
        // Records 2..5; lines 2 (two lines long), 5 (after the empty line 4), 6, 7.
        QCOMPARE((QList<qint64>{rows[0].rowNumber, rows[1].rowNumber, rows[2].rowNumber, rows[3].rowNumber}),
                 (QList<qint64>{2, 3, 4, 5}));
        QCOMPARE((QList<qint64>{rows[0].lineNumber, rows[1].lineNumber, rows[2].lineNumber, rows[3].lineNumber}),
                 (QList<qint64>{2, 5, 6, 7}));
    }
}

void TestCsvReader::recordLongerThanManyPieces()
{
    // A 300,000-character quoted narrative with line breaks, read 1,000 bytes at a time.
    QByteArray narrative;
    for (int i = 0; i < 30000; ++i)
        narrative += (i % 100 == 99) ? "123456789\n" : "1234567890";
    const QByteArray input = "ref,narrative\nA1,\"" + narrative + "\"\nA2,short\n";
    ReaderOptions options = csvOptions();
    options.readBlockBytes = 1000;
    QString error;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), options, &error);
    QVERIFY2(reader, qPrintable(error));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields.size(), 2);
    QCOMPARE(row.fields[1].size(), 300000);
    QCOMPARE(row.fields[1], QString::fromLatin1(narrative));
    QVERIFY(reader->next(&row));
    QCOMPARE(row.fields, (QStringList{"A2", "short"}));
    QCOMPARE(row.lineNumber, 3 + 300); // 300 line breaks inside the narrative
    QVERIFY(!reader->next(&row));
    QCOMPARE(reader->errorString(), QString());
}

void TestCsvReader::encodingDecidedOverTheWholeFile_data()
{
    // The encoding is decided over every byte, in blocks of 1 MiB (TextDecoder::detect): a
    // character across the first block boundary, and the one byte that is not UTF-8 far past
    // the first piece the reader decodes.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("error");

    const qsizetype mib = 1 << 20;
    const QByteArray head = "h\n";
    const QByteArray fill(mib - head.size() - 1, 'a');
    QTest::newRow("ë across the block boundary")
        << head + fill + "\xC3\xAB\n" << "auto" << "utf-8" << QString();
    QTest::newRow("€ across the block boundary, one byte before")
        << head + fill.chopped(1) + "\xE2\x82\xAC\n" << "auto" << "utf-8" << QString();
    QTest::newRow("1252 é far into the file")
        << head + fill + fill + "\xE9x\n" << "auto" << "windows-1252" << QString();
    QTest::newRow("explicit utf-8, bad byte after the first block")
        << head + fill + "b\xE9x\n" << "utf-8" << QString()
        << QStringLiteral("file t.csv is not valid UTF-8: byte 0xe9 at offset %1 (set the encoding to "
                          "windows-1252 if it was saved by Excel)").arg(mib);
    QTest::newRow("NUL after the first block")
        << head + fill + QByteArray("bc\0\n", 4) << "auto" << QString()
        << QStringLiteral("file t.csv looks binary: NUL byte at offset %1").arg(mib + 1);
    QTest::newRow("UTF-8 cut short after the first block")
        << head + "Zo\xC3\xAB\n" + fill + "\xE2\x82" << "auto" << QString()
        << QStringLiteral("file t.csv is not valid UTF-8: it ends inside a character (byte 0xe2 at offset %1 "
                          "starts one that is not finished): the file looks cut short").arg(mib + 4);
}

void TestCsvReader::encodingDecidedOverTheWholeFile()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, option);
    QFETCH(QString, encoding);
    QFETCH(QString, error);
    ReaderOptions options = csvOptions(QStringLiteral("auto"), 1, option);
    options.readBlockBytes = 4096;
    QString message;
    auto reader = TableReader::fromData(input, QStringLiteral("t.csv"), options, &message);
    if (!error.isEmpty()) {
        QVERIFY(!reader);
        QCOMPARE(message, error);
        return;
    }
    QVERIFY2(reader, qPrintable(message));
    QCOMPARE(reader->encoding(), encoding);
    const QList<SourceRow> rows = readRows(reader.get());
    QCOMPARE(reader->errorString(), QString());
    QVERIFY(!rows.isEmpty());
    const QString expected = QString::fromUtf8(input.mid(2)).trimmed(); // the data lines, as UTF-8
    if (encoding == QLatin1String("utf-8"))
        QCOMPARE(rows.last().fields.last().right(3), expected.right(3));
    else
        QCOMPARE(rows.last().fields.last().right(2), QStringLiteral("\u00E9x"));
}

void TestCsvReader::hashOfWhatWasRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QByteArray bytes = "ref,value\n";
    for (int i = 0; i < 30000; ++i) // more than the reader reads to start with
        bytes += "R" + QByteArray::number(i) + ",\xC2\xA3" + QByteArray::number(i) + ".00\n";
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QString original = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    ReaderOptions options = csvOptions();
    options.readBlockBytes = 100;
    QString error;
    auto reader = TableReader::open(path, options, &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sha256(), QString()); // not before the whole file has been read
    QCOMPARE(readRows(reader.get()).size(), 30000);
    QCOMPARE(reader->sha256(), original);

    // The same file changed (same size) after its first rows were read: the hash says so.
    reader = TableReader::open(path, options, &error);
    QVERIFY2(reader, qPrintable(error));
    SourceRow row;
    QVERIFY(reader->next(&row));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(bytes.size() - 3));
        file.write("99\n");
    }
    while (reader->next(&row)) {
    }
    QCOMPARE(row.fields.last(), QStringLiteral("\u00A329999.99"));
    QVERIFY(!reader->sha256().isEmpty());
    QVERIFY(reader->sha256() != original);

    // JSON is read whole: its hash is there from the start.
    const QByteArray json = "[{\"a\": 1}, {\"a\": 2}]";
    reader = TableReader::fromData(json, QStringLiteral("t.json"), ReaderOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->sha256(),
             QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
}

void TestCsvReader::openPipe()
{
    // A named pipe (or a shell's <(...)) cannot be read twice: it is read whole, then parsed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.csv"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    std::thread writer([&path] {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write("store;value\nLeeds;\xA3" "12\nYork;3\n");
    });
    QString error;
    auto reader = TableReader::open(path, csvOptions(), &error);
    writer.join();
    QVERIFY2(reader, qPrintable(error));
    QCOMPARE(reader->encoding(), QStringLiteral("windows-1252"));
    QCOMPARE(fieldsOf(readRows(reader.get())),
             (Records{{"Leeds", QStringLiteral("\u00A3" "12")}, {"York", "3"}}));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
