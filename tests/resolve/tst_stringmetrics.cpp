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

QTEST_GUILESS_MAIN(TestStringMetrics)
#include "tst_stringmetrics.moc"
