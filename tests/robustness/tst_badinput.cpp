#include "ingest/importer.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * Hostile input through the whole import: truncated and binary files, wrong encodings, huge
 * fields, 100,000 columns, unbalanced quotes, NUL bytes, year 9999, negative and absurd values,
 * names carrying HTML, SQL or format placeholders. Each must end in a clear error (naming the
 * file and, where there is one, the row and what was expected) that leaves the workspace exactly
 * as it was, or in a clean reject of the offending rows; never a crash, a hang or a partial import.
 * Expected offsets, rows and lines are counted by hand from the inputs below.
 */
class TestBadInput : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void hostileFile_data();
    void hostileFile();
    void markupAndSqlStayPlainText_data();
    void markupAndSqlStayPlainText();
    void placeholdersInFileNamesStayLiteral();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QString dump();
    ImportReport import(const QString &path, const QByteArray &specJson);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

namespace {

const QByteArray kCsvSpec = R"({
  "name": "Hostile retailer export",
  "source": {"organisation": "Northgate Foods", "kind": "retailer"},
  "format": {"delimiter": ",", "encoding": "auto", "header_row": 1, "date_format": "dd/MM/yyyy HH:mm", "money_format": "uk"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {
    "incident": {"type": "incident", "key": "Incident Ref",
                 "fields": {"occurred_at": "Date/Time", "offence": "Offence", "value_gbp": "Loss Value"}},
    "suspect1": {"type": "person", "fields": {"full_name": "Suspect 1", "dob": "Suspect 1 DOB"}} },
  "links": [ {"type": "suspect_in", "from": "suspect1", "to": "incident"} ] })";

const QByteArray kUtf8Spec = QByteArray(kCsvSpec).replace(R"("encoding": "auto")", R"("encoding": "utf-8")");
const QByteArray kUtf16Spec = QByteArray(kCsvSpec).replace(R"("encoding": "auto")", R"("encoding": "utf-16")");

const QByteArray kEdgeSpec = R"({
  "name": "Associates", "source": {"organisation": "Force", "kind": "police"},
  "grading": {"source": "3", "intelligence": "C", "handling": "P"},
  "format": {"date_format": "yyyy-MM-dd"},
  "entities": {"a": {"type": "person", "key": "From"}, "b": {"type": "person", "key": "To"}},
  "links": [{"type": "associate", "from": "a", "to": "b", "weight": "Weight"}] })";

// Incidents with a free-text narrative (up to 100,000 characters by default).
const QByteArray kStorySpec = R"({
  "name": "Narratives", "source": {"organisation": "Force", "kind": "police"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {"incident": {"type": "incident", "key": "Ref", "fields": {"offence": "Offence", "narrative": "Story"}}} })";
const QByteArray kLongStorySpec =
    QByteArray(kStorySpec).replace(R"("narrative": "Story")", R"("narrative": {"column": "Story", "max_length": 200000})");
// A retailer whose single records can be worth more than the default £10,000,000 ceiling.
const QByteArray kRichSpec =
    QByteArray(kCsvSpec).replace(R"("money_format": "uk")", R"("money_format": "uk", "max_money_gbp": 20000000)");

const QByteArray kJsonSpec = R"({
  "name": "Nominals", "source": {"organisation": "Force", "kind": "police"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "format": {"format": "json", "encoding": "utf-8"},
  "entities": {"person": {"type": "person", "key": "id", "fields": {"full_name": "name"}}} })";

const QByteArray kHeader = "Incident Ref,Date/Time,Offence,Loss Value,Suspect 1,Suspect 1 DOB\n"; // 66 bytes
const QByteArray kGoodRow = "NF-1,03/01/2025 14:05,Theft,12.50,Amy Khan,01/02/1990\n";          // 54 bytes

enum class Expect { Fails, Rejects };

} // namespace

Q_DECLARE_METATYPE(Expect)

void TestBadInput::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
    // Something to lose: a clean import the hostile one must leave untouched.
    const ImportReport first = import(write(QStringLiteral("first.csv"), kHeader + kGoodRow), kCsvSpec);
    QVERIFY2(first.status == ImportReport::Status::Imported, qPrintable(first.message));
}

QString TestBadInput::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(bytes);
    return f.fileName();
}

ImportReport TestBadInput::import(const QString &path, const QByteArray &specJson)
{
    QString error;
    const auto spec = ImportSpec::fromJson(specJson, &error);
    if (!spec)
        qFatal("test spec invalid: %s", qPrintable(error));
    Importer importer(*m_ws, *spec);
    return importer.importFile(path, {QStringLiteral("tester")});
}

// Every table the importer writes, in a stable order (the audit log without its hash columns).
QString TestBadInput::dump()
{
    QString out;
    for (const char *query :
         {"SELECT * FROM imports ORDER BY id", "SELECT * FROM source_records ORDER BY id",
          "SELECT * FROM rejects ORDER BY id", "SELECT * FROM entities ORDER BY id",
          "SELECT * FROM entity_keys ORDER BY key", "SELECT * FROM entity_sources ORDER BY 1, 2, 3",
          "SELECT * FROM mentions ORDER BY id", "SELECT * FROM links ORDER BY id",
          "SELECT rowid, label, body FROM search ORDER BY rowid",
          "SELECT id, user_name, action, object_type, object_id, detail FROM audit_log ORDER BY id"}) {
        Statement st = m_ws->database().prepare(QString::fromLatin1(query));
        out += QLatin1String(query) + QLatin1Char('\n');
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                out += st.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void TestBadInput::hostileFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<QStringList>("mustSay"); // in the message (Fails) or in every reject's reason
    QTest::addColumn<QString>("rejectColumn");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("rejected");

    const QByteArray ten = QByteArray(10 * 1024 * 1024, 'x');

    // --- Truncated files
    QTest::newRow("truncated in a quoted field")
        << "cut.csv" << kHeader + kGoodRow + "NF-2,\"04/01/2025 09:00,Robbery" << kCsvSpec << Expect::Fails
        << QStringList{"cut.csv", "row 3", "line 3", "not closed"} << QString() << 0 << 0;
    QTest::newRow("truncated JSON array")
        << "cut.json" << QByteArray("[{\"id\": \"1\", \"name\": \"Amy Khan\"},\n {\"id\": \"2\", \"na") << kJsonSpec
        << Expect::Fails << QStringList{"cut.json", "line 2", "JSON"} << QString() << 0 << 0;
    QTest::newRow("JSON array element that is not an object")
        << "mixed.json" << QByteArray("[{\"id\": \"1\", \"name\": \"Amy Khan\"}, 42]") << kJsonSpec << Expect::Fails
        << QStringList{"mixed.json", "element 2", "a number", "expected an object"} << QString() << 0 << 0;
    QTest::newRow("JSON nested 100,000 deep")
        << "deep.json" << QByteArray(100000, '[') + QByteArray(100000, ']') << kJsonSpec << Expect::Fails
        << QStringList{"deep.json", "JSON"} << QString() << 0 << 0;
    QTest::newRow("empty file") << "empty.csv" << QByteArray() << kCsvSpec << Expect::Fails
                                << QStringList{"empty.csv", "expected a header"} << QString() << 0 << 0;

    // --- Binary files and wrong encodings
    QTest::newRow("PNG image") << "photo.csv" << QByteArray::fromHex("89504e470d0a1a0a0000000d49484452")
                               << kCsvSpec << Expect::Fails << QStringList{"photo.csv", "binary", "offset 8"}
                               << QString() << 0 << 0;
    QTest::newRow("xlsx (zip) saved as .csv")
        << "book.csv" << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, '\x01') << kCsvSpec
        // The format is "auto": a zip is taken for a workbook whatever its name, and this one is damaged.
        << Expect::Fails << QStringList{"book.csv", "not a readable zip file", ".xlsx workbook", "damaged"}
        << QString() << 0 << 0;
    QTest::newRow("UTF-16LE without a BOM")
        << "nobom.csv" << QStringView(u"Incident Ref,Date/Time\n").toString().toUtf8() /* replaced below */
        << kCsvSpec << Expect::Fails << QStringList{"nobom.csv", "offset 1"} << QString() << 0 << 0;
    QTest::newRow("Windows-1252 file in a UTF-8 spec")
        << "excel.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Zo\xeb Adams,01/02/1990\n" << kUtf8Spec
        << Expect::Fails << QStringList{"excel.csv", "not valid UTF-8", "0xeb", "offset 101", "windows-1252"}
        << QString() << 0 << 0;
    // A UTF-8 export cut short inside a two-byte character: with encoding "auto" the whole file
    // must not silently turn into Windows-1252 mojibake ("Zoë" read as "ZoÃ«").
    QTest::newRow("UTF-8 truncated inside a character")
        << "trunc8.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Zo\xc3\xab Adams,01/02/1990\nNF-3,04/01/2025 09:00,Theft,1.00,Ann Zo\xc3"
        << kCsvSpec << Expect::Fails << QStringList{"trunc8.csv", "UTF-8", "offset 160", "cut short"} << QString() << 0 << 0;
    QTest::newRow("UTF-8 truncated inside a character, UTF-8 spec")
        << "trunc8u.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Zo\xc3\xab Adams,01/02/1990\nNF-3,04/01/2025 09:00,Theft,1.00,Ann Zo\xc3"
        << kUtf8Spec << Expect::Fails << QStringList{"trunc8u.csv", "UTF-8", "offset 160", "cut short"} << QString() << 0 << 0;
    // ...but a Windows-1252 file whose very last byte is "é" (0xE9, a UTF-8 lead byte) is 1252:
    // nothing before it is UTF-8.
    QTest::newRow("Windows-1252 file ending in a lead byte")
        << "jose.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Jos\xe9" << kCsvSpec << Expect::Rejects
        << QStringList() << QString() << 1 << 0;
    QTest::newRow("UTF-8 file in a UTF-16 spec (odd length)")
        << "odd.csv" << kHeader + kGoodRow.left(53) << kUtf16Spec << Expect::Fails
        << QStringList{"odd.csv", "UTF-16", "odd number of bytes"} << QString() << 0 << 0;

    // --- NUL bytes
    QTest::newRow("NUL byte in a field") << "nul.csv" << kHeader + QByteArray("NF-2,04/01/2025 09:00,The\0ft,1,A B,", 36)
                                         << kCsvSpec << Expect::Fails
                                         << QStringList{"nul.csv", "NUL", "offset 91"} << QString() << 0 << 0;

    // --- Unbalanced quotes: a stray quote that is never closed swallows the rest of the file.
    QTest::newRow("unbalanced quote")
        << "quote.csv" << kHeader + "NF-2,\"04/01/2025 09:00,Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow
        << kCsvSpec << Expect::Fails << QStringList{"quote.csv", "row 2", "line 2", "not closed"} << QString() << 0 << 0;

    // --- Huge inputs
    QTest::newRow("10 MB field in a name")
        << "bigname.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann " + ten + ",01/02/1990\n" + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList{"Suspect 1", "10485764 characters", "at most 300"}
        << QString("Suspect 1") << 1 << 1;
    {
        QByteArray header = kHeader.chopped(1);
        QByteArray row = QByteArray("NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee,01/02/1990");
        for (int i = 7; i <= 100000; ++i) {
            header += ",Extra " + QByteArray::number(i);
            row += ",v";
        }
        QTest::newRow("100,000 columns") << "wide.csv" << header + '\n' + row + '\n' << kCsvSpec << Expect::Rejects
                                         << QStringList() << QString() << 1 << 0;
        QTest::newRow("a row of 100,000 fields under a 6-column header")
            << "ragged.csv" << kHeader + row + '\n' + kGoodRow << kCsvSpec << Expect::Rejects
            << QStringList{"100000 fields", "6 columns"} << QString() << 1 << 1;
    }

    // --- Dates and values that cannot be right
    QTest::newRow("incident in the year 9999")
        << "future.csv" << kHeader + "NF-2,31/12/9999 23:59,Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Date/Time", "31/12/9999 23:59", "later than the import"} << QString("Date/Time") << 1 << 1;
    QTest::newRow("born in the year 9999")
        << "dob.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee,31/12/9999\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Suspect 1 DOB", "31/12/9999", "later than the import"} << QString("Suspect 1 DOB") << 1 << 1;
    QTest::newRow("one-word name")
        << "mononym.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Madonna,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("31 February") << "feb.csv" << kHeader + "NF-2,31/02/2025 09:00,Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow
                                 << kCsvSpec << Expect::Rejects << QStringList{"Date/Time", "31/02/2025", "expected"}
                                 << QString("Date/Time") << 1 << 1;
    QTest::newRow("negative loss")
        << "neg.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,-£50.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Loss Value", "-£50.00", "negative"} << QString("Loss Value") << 1 << 1;
    QTest::newRow("absurd loss (10^20 pounds)")
        << "huge.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,100000000000000000000,Ann Lee,01/02/1990\n" + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList{"Loss Value", "100000000000000000000", "£10,000,000.00"}
        << QString("Loss Value") << 1 << 1;
    QTest::newRow("loss that is not a number")
        << "nan.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,NaN,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Loss Value", "NaN", "expected"} << QString("Loss Value") << 1 << 1;
    QTest::newRow("negative link weight") << "w1.csv" << QByteArray("From,To,Weight\nA1,B1,-2\nA2,B2,3\n") << kEdgeSpec
                                          << Expect::Rejects << QStringList{"Weight", "positive"} << QString("Weight") << 1 << 1;
    QTest::newRow("NaN link weight") << "w2.csv" << QByteArray("From,To,Weight\nA1,B1,nan\nA2,B2,3\n") << kEdgeSpec
                                     << Expect::Rejects << QStringList{"Weight", "nan"} << QString("Weight") << 1 << 1;
    QTest::newRow("infinite link weight") << "w3.csv" << QByteArray("From,To,Weight\nA1,B1,inf\nA2,B2,3\n") << kEdgeSpec
                                          << Expect::Rejects << QStringList{"Weight", "inf"} << QString("Weight") << 1 << 1;

    // --- The edges of the rules: a value at the limit is accepted, one step beyond it is not.
    const QByteArray name300 = "Ann " + QByteArray(296, 'x');
    QTest::newRow("name of exactly 300 characters")
        << "n300.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00," + name300 + ",01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("name of 301 characters")
        << "n301.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00," + name300 + "x,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Suspect 1", "301 characters", "at most 300"} << QString("Suspect 1") << 1 << 1;
    // Row 2 has 100,001 characters of narrative, row 3 exactly 100,000.
    const QByteArray stories = "Ref,Offence,Story\nS1,Theft," + QByteArray(100001, 'x') + "\nS2,Theft," + QByteArray(100000, 'y') + '\n';
    QTest::newRow("narrative of 100,000 characters, and one of 100,001")
        << "story.csv" << stories << kStorySpec << Expect::Rejects
        << QStringList{"Story", "100001 characters", "at most 100000"} << QString("Story") << 1 << 1;
    QTest::newRow("narrative limit raised by the spec's max_length")
        << "story2.csv" << "Ref,Offence,Story\nS1,Theft," + QByteArray(200001, 'x') + "\nS2,Theft," + QByteArray(150000, 'y') + '\n'
        << kLongStorySpec << Expect::Rejects << QStringList{"Story", "200001 characters", "at most 200000"} << QString("Story") << 1 << 1;
    QTest::newRow("incident on 1 January 1900 at midnight")
        << "d1900.csv" << kHeader + "NF-2,01/01/1900 00:00,Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("incident on 31 December 1899")
        << "d1899.csv" << kHeader + "NF-2,31/12/1899 23:59,Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Date/Time", "31/12/1899 23:59", "before 1900"} << QString("Date/Time") << 1 << 1;
    QTest::newRow("born on 1 January 1900")
        << "b1900.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee,01/01/1900\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("born on 31 December 1899")
        << "b1899.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee,31/12/1899\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Suspect 1 DOB", "31/12/1899", "1900-01-01"} << QString("Suspect 1 DOB") << 1 << 1;
    // A day's grace after the import for other time zones. The margins (tomorrow against three
    // days ahead, 22 against 26 hours) keep these right if the clock passes midnight meanwhile.
    const QByteArray tomorrow = QDate::currentDate().addDays(1).toString(u"dd/MM/yyyy").toLatin1();
    const QByteArray inThreeDays = QDate::currentDate().addDays(3).toString(u"dd/MM/yyyy").toLatin1();
    const QDateTime now = QDateTime::currentDateTime();
    const QByteArray in22Hours = now.addSecs(22 * 3600).toString(u"dd/MM/yyyy HH:mm").toLatin1();
    const QByteArray in26Hours = now.addSecs(26 * 3600).toString(u"dd/MM/yyyy HH:mm").toLatin1();
    QTest::newRow("born tomorrow (the day's grace)")
        << "btomorrow.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee," + tomorrow + '\n' + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("born in three days")
        << "b3days.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,1.00,Ann Lee," + inThreeDays + '\n' + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList{"Suspect 1 DOB", QString::fromLatin1(inThreeDays), "later than the import"}
        << QString("Suspect 1 DOB") << 1 << 1;
    QTest::newRow("incident 22 hours ahead (the day's grace)")
        << "i22.csv" << kHeader + "NF-2," + in22Hours + ",Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("incident 26 hours ahead")
        << "i26.csv" << kHeader + "NF-2," + in26Hours + ",Theft,1.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList{"Date/Time", QString::fromLatin1(in26Hours), "later than the import"}
        << QString("Date/Time") << 1 << 1;
    QTest::newRow("loss of exactly £0")
        << "zero.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,£0.00,Ann Lee,01/02/1990\n" + kGoodRow << kCsvSpec
        << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("loss of exactly £10,000,000")
        << "ceiling.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,\"£10,000,000.00\",Ann Lee,01/02/1990\n" + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList() << QString() << 2 << 0;
    QTest::newRow("loss a penny over £10,000,000")
        << "penny.csv" << kHeader + "NF-2,04/01/2025 09:00,Theft,\"£10,000,000.01\",Ann Lee,01/02/1990\n" + kGoodRow
        << kCsvSpec << Expect::Rejects << QStringList{"Loss Value", "£10,000,000.01", "more than £10,000,000.00"}
        << QString("Loss Value") << 1 << 1;
    // Rows: 2 is a penny over the raised £20,000,000 ceiling, 3 is at it, 4 is the good row.
    QTest::newRow("ceiling raised by the spec's max_money_gbp")
        << "rich.csv"
        << kHeader + "NF-2,04/01/2025 09:00,Theft,\"£20,000,000.01\",Ann Lee,01/02/1990\n"
               "NF-3,04/01/2025 09:00,Theft,\"£20,000,000.00\",Ann Lee,01/02/1990\n" + kGoodRow
        << kRichSpec << Expect::Rejects << QStringList{"Loss Value", "more than £20,000,000.00"} << QString("Loss Value")
        << 2 << 1;
}

void TestBadInput::hostileFile()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, spec);
    QFETCH(Expect, expect);
    QFETCH(QStringList, mustSay);
    QFETCH(QString, rejectColumn);
    QFETCH(int, accepted);
    QFETCH(int, rejected);
    if (fileName == QLatin1String("nobom.csv")) {
        const QString text = QString::fromUtf8(kHeader + kGoodRow);
        bytes = QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2); // little endian
    }

    const QString before = dump();
    QElapsedTimer timer;
    timer.start();
    const ImportReport r = import(write(fileName, bytes), spec);
    // No hang: the largest input here (10 MB) imports in about a second on the CI machine.
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QVERIFY(!r.message.isEmpty());
    QVERIFY2(r.message.size() < 2000, "the message is short enough to read"); // not the 10 MB field back

    if (expect == Expect::Fails) {
        QVERIFY2(r.status == ImportReport::Status::Failed, qPrintable(r.message));
        for (const QString &s : mustSay)
            QVERIFY2(r.message.contains(s, Qt::CaseInsensitive), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, r.message)));
        QCOMPARE(dump(), before); // nothing was imported, not even part of it
        return;
    }

    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsRead, r.rowsAccepted + r.rowsRejected);
    QCOMPARE(r.rejects.size(), r.rowsRejected);
    // The accepted rows and the rejects are all in the workspace, each once.
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM source_records WHERE import_id = %1").arg(r.importId)),
             r.rowsAccepted);
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM rejects WHERE import_id = %1").arg(r.importId)),
             r.rowsRejected);
    QCOMPARE(r.rowsAccepted, accepted);
    QCOMPARE(r.rowsRejected, rejected);
    if (rejected == 0)
        return;
    const RejectInfo &reject = r.rejects.first();
    QCOMPARE(reject.rowNumber, 2);
    QCOMPARE(reject.column, rejectColumn);
    for (const QString &s : mustSay)
        QVERIFY2(reject.reason.contains(s), qPrintable(QStringLiteral("\"%1\" not in: %2").arg(s, reject.reason)));
    QVERIFY(reject.reason.size() < 2000);
}

void TestBadInput::markupAndSqlStayPlainText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("HTML") << QStringLiteral("<b>Amy</b> <img src=x onerror=alert(1)> Khan");
    QTest::newRow("script") << QStringLiteral("Ann <script>alert('x')</script> Lee");
    QTest::newRow("entity") << QStringLiteral("Tom &lt;Smith&gt; &amp; Co");
    QTest::newRow("SQL") << QStringLiteral("Robert'); DROP TABLE entities;-- Tables");
    QTest::newRow("SQL quote") << QStringLiteral("Ann' OR '1'='1 Lee");
    QTest::newRow("FTS syntax") << QStringLiteral("Ann NEAR(\"x\" OR y*) Lee");
    QTest::newRow("placeholders") << QStringLiteral("Ann %1 %2 Lee");
    QTest::newRow("right-to-left override") << QStringLiteral("Ann \u202Eeel\u202C Lee");
}

void TestBadInput::markupAndSqlStayPlainText()
{
    QFETCH(QString, name);
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QByteArray row = "NF-9,04/01/2025 09:00,Theft,1.00,\"" + quoted.toUtf8() + "\",02/03/1991\n";
    const ImportReport r = import(write(QStringLiteral("names.csv"), kHeader + row), kCsvSpec);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    QCOMPARE(r.rowsAccepted, 1);
    // Stored and returned exactly as written: not executed, not escaped, not interpreted.
    QCOMPARE(m_ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM entities")), 4); // 2 people, 2 incidents
    // The name as written is kept in the forenames and surname attributes (split at the last
    // space by hand: every name here ends with one plain word), and the label is the display form,
    // which changes only letter case: nothing escaped, stripped or interpreted.
    const qsizetype lastSpace = name.lastIndexOf(QLatin1Char(' '));
    bool found = false;
    for (const EntityRecord &e : m_ws->entities(EntityType::Person)) {
        if (e.label.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        QString forenames, surname;
        for (const AttributeValue &a : m_ws->attributes(e.id)) {
            if (a.name == QLatin1String("forenames"))
                forenames = a.value;
            else if (a.name == QLatin1String("surname"))
                surname = a.value;
        }
        QCOMPARE(forenames, name.left(lastSpace));
        QCOMPARE(surname, name.mid(lastSpace + 1));
        found = true;
    }
    QVERIFY2(found, "the person's label is the name, differing at most in letter case");
    // Found by the plain word it ends with, and shown exactly as written.
    bool hit = false;
    for (const SearchHit &h : m_ws->search(name.split(QLatin1Char(' ')).last()))
        hit = hit || h.label.compare(name, Qt::CaseInsensitive) == 0;
    QVERIFY(hit);
    // The search text itself is never FTS syntax, whatever it carries.
    const QList<SearchHit> hostile = m_ws->search(name);
    for (const SearchHit &h : hostile)
        QVERIFY(!h.label.isEmpty());
    Statement check = m_ws->database().prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestBadInput::placeholdersInFileNamesStayLiteral()
{
    // QString::arg() chains re-read what an earlier arg() put in: a file name carrying "%2"
    // must still come out as written in the message and the audit trail.
    const QString name = QStringLiteral("Stock %2 loss %5.csv");
    const ImportReport r = import(write(name, kHeader + "NF-7,04/01/2025 09:00,Theft,1.00,Ann Lee,01/02/1990\n"), kCsvSpec);
    QVERIFY2(r.status == ImportReport::Status::Imported, qPrintable(r.message));
    Statement audit = m_ws->database().prepare(QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(audit.step());
    const QString detail = audit.text(0);
    QCOMPARE(r.message, name + QLatin1String(": 1 rows read, 1 imported, 0 rejected"));
    QCOMPARE(detail, name + QLatin1String(" (SHA-256 ") + r.sha256
                         + QLatin1String(") from Northgate Foods under spec \"Hostile retailer export\": 1 rows "
                                         "accepted, 0 rejected, 0 records updated"));
    const ImportReport again = import(m_dir->filePath(name), kCsvSpec);
    QCOMPARE(again.status, ImportReport::Status::AlreadyImported);
    QVERIFY2(again.message.startsWith(name + QLatin1String(" was already imported")), qPrintable(again.message));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
