// Tests of the .xlsx workbook reader on workbooks written by real writers (openpyxl, XlsxWriter,
// LibreOffice): data/xlsx/make_workbooks.py made them, and the values expected here are the
// ones that script wrote (spelled out next to each), not what the reader read.

#include "ingest/tablereader.h"
#include "ingest/xlsxcellreference.h"
#include "ingest/xlsxreader.h"
#include "ingest/xlsxstyles.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(FC_TEST_DATA_DIR "/xlsx/") + name;
}

struct Read
{
    QStringList headers;
    QList<SourceRow> rows;
    QString error;
    QStringList notes;
    QString sheet;
    QString format;
};

Read readAll(const QString &path, ReaderOptions options = ReaderOptions())
{
    Read out;
    auto reader = TableReader::open(path, options, &out.error);
    if (!reader)
        return out;
    out.headers = reader->headers();
    out.sheet = reader->sheetName();
    out.format = reader->formatName();
    SourceRow row;
    while (reader->next(&row))
        out.rows << row;
    out.error = reader->errorString();
    out.notes = reader->notes();
    return out;
}

QStringList fields(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *v : values)
        list << QString::fromUtf8(v);
    return list;
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void cellReference_data();
    void cellReference();
    void serialToIso_data();
    void serialToIso();
    void numberText_data();
    void numberText();
    void kindOfFormat_data();
    void kindOfFormat();
    void openpyxl1900TitleRowsAndSparseCells();
    void secondSheetByName();
    void unknownSheetListsTheSheets();
    void mac1904();
    void richSharedStringsFormulasAndErrors();
    void inlineStrings();
    void libreOfficeWorkbook();
    void detectedByContentWhateverTheName();
    void sha256OfTheFileBytes();
    void bigSheetInBoundedMemory();
    void hostile_data();
    void hostile();
    void expandedSizeLimit();
};

void TestXlsxReader::cellReference_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("column");
    QTest::addColumn<qint64>("row");
    QTest::newRow("A1") << "A1" << true << 0 << qint64(1);
    QTest::newRow("lower") << "b7" << true << 1 << qint64(7);
    QTest::newRow("AA12") << "AA12" << true << 26 << qint64(12); // 26*1 + 1 - 1
    QTest::newRow("last") << "XFD1048576" << true << 16383 << qint64(1048576);
    QTest::newRow("past XFD") << "XFE1" << false << 0 << qint64(0);
    QTest::newRow("past last row") << "A1048577" << false << 0 << qint64(0);
    QTest::newRow("row 0") << "A0" << false << 0 << qint64(0);
    QTest::newRow("digits first") << "1A" << false << 0 << qint64(0);
    QTest::newRow("no row") << "AB" << false << 0 << qint64(0);
    QTest::newRow("empty") << "" << false << 0 << qint64(0);
}

void TestXlsxReader::cellReference()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, column);
    QFETCH(qint64, row);
    int c = -1;
    qint64 r = -1;
    QCOMPARE(XlsxCellReference::parse(text, &c, &r), valid);
    if (valid) {
        QCOMPARE(c, column);
        QCOMPARE(r, row);
        QCOMPARE(XlsxCellReference::columnLetters(c), text.toUpper().left(text.indexOf(QRegularExpression("[0-9]"))));
    }
}

void TestXlsxReader::serialToIso_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    const int date = int(XlsxStyles::Kind::Date);
    const int time = int(XlsxStyles::Kind::Time);
    const int dateTime = int(XlsxStyles::Kind::DateTime);
    // ECMA-376 Part 1, 18.17.4.1: in the 1900 system serial 1 is 1900-01-01 and serial 60 the
    // non-existent 1900-02-29 (kept for Lotus 1-2-3); in the 1904 system serial 0 is 1904-01-01.
    QTest::newRow("1900 serial 1") << 1.0 << date << false << "1900-01-01";
    QTest::newRow("1900 serial 59") << 59.0 << date << false << "1900-02-28";
    QTest::newRow("1900 serial 60 (the false leap day)") << 60.0 << date << false << "1900-02-29";
    QTest::newRow("1900 serial 61") << 61.0 << date << false << "1900-03-01";
    // 2023-01-15: 123 years after 1900-01-01 less the leap day offset: Excel shows 44941 as 15/01/2023.
    QTest::newRow("1900 2023-01-15") << 44941.0 << date << false << "2023-01-15";
    // 1462 days separate the systems (1900-01-01..1904-01-01 is 1461 days, plus the false leap day).
    QTest::newRow("1900 serial 1462 is the 1904 epoch") << 1462.0 << date << false << "1904-01-01";
    QTest::newRow("1904 serial 0") << 0.0 << date << true << "1904-01-01";
    QTest::newRow("1904 2023-01-15") << 43479.0 << date << true << "2023-01-15";
    QTest::newRow("noon") << 0.5 << time << false << "12:00:00";
    // 14:30:05 is 52205 s = 0.604224537037... of a day; a written value one ulp off still rounds.
    QTest::newRow("date-time rounds to the second") << 44941.60422453703 << dateTime << false
                                                    << "2023-01-15T14:30:05";
    QTest::newRow("last second of a day") << 0.999988425925926 << time << false << "23:59:59";
    QTest::newRow("time past a day is a date-time") << 1.5 << time << true << "1904-01-02T12:00:00";
    QTest::newRow("date ignores the time") << 44941.75 << date << false << "2023-01-15";
    QTest::newRow("negative: not a date") << -1.0 << date << false << "";
    QTest::newRow("9999-12-31") << 2958465.0 << date << false << "9999-12-31";
    QTest::newRow("past 9999: not a date") << 2958466.0 << date << false << "";
}

void TestXlsxReader::serialToIso()
{
    QFETCH(double, serial);
    QFETCH(int, kind);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    QCOMPARE(XlsxStyles::serialToIso(serial, XlsxStyles::Kind(kind), date1904), expected);
}

void TestXlsxReader::numberText_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("integer without .0") << 3.0 << "3";
    QTest::newRow("large integer") << 1234567.0 << "1234567";
    QTest::newRow("float noise") << 0.30000000000000004 << "0.3"; // 0.1 + 0.2; Excel shows 0.3
    QTest::newRow("noise below 15 digits") << 1.0000000000000002 << "1";
    QTest::newRow("real digits kept") << 1.0000000002 << "1.0000000002";
    QTest::newRow("negative") << -4.25 << "-4.25";
    QTest::newRow("small") << 1e-7 << "1e-07";
}

void TestXlsxReader::numberText()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(XlsxStyles::numberText(value), expected);
}

void TestXlsxReader::kindOfFormat_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");
    const int number = int(XlsxStyles::Kind::Number);
    const int date = int(XlsxStyles::Kind::Date);
    const int time = int(XlsxStyles::Kind::Time);
    const int dateTime = int(XlsxStyles::Kind::DateTime);
    // ECMA-376 Part 1, 18.8.30: built-in ids 14-17 dates, 18-21 and 45-47 times, 22 date-time.
    QTest::newRow("General") << 0 << "" << number;
    QTest::newRow("0.00") << 2 << "" << number;
    QTest::newRow("14") << 14 << "" << date;
    QTest::newRow("17") << 17 << "" << date;
    QTest::newRow("18") << 18 << "" << time;
    QTest::newRow("21") << 21 << "" << time;
    QTest::newRow("22") << 22 << "" << dateTime;
    QTest::newRow("45") << 45 << "" << time;
    QTest::newRow("47") << 47 << "" << time;
    QTest::newRow("49 text") << 49 << "" << number;
    QTest::newRow("dd/mm/yyyy") << 164 << "dd/mm/yyyy" << date;
    QTest::newRow("d mmmm yyyy") << 165 << "d mmmm yyyy" << date;
    QTest::newRow("locale prefix") << 166 << "[$-809]dd mmmm yyyy;@" << date;
    QTest::newRow("yyyy-mm-dd hh:mm:ss") << 167 << "yyyy-mm-dd hh:mm:ss" << dateTime;
    QTest::newRow("LibreOffice AM/PM") << 168 << "mm/dd/yy\\ hh:mm\\ AM/PM" << dateTime;
    QTest::newRow("hh:mm") << 169 << "hh:mm" << time;
    QTest::newRow("mm:ss") << 170 << "mm:ss" << time;
    QTest::newRow("elapsed hours") << 171 << "[h]:mm" << time;
    QTest::newRow("custom General") << 172 << "General" << number;
    QTest::newRow("quoted days") << 173 << "0 \"days\"" << number;
    QTest::newRow("colour") << 174 << "[Red]0.00;[Blue]-0.00" << number;
    QTest::newRow("scientific") << 175 << "0.00E+00" << number;
    QTest::newRow("escaped d") << 176 << "0\\d" << number;
}

void TestXlsxReader::kindOfFormat()
{
    QFETCH(int, id);
    QFETCH(QString, code);
    QFETCH(int, kind);
    QCOMPARE(int(XlsxStyles::kindOfFormat(id, code)), kind);
}

void TestXlsxReader::openpyxl1900TitleRowsAndSparseCells()
{
    // incidents_1900(): two title rows, the header in row 3, row 6 not written at all.
    ReaderOptions options;
    options.headerRow = 3;
    const Read r = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.format, QStringLiteral("xlsx"));
    QCOMPARE(r.sheet, QStringLiteral("Incidents"));
    QCOMPARE(r.headers, fields({"Ref", "Store", "Date", "Reported", "Time", "Value", "Count", "Arrested", "Note"}));
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(r.rows.at(0).rowNumber, 4);
    // date(2023,1,15) dd/mm/yyyy; datetime(2023,1,15,14,30,5); time(9,5) hh:mm; 12.5; 3; True
    QCOMPARE(r.rows.at(0).fields, fields({"INC-1", "Leeds", "2023-01-15", "2023-01-15T14:30:05", "09:05:00",
                                          "12.5", "3", "true", "first"}));
    // Store not written; date(1900,1,1) with mm-dd-yy (built-in 14); datetime(2024,2,29,23,59,59);
    // 0.1 + 0.2; 1234567; False; the Time and Note cells not written.
    QCOMPARE(r.rows.at(1).rowNumber, 5);
    QCOMPARE(r.rows.at(1).fields, fields({"INC-2", "", "1900-01-01", "2024-02-29T23:59:59", "", "0.3", "1234567",
                                          "false", ""}));
    // Row 6 was never written: the next record is row 7, with a value in L7 beyond the header.
    QCOMPARE(r.rows.at(2).rowNumber, 7);
    QCOMPARE(r.rows.at(2).fields,
             fields({"INC-3", "York", "1900-03-01", "2000-01-01T00:00:00", "23:59:59", "-4.25", "1e-07", "",
                     "comma, \"quoted\"", "", "", "beyond"}));
    QCOMPARE(r.rows.at(2).raw, QStringLiteral("INC-3,York,1900-03-01,2000-01-01T00:00:00,23:59:59,-4.25,1e-07,,"
                                              "\"comma, \"\"quoted\"\"\",,,beyond"));
    // date(1900,2,28): serial 59, before Excel's false leap day.
    QCOMPARE(r.rows.at(3).fields, fields({"INC-4", "", "1900-02-28", "", "", "", "", "", ""}));
    QVERIFY(r.notes.isEmpty());

    // With the default header row the first title is the header, the rest generated names.
    const Read titled = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")));
    QVERIFY2(titled.error.isEmpty(), qPrintable(titled.error));
    QCOMPARE(titled.headers, fields({"Store incidents export"}));
    QCOMPARE(titled.rows.first().rowNumber, 2);
    QCOMPARE(titled.rows.first().fields, fields({"Northern region, week 3"}));

    // Without a header, columns are named by the sheet's dimension (A1:L8).
    options.headerRow = 0;
    const Read none = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QVERIFY2(none.error.isEmpty(), qPrintable(none.error));
    QCOMPARE(none.headers.size(), 12);
    QCOMPARE(none.headers.first(), QStringLiteral("Column 1"));
    QCOMPARE(none.rows.size(), 7);
    QCOMPARE(none.rows.first().fields.first(), QStringLiteral("Store incidents export"));

    // A header row past the last row.
    options.headerRow = 20;
    const Read past = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QVERIFY(past.error.contains(QLatin1String("incidents_1900.xlsx")));
    QVERIFY2(past.error.contains(QLatin1String("ends before row 20")), qPrintable(past.error));
    // A header row that is empty (row 6).
    options.headerRow = 6;
    const Read empty = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QVERIFY2(empty.error.contains(QLatin1String("row 6, where the header should be, is empty")),
             qPrintable(empty.error));
}

void TestXlsxReader::secondSheetByName()
{
    ReaderOptions options;
    options.sheet = QStringLiteral("people"); // sheet names compare as Excel does, ignoring case
    const Read r = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.sheet, QStringLiteral("People"));
    QCOMPARE(r.headers, fields({"Name", "DOB"}));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).fields, fields({"KHAN Amy", "1984-07-03"}));   // dd/mm/yyyy
    QCOMPARE(r.rows.at(1).fields, fields({"Ben Ito", "1990-12-31"}));    // d mmmm yyyy
}

void TestXlsxReader::unknownSheetListsTheSheets()
{
    ReaderOptions options;
    options.sheet = QStringLiteral("Stores");
    const Read r = readAll(dataPath(QStringLiteral("incidents_1900.xlsx")), options);
    QCOMPARE(r.error, QStringLiteral("incidents_1900.xlsx has no sheet \"Stores\": its sheets are \"Incidents\", "
                                     "\"People\""));
}

void TestXlsxReader::mac1904()
{
    // mac_1904(): wb.epoch = CALENDAR_MAC_1904; dd/mm/yyyy and yyyy-mm-dd hh:mm:ss.
    auto path = dataPath(QStringLiteral("mac_1904.xlsx"));
    QString error;
    auto reader = TableReader::open(path, ReaderOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    QVERIFY(static_cast<XlsxReader *>(reader.get())->date1904());
    const Read r = readAll(path);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.headers, fields({"Ref", "Date", "When"}));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).fields, fields({"M-1", "2023-01-15", "2023-06-01T08:00:00"}));
    QCOMPARE(r.rows.at(1).fields, fields({"M-2", "1904-01-01", "1904-01-02T12:00:00"}));
    QCOMPARE(r.rows.at(2).fields, fields({"M-3", "2024-02-29", "1999-12-31T23:59:59"}));
}

void TestXlsxReader::richSharedStringsFormulasAndErrors()
{
    // xlsxwriter_books(), shared_rich.xlsx: a rich string "ALBANESE " + bold "Giuseppe" + " Domenico";
    // formulas =B2*2 (cached 42), =B3*2 (cached 10), =NA() (cached #N/A) in C2..C4.
    const Read r = readAll(dataPath(QStringLiteral("shared_rich.xlsx")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.headers, fields({"Name", "Qty", "Double"}));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).fields, fields({"ALBANESE Giuseppe Domenico", "21", "42"}));
    QCOMPARE(r.rows.at(1).fields, fields({"  spaced  ", "5", "10"}));
    QCOMPARE(r.rows.at(2).fields, fields({"with error", "", ""}));
    QCOMPARE(r.notes.size(), 2);
    QVERIFY2(r.notes.at(0).contains(QLatin1String("3 cells hold formulas")), qPrintable(r.notes.at(0)));
    QVERIFY2(r.notes.at(1).contains(QLatin1String("1 cells hold Excel errors (the first: #N/A in C4)")),
             qPrintable(r.notes.at(1)));
}

void TestXlsxReader::inlineStrings()
{
    // inline.xlsx (XlsxWriter constant_memory: inline strings, one rich), C3 beyond the header.
    const Read r = readAll(dataPath(QStringLiteral("inline.xlsx")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.headers, fields({"Name", "Town"}));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows.at(0).fields, fields({"Ada Lovelace", "London"}));
    QCOMPARE(r.rows.at(1).fields, fields({"Grace Hopper", "", "no header"}));
}

void TestXlsxReader::libreOfficeWorkbook()
{
    // libreoffice_books(): a UK CSV converted by LibreOffice; row 4 empty; formulas =C2*2...
    const Read r = readAll(dataPath(QStringLiteral("libreoffice.xlsx")));
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.headers, fields({"Ref", "Seen", "Qty", "Double"}));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows.at(0).fields, fields({"L-1", "2023-01-15", "21", "42"}));
    QCOMPARE(r.rows.at(1).fields, fields({"L-2", "2024-02-29T14:30:00", "5", "10"}));
    QCOMPARE(r.rows.at(2).rowNumber, 5);
    QCOMPARE(r.rows.at(2).fields, fields({"L-3", "1999-12-31", "-7", "-14"}));
    QCOMPARE(r.notes.size(), 1);
    QVERIFY(r.notes.at(0).contains(QLatin1String("3 cells hold formulas")));
}

void TestXlsxReader::detectedByContentWhateverTheName()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("export.dat"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("mac_1904.xlsx")), copy));
    const Read r = readAll(copy);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.format, QStringLiteral("xlsx"));
    QCOMPARE(r.rows.size(), 3);
    // Asking for xlsx of a CSV is an error, not a CSV read.
    ReaderOptions options;
    options.format = QStringLiteral("xlsx");
    QString error;
    QVERIFY(!TableReader::fromData("a,b\n1,2\n", QStringLiteral("t.csv"), options, &error));
    QVERIFY2(error.contains(QLatin1String("t.csv is not an Excel .xlsx workbook")), qPrintable(error));
}

void TestXlsxReader::sha256OfTheFileBytes()
{
    const QString path = dataPath(QStringLiteral("shared_rich.xlsx"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QString error;
    auto reader = TableReader::open(path, ReaderOptions(), &error);
    QVERIFY2(reader, qPrintable(error));
    SourceRow row;
    QVERIFY(reader->next(&row));
    QVERIFY(reader->sha256().isEmpty()); // not before every byte has been used
    while (reader->next(&row)) {
    }
    QCOMPARE(reader->sha256(), expected);
    QCOMPARE(reader->progress(), 1.0);
}

void TestXlsxReader::bigSheetInBoundedMemory()
{
    // big_100k(): 100,000 rows "R%06d" % i, i, 2000-01-01 + (i % 9000) days, stores[i % 5].
    QString error;
    auto opened = TableReader::open(dataPath(QStringLiteral("big_100k.xlsx")), ReaderOptions(), &error);
    QVERIFY2(opened, qPrintable(error));
    auto *reader = static_cast<XlsxReader *>(opened.get());
    QCOMPARE(reader->headers(), fields({"Ref", "Number", "Date", "Store"}));
    SourceRow row;
    qint64 count = 0;
    SourceRow first;
    SourceRow last;
    while (reader->next(&row)) {
        if (count == 0)
            first = row;
        last = row;
        ++count;
    }
    QVERIFY2(reader->errorString().isEmpty(), qPrintable(reader->errorString()));
    QCOMPARE(count, 100000);
    QCOMPARE(first.fields, fields({"R000001", "1", "2000-01-02", "York"}));
    // i = 100000: 100000 % 9000 = 1000 days after 2000-01-01 (366 + 365 days to 2002-01-01, then
    // 269 more: 31+28+31+30+31+30+31+31 = 243 to 1 September, +26) = 2002-09-27; stores[0].
    QCOMPARE(last.rowNumber, 100001);
    QCOMPARE(last.fields, fields({"R100000", "100000", "2002-09-27", "Leeds"}));
    const XlsxReader::Counters c = reader->counters();
    QCOMPARE(c.rowsRead, 100001);
    // Held at once: one row of four cells, and what one read from the zip brings in, however
    // long the sheet: the sheet's XML is many megabytes.
    QCOMPARE(c.mostRowsHeld, 1);
    QCOMPARE(c.mostCellsHeld, 4);
    QVERIFY2(c.sheetBytes > 10 * 1024 * 1024, qPrintable(QString::number(c.sheetBytes)));
    QVERIFY2(c.largestRead <= 64 * 1024, qPrintable(QString::number(c.largestRead)));
    QCOMPARE(c.sharedStrings, 0); // openpyxl writes inline strings
}

void TestXlsxReader::hostile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing part") << "missing_sheet.xlsx"
                                  << "missing_sheet.xlsx: the workbook has no part xl/worksheets/sheet1.xml";
    QTest::newRow("corrupt xml") << "corrupt_xml.xlsx"
                                 << "corrupt_xml.xlsx: the part xl/worksheets/sheet1.xml of the workbook is not "
                                    "valid XML (line ";
    QTest::newRow("zip bomb") << "zipbomb.xlsx"
                              << "zipbomb.xlsx: the part xl/worksheets/sheet1.xml of the workbook expands more "
                                 "than 500 times its compressed size: refused as a possible zip bomb";
    QTest::newRow("damaged deflate") << "bad_deflate.xlsx"
                                     << "bad_deflate.xlsx: the part xl/worksheets/sheet1.xml of the workbook is "
                                        "damaged";
    QTest::newRow("xls") << "old_excel.xls"
                         << "old_excel.xls is an Excel 97-2003 .xls workbook (or another old Office file), which "
                            "cannot be read: save it as .xlsx or CSV";
    QTest::newRow("xls named xlsx") << "old_excel_renamed.xlsx" << "old_excel_renamed.xlsx is an Excel 97-2003 .xls";
    QTest::newRow("not a zip") << "not_a_zip.xlsx" << "not_a_zip.xlsx is not an Excel .xlsx workbook";
    QTest::newRow("ods") << "calc.ods" << "calc.ods is a zip file but not an Excel workbook: it has no part "
                                          "xl/workbook.xml";
}

void TestXlsxReader::hostile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const Read r = readAll(dataPath(QStringLiteral("hostile/") + file));
    QVERIFY2(r.error.startsWith(expected), qPrintable(r.error));
}

void TestXlsxReader::expandedSizeLimit()
{
    // The bomb again, under a size limit of 8 MiB and no ratio limit: stopped at the size.
    auto file = std::make_unique<QFile>(dataPath(QStringLiteral("hostile/zipbomb.xlsx")));
    QVERIFY(file->open(QIODevice::ReadOnly));
    XlsxLimits limits;
    limits.maxRatio = 1e9;
    limits.maxSheetBytes = 8 << 20;
    XlsxReader reader(std::move(file), QStringLiteral("zipbomb.xlsx"), ReaderOptions(), limits);
    QString error;
    QVERIFY(!reader.start(&error));
    QCOMPARE(error, QStringLiteral("zipbomb.xlsx: the part xl/worksheets/sheet1.xml of the workbook expands to "
                                   "more than 8 MiB: refused as a possible zip bomb"));
    QVERIFY(reader.counters().sheetBytes <= (8 << 20) + 64 * 1024);

    // A password-protected workbook is an OLE2 file whose directory names EncryptedPackage.
    QByteArray encrypted("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    encrypted.append(QByteArray(504, '\0'));
    const QString name = QStringLiteral("EncryptedPackage");
    encrypted.append(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
    QVERIFY(!TableReader::fromData(encrypted, QStringLiteral("locked.xlsx"), ReaderOptions(), &error));
    QVERIFY2(error.startsWith(QLatin1String("locked.xlsx is a password-protected (encrypted) Excel workbook")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
