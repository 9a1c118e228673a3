#include "resolve/stringmetrics.h"

#include <QtTest>

using namespace fc;

/**
 * Jaro and Jaro–Winkler against Winkler's published table (Winkler 1990, "String comparator
 * metrics and enhanced decision rules in the Fellegi-Sunter model of record linkage", table 1,
 * as reproduced by Cohen et al. and Wikipedia), and Soundex against the examples of the US
 * National Archives' rules ("The Soundex Indexing System") and Knuth (TAOCP vol. 3).
 */
class TestStringMetrics : public QObject
{
    Q_OBJECT
private slots:
    void jaroWinkler_data();
    void jaroWinkler();
    void symmetric();
    void soundex_data();
    void soundex();
    void matchForm_data();
    void matchForm();
    void damerauLevenshteinLong_data();
    void damerauLevenshteinLong();
    void isoDateDifferences_data();
    void isoDateDifferences();
    void isoDateDifferencesMatchTheWrittenText();
};

void TestStringMetrics::jaroWinkler_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("jaro");
    QTest::addColumn<double>("jaroWinkler");
    QTest::newRow("MARTHA/MARHTA") << "MARTHA"
                                   << "MARHTA" << 0.944 << 0.961;
    QTest::newRow("DWAYNE/DUANE") << "DWAYNE"
                                  << "DUANE" << 0.822 << 0.840;
    QTest::newRow("DIXON/DICKSONX") << "DIXON"
                                    << "DICKSONX" << 0.767 << 0.813;
    // Hand calculation: KHAN/KAHN, 4 matches, 1 transposition, prefix 1:
    // jaro = (1 + 1 + 3/4) / 3 = 0.9167; jw = 0.9167 + 0.1 * (1 - 0.9167) = 0.925.
    QTest::newRow("KHAN/KAHN") << "KHAN"
                               << "KAHN" << 0.917 << 0.925;
    QTest::newRow("identical") << "SMITH"
                               << "SMITH" << 1.0 << 1.0;
    QTest::newRow("nothing in common") << "ABC"
                                       << "XYZ" << 0.0 << 0.0;
    QTest::newRow("one empty") << "ABC"
                               << "" << 0.0 << 0.0;
}

void TestStringMetrics::jaroWinkler()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, jaro);
    QFETCH(double, jaroWinkler);
    QVERIFY2(qAbs(StringMetrics::jaro(a, b) - jaro) < 0.0005,
             qPrintable(QString::number(StringMetrics::jaro(a, b))));
    QVERIFY2(qAbs(StringMetrics::jaroWinkler(a, b) - jaroWinkler) < 0.0005,
             qPrintable(QString::number(StringMetrics::jaroWinkler(a, b))));
}

void TestStringMetrics::symmetric()
{
    QCOMPARE(StringMetrics::jaroWinkler(u"DWAYNE", u"DUANE"),
             StringMetrics::jaroWinkler(u"DUANE", u"DWAYNE"));
    QCOMPARE(StringMetrics::jaro(u"DIXON", u"DICKSONX"), StringMetrics::jaro(u"DICKSONX", u"DIXON"));
}

void TestStringMetrics::soundex_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::newRow("Robert") << "Robert"
                            << "R163";
    QTest::newRow("Rupert") << "Rupert"
                            << "R163";
    QTest::newRow("Rubin") << "Rubin"
                           << "R150";
    QTest::newRow("Ashcraft (H does not separate)") << "Ashcraft"
                                                    << "A261";
    QTest::newRow("Ashcroft") << "Ashcroft"
                              << "A261";
    QTest::newRow("Tymczak") << "Tymczak"
                             << "T522";
    QTest::newRow("Pfister (first letter's code)") << "Pfister"
                                                   << "P236";
    QTest::newRow("Honeyman") << "Honeyman"
                              << "H555";
    QTest::newRow("Washington") << "Washington"
                                << "W252";
    QTest::newRow("Lee (padded)") << "Lee"
                                  << "L000";
    QTest::newRow("Gutierrez") << "Gutierrez"
                               << "G362";
    QTest::newRow("Jackson") << "Jackson"
                             << "J250";
    QTest::newRow("VanDeusen") << "VanDeusen"
                               << "V532";
    QTest::newRow("O'Connor (punctuation)") << "O'Connor"
                                            << "O256";
    QTest::newRow("no letters") << "1234"
                                << "";
}

void TestStringMetrics::soundex()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QCOMPARE(StringMetrics::soundex(name), code);
}

void TestStringMetrics::matchForm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("case and space") << "Amy Khan"
                                    << "AMYKHAN";
    QTest::newRow("apostrophe") << "O'Connor"
                                << "OCONNOR";
    QTest::newRow("accent") << QString::fromUtf8("Siobhán") << "SIOBHAN";
    QTest::newRow("diaeresis") << QString::fromUtf8("Zoë") << "ZOE";
    QTest::newRow("hyphen") << "Thomas-Wright"
                            << "THOMASWRIGHT";
}

void TestStringMetrics::matchForm()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(StringMetrics::matchForm(text), expected);
}

// Texts longer than the rows kept on the stack (63 characters) take the heap path; the distances
// by hand: a one-letter change at the end, a transposition after a long shared prefix, and
// ABAB... against BABA... (every position differs, so no single edit; dropping the first letter
// and adding one at the end makes two).
void TestStringMetrics::damerauLevenshteinLong_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");
    QTest::newRow("63 on the stack") << QString(63, u'A') << QString(62, u'A') + u'B' << 1;
    QTest::newRow("64 on the heap") << QString(64, u'A') << QString(63, u'A') + u'B' << 1;
    QTest::newRow("long transposition") << QString(70, u'X') + QStringLiteral("SMITH") << QString(70, u'X') + QStringLiteral("SMIHT") << 1;
    QTest::newRow("shifted by one") << QStringLiteral("AB").repeated(40) << QStringLiteral("BA").repeated(40) << 2;
    QTest::newRow("long against short") << QString(100, u'A') << QStringLiteral("A") << 99;
}

void TestStringMetrics::damerauLevenshteinLong()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(StringMetrics::damerauLevenshtein(a, b), distance);
    QCOMPARE(StringMetrics::damerauLevenshtein(b, a), distance);
}

// Counted by hand on the written forms yyyy-MM-dd.
void TestStringMetrics::isoDateDifferences_data()
{
    QTest::addColumn<QDate>("a");
    QTest::addColumn<QDate>("b");
    QTest::addColumn<int>("differences");
    QTest::newRow("same") << QDate(1990, 3, 14) << QDate(1990, 3, 14) << 0;
    QTest::newRow("day digit") << QDate(1990, 3, 14) << QDate(1990, 3, 15) << 1;
    QTest::newRow("both day digits") << QDate(1990, 3, 14) << QDate(1990, 3, 25) << 2;
    QTest::newRow("decade digit") << QDate(1987, 3, 14) << QDate(1997, 3, 14) << 1;
    QTest::newRow("day and month swapped") << QDate(1990, 3, 4) << QDate(1990, 4, 3) << 2;
    QTest::newRow("01-10 against 10-01") << QDate(1990, 1, 10) << QDate(1990, 10, 1) << 4;
    // 1999-12-31 / 2000-01-01: 1999/2000 four, 12/01 two, 31/01 one.
    QTest::newRow("new millennium") << QDate(1999, 12, 31) << QDate(2000, 1, 1) << 7;
    QTest::newRow("leading zero of the year") << QDate(999, 1, 1) << QDate(1999, 1, 1) << 1;
    QTest::newRow("0001 against 0010") << QDate(1, 1, 1) << QDate(10, 1, 1) << 2;
    QTest::newRow("invalid") << QDate() << QDate(1990, 1, 1) << 0;
    QTest::newRow("negative year has no text") << QDate(-44, 3, 15) << QDate(44, 3, 15) << 0;
    QTest::newRow("five-digit year has no text") << QDate(10000, 1, 1) << QDate(9999, 1, 1) << 0;
}

void TestStringMetrics::isoDateDifferences()
{
    QFETCH(QDate, a);
    QFETCH(QDate, b);
    QFETCH(int, differences);
    QCOMPARE(StringMetrics::isoDateDifferences(a, b), differences);
    QCOMPARE(StringMetrics::isoDateDifferences(b, a), differences);
}

// The count is defined as the characters in which Qt's ISO texts differ: check it against those
// texts over every pair of a few hundred dates (leading zeros, years out of the 1–9999 range,
// invalid dates, days and months with one or two digits).
void TestStringMetrics::isoDateDifferencesMatchTheWrittenText()
{
    QList<QDate> dates{QDate()};
    for (int year : {-5, 1, 10, 999, 1900, 1909, 1990, 1999, 2000, 9999, 10000})
        for (int month : {1, 2, 10, 11, 12})
            for (int day : {1, 3, 10, 13, 21, 29, 30, 31})
                if (QDate::isValid(year, month, day))
                    dates << QDate(year, month, day);
    QVERIFY(dates.size() > 300);
    QStringList texts;
    for (const QDate &d : std::as_const(dates))
        texts << d.toString(Qt::ISODate);
    for (qsizetype x = 0; x < dates.size(); ++x) {
        const QDate &a = dates.at(x);
        const QString &ta = texts.at(x);
        for (qsizetype y = 0; y < dates.size(); ++y) {
            const QDate &b = dates.at(y);
            const QString &tb = texts.at(y);
            int written = 0;
            for (qsizetype i = 0; i < ta.size() && i < tb.size(); ++i)
                written += ta.at(i) != tb.at(i);
            if (StringMetrics::isoDateDifferences(a, b) != written)
                QFAIL(qPrintable(QStringLiteral("%1 / %2").arg(ta, tb)));
        }
    }
}

QTEST_GUILESS_MAIN(TestStringMetrics)
#include "tst_stringmetrics.moc"
