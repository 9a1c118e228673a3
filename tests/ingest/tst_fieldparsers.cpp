#include "ingest/fieldparsers.h"

#include <QScopeGuard>
#include <QtTest>

#include <time.h>

using namespace fc;

Q_DECLARE_METATYPE(MoneyFormat)

/**
 * Value parser tests. Expected values are worked out by hand; the postcode shapes and examples
 * are those of the Royal Mail / ONS postcode format (A9 9AA ... AA9A 9AA, GIR 0AA).
 */
class TestFieldParsers : public QObject
{
    Q_OBJECT

private slots:
    void moneyFormatFromName_data();
    void moneyFormatFromName();
    void money_data();
    void money();
    void dateTime_data();
    void dateTime();
    void daylightSavingGap();
    void date_data();
    void date();
    void vrm_data();
    void vrm();
    void postcode_data();
    void postcode();
    void postcodeDistrict_data();
    void postcodeDistrict();
};

void TestFieldParsers::moneyFormatFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<MoneyFormat>("format");

    QTest::newRow("auto") << "auto" << true << MoneyFormat::Auto;
    QTest::newRow("empty means auto") << "" << true << MoneyFormat::Auto;
    QTest::newRow("uk") << "uk" << true << MoneyFormat::Uk;
    QTest::newRow("UK upper case") << "UK" << true << MoneyFormat::Uk;
    QTest::newRow("european") << "european" << true << MoneyFormat::European;
    QTest::newRow("eu") << "eu" << true << MoneyFormat::European;
    QTest::newRow("unknown") << "us" << false << MoneyFormat::Auto;
}

void TestFieldParsers::moneyFormatFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(MoneyFormat, format);
    const auto parsed = FieldParsers::moneyFormatFromName(name);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, format);
}

void TestFieldParsers::money_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<MoneyFormat>("format");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");

    const auto A = MoneyFormat::Auto;
    const auto U = MoneyFormat::Uk;
    const auto E = MoneyFormat::European;
    QTest::newRow("pound sign and thousands") << QStringLiteral("£1,234.50") << A << true << 1234.5;
    QTest::newRow("plain decimal") << "1234.5" << A << true << 1234.5;
    QTest::newRow("GBP prefix") << "GBP 12" << A << true << 12.0;
    QTest::newRow("gbp lower case, no space") << "gbp12" << A << true << 12.0;
    QTest::newRow("GBP suffix") << "12.00 GBP" << A << true << 12.0;
    QTest::newRow("accounting negative") << "(12.50)" << A << true << -12.5;
    QTest::newRow("accounting negative with pound") << QStringLiteral("(£1,000.00)") << A << true << -1000.0;
    QTest::newRow("minus") << "-3" << A << true << -3.0;
    QTest::newRow("minus before pound") << QStringLiteral("-£3.20") << A << true << -3.2;
    QTest::newRow("minus after pound") << QStringLiteral("£-3.20") << A << true << -3.2;
    QTest::newRow("surrounding spaces") << QStringLiteral("  £ 7.99 ") << A << true << 7.99;
    QTest::newRow("leading decimal point") << ".5" << A << true << 0.5;
    QTest::newRow("millions") << "1,234,567.89" << U << true << 1234567.89;
    QTest::newRow("uk comma thousands in auto") << "1,234" << A << true << 1234.0;
    QTest::newRow("uk: dot is decimal") << "1.234" << U << true << 1.234;
    QTest::newRow("european dot thousands") << "1.234,50" << E << true << 1234.5;
    QTest::newRow("european space thousands") << "1 234,50" << E << true << 1234.5;
    QTest::newRow("european no-break space") << QStringLiteral("1\u00A0234,50") << E << true << 1234.5;
    QTest::newRow("european: dot is thousands") << "1.234" << E << true << 1234.0;
    QTest::newRow("european: comma is decimal") << "1,234" << E << true << 1.234;
    QTest::newRow("european with pound") << QStringLiteral("£1.234.567,89") << E << true << 1234567.89;
    QTest::newRow("auto accepts unambiguous european") << "1.234,50" << A << true << 1234.5;
    QTest::newRow("auto accepts pence after comma") << "12,50" << A << true << 12.5;
    QTest::newRow("auto european with space") << "1 234,50" << A << true << 1234.5;

    QTest::newRow("letters") << "abc" << A << false << 0.0;
    QTest::newRow("two dots") << "12..3" << A << false << 0.0;
    QTest::newRow("empty") << "" << A << false << 0.0;
    QTest::newRow("blank") << "   " << A << false << 0.0;
    QTest::newRow("many separators") << "1,2,3.4.5" << A << false << 0.0;
    QTest::newRow("short group") << "1,23,456.00" << U << false << 0.0;
    QTest::newRow("comma with one digit in auto") << "12,3" << A << false << 0.0;
    QTest::newRow("european text under uk") << "1.234,50" << U << false << 0.0;
    QTest::newRow("uk text under european") << "1,234.50" << E << false << 0.0;
    QTest::newRow("mixed european separators") << "1.234 567,00" << E << false << 0.0;
    QTest::newRow("pound only") << QStringLiteral("£") << A << false << 0.0;
    QTest::newRow("double negative") << "(-12)" << A << false << 0.0;
    QTest::newRow("trailing point") << "12." << A << false << 0.0;
    QTest::newRow("two currencies") << QStringLiteral("£12 GBP") << A << false << 0.0;
    QTest::newRow("other currency") << QStringLiteral("€12") << A << false << 0.0;
    QTest::newRow("exponent") << "1e3" << A << false << 0.0;
}

void TestFieldParsers::money()
{
    QFETCH(QString, text);
    QFETCH(MoneyFormat, format);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const auto parsed = FieldParsers::money(text, format);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, value);
}

void TestFieldParsers::dateTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDateTime>("expected"); // invalid = rejected

    const QString uk = QStringLiteral("dd/MM/yyyy HH:mm");
    const QDateTime none;
    auto at = [](int y, int mo, int d, int h = 0, int mi = 0, int s = 0, int ms = 0) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms));
    };
    QTest::newRow("qt format") << "01/03/2024 14:05" << uk << at(2024, 3, 1, 14, 5);
    QTest::newRow("date part of the format") << "01/03/2024" << uk << at(2024, 3, 1);
    QTest::newRow("date format with a time") << "01/03/2024 14:05"
                                             << "dd/MM/yyyy" << at(2024, 3, 1, 14, 5);
    QTest::newRow("date format with seconds") << "01/03/2024 14:05:09"
                                              << "dd/MM/yyyy" << at(2024, 3, 1, 14, 5, 9);
    QTest::newRow("iso date") << "2024-03-01" << uk << at(2024, 3, 1);
    QTest::newRow("iso T minutes") << "2024-03-01T14:05" << uk << at(2024, 3, 1, 14, 5);
    QTest::newRow("iso space seconds") << "2024-03-01 14:05:00" << uk << at(2024, 3, 1, 14, 5);
    QTest::newRow("iso milliseconds") << "2024-03-01T14:05:30.250" << uk << at(2024, 3, 1, 14, 5, 30, 250);
    QTest::newRow("iso Z kept as written") << "2024-03-01T14:05:30Z" << uk << at(2024, 3, 1, 14, 5, 30);
    QTest::newRow("iso offset kept as written")
        << "2024-03-01T14:05:30+01:00" << uk << at(2024, 3, 1, 14, 5, 30);
    QTest::newRow("iso without a format") << "2024-03-01 14:05"
                                          << "" << at(2024, 3, 1, 14, 5);
    QTest::newRow("leap day") << "29/02/2024"
                              << "dd/MM/yyyy" << at(2024, 2, 29);
    QTest::newRow("two-digit year 24") << "01/03/24 09:15"
                                       << "dd/MM/yy HH:mm" << at(2024, 3, 1, 9, 15);
    QTest::newRow("two-digit year 69") << "01/03/69"
                                       << "dd/MM/yy" << at(2069, 3, 1);
    QTest::newRow("two-digit year 70") << "01/03/70"
                                       << "dd/MM/yy" << at(1970, 3, 1);
    QTest::newRow("two-digit year 85") << "01/03/85"
                                       << "dd/MM/yy" << at(1985, 3, 1);
    QTest::newRow("four-digit year is not shifted") << "01/03/1950"
                                                    << "dd/MM/yyyy" << at(1950, 3, 1);
    QTest::newRow("quoted T in format") << "2024/03/01T14:05"
                                        << "yyyy/MM/dd'T'HH:mm" << at(2024, 3, 1, 14, 5);
    QTest::newRow("quoted T format, date only") << "2024/03/01"
                                                << "yyyy/MM/dd'T'HH:mm" << at(2024, 3, 1);

    QTest::newRow("31 February") << "31/02/2024 10:00" << uk << none;
    QTest::newRow("31 February, date only") << "31/02/2024"
                                            << "dd/MM/yyyy" << none;
    QTest::newRow("29 February 2023") << "29/02/2023"
                                      << "dd/MM/yyyy" << none;
    QTest::newRow("iso 30 February") << "2024-02-30"
                                     << "" << none;
    QTest::newRow("iso hour 25") << "2024-03-01 25:00"
                                 << "" << none;
    QTest::newRow("iso bad zone") << "2024-03-01T10:00 BST"
                                  << "" << none;
    QTest::newRow("words") << "yesterday" << uk << none;
    QTest::newRow("empty") << "" << uk << none;
    QTest::newRow("US order is not guessed") << "03/13/2024"
                                             << "dd/MM/yyyy" << none;
}

void TestFieldParsers::dateTime()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QDateTime, expected);
    const auto parsed = FieldParsers::dateTime(text, format);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed) {
        QCOMPARE(*parsed, expected);
        QCOMPARE(parsed->timeSpec(), Qt::LocalTime);
    }
}

void TestFieldParsers::daylightSavingGap()
{
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/London");
    tzset();
    const auto restore = qScopeGuard([&oldTz] {
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
        tzset();
    });
    // UK clocks went forward at 01:00 GMT on 31 March 2024, so 01:30 does not exist locally;
    // a till on GMT all year writes it, meaning 01:30 GMT = 02:30 BST.
    if (QDateTime(QDate(2024, 3, 31), QTime(1, 30)).isValid())
        QSKIP("no Europe/London time zone data on this machine");
    const QDateTime utc(QDate(2024, 3, 31), QTime(1, 30), Qt::UTC);
    for (const auto &[text, format] :
         {std::pair{"31/03/2024 01:30", "dd/MM/yyyy HH:mm"}, std::pair{"2024-03-31T01:30", ""},
          std::pair{"2024-03-31 01:30:00", ""}, std::pair{"31/03/2024 01:30", "dd/MM/yyyy"}}) {
        const auto parsed = FieldParsers::dateTime(QString::fromLatin1(text), QString::fromLatin1(format));
        QVERIFY2(parsed, text);
        QCOMPARE(parsed->toUTC(), utc);
        QCOMPARE(parsed->time(), QTime(2, 30));
    }
    // Times outside the gap keep their wall clock: 14:05 BST is 13:05 UTC.
    const auto summer =
        FieldParsers::dateTime(QStringLiteral("31/03/2024 14:05"), QStringLiteral("dd/MM/yyyy HH:mm"));
    QVERIFY(summer);
    QCOMPARE(summer->toUTC(), QDateTime(QDate(2024, 3, 31), QTime(13, 5), Qt::UTC));
}

void TestFieldParsers::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("dob uk") << "01/02/1990"
                            << "dd/MM/yyyy" << QDate(1990, 2, 1);
    QTest::newRow("dob iso") << "1990-02-01"
                             << "dd/MM/yyyy" << QDate(1990, 2, 1);
    QTest::newRow("dob iso, no format") << "1990-02-01"
                                        << "" << QDate(1990, 2, 1);
    QTest::newRow("single digits") << "1/2/1990"
                                   << "d/M/yyyy" << QDate(1990, 2, 1);
    QTest::newRow("date-time format") << "01/02/1990"
                                      << "dd/MM/yyyy HH:mm" << QDate(1990, 2, 1);
    QTest::newRow("midnight time in a date column") << "01/02/1990 00:00"
                                                    << "dd/MM/yyyy" << QDate(1990, 2, 1);
    QTest::newRow("iso date-time") << "1990-02-01T00:00:00"
                                   << "" << QDate(1990, 2, 1);
    QTest::newRow("two-digit year 90") << "01/02/90"
                                       << "dd/MM/yy" << QDate(1990, 2, 1);
    QTest::newRow("two-digit year 05") << "01/02/05"
                                       << "dd/MM/yy" << QDate(2005, 2, 1);
    QTest::newRow("month name") << "1 Feb 1990"
                                << "d MMM yyyy" << QDate(1990, 2, 1);
    QTest::newRow("31 February") << "31/02/1990"
                                 << "dd/MM/yyyy" << QDate();
    QTest::newRow("month 13") << "01/13/1990"
                              << "dd/MM/yyyy" << QDate();
    QTest::newRow("text") << "unknown"
                          << "dd/MM/yyyy" << QDate();
    QTest::newRow("empty") << ""
                           << "dd/MM/yyyy" << QDate();
}

void TestFieldParsers::date()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    QFETCH(QDate, expected);
    const auto parsed = FieldParsers::date(text, format);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(*parsed, expected);
}

void TestFieldParsers::vrm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("lower case with space") << "ab12 cde"
                                           << "AB12CDE";
    QTest::newRow("already normal") << "AB12CDE"
                                    << "AB12CDE";
    QTest::newRow("hyphens") << "AB-12-CDE"
                             << "AB12CDE";
    QTest::newRow("dots") << "a.b12.cde"
                          << "AB12CDE";
    QTest::newRow("extra spaces") << "  AB12   CDE "
                                  << "AB12CDE";
    QTest::newRow("dateless plate") << "1 ABC"
                                    << "1ABC";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFieldParsers::vrm()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FieldParsers::vrm(text), expected);
}

void TestFieldParsers::postcode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("A9 9AA") << "M1 1AE"
                            << "M1 1AE";
    QTest::newRow("A99 9AA") << "B33 8TH"
                             << "B33 8TH";
    QTest::newRow("A9A 9AA") << "W1A 0AX"
                             << "W1A 0AX";
    QTest::newRow("AA9 9AA") << "CR2 6XH"
                             << "CR2 6XH";
    QTest::newRow("AA99 9AA") << "DN55 1PT"
                              << "DN55 1PT";
    QTest::newRow("AA9A 9AA") << "EC1A 1BB"
                              << "EC1A 1BB";
    QTest::newRow("GIR 0AA") << "gir0aa"
                             << "GIR 0AA";
    QTest::newRow("no space, lower case") << "sw1a1aa"
                                          << "SW1A 1AA";
    QTest::newRow("odd spacing") << "  ls1   4ap "
                                 << "LS1 4AP";
    QTest::newRow("space in the wrong place") << "LS14 AP"
                                              << "LS1 4AP";
    QTest::newRow("outward code only") << "LS1"
                                       << "";
    QTest::newRow("inward not 9AA") << "SW1A 11A"
                                    << "";
    QTest::newRow("too short") << "SW1A 1A"
                               << "";
    QTest::newRow("three letters") << "ABC 1AA"
                                   << "";
    QTest::newRow("digits only") << "12345"
                                 << "";
    QTest::newRow("trailing text") << "LS1 4AP X"
                                   << "";
    QTest::newRow("punctuation") << "L$1 4AP"
                                 << "";
    QTest::newRow("hyphen") << "LS1-4AP"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFieldParsers::postcode()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FieldParsers::postcode(text), expected);
}

void TestFieldParsers::postcodeDistrict_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("full") << "SW1A 1AA"
                          << "SW1A";
    QTest::newRow("full, compact") << "ls14ap"
                                   << "LS1";
    QTest::newRow("AA99") << "dn55 1pt"
                          << "DN55";
    QTest::newRow("outward code") << "LS1"
                                  << "LS1";
    QTest::newRow("outward code lower case") << " ls27 "
                                             << "LS27";
    QTest::newRow("GIR") << "GIR 0AA"
                         << "GIR";
    QTest::newRow("town") << "Leeds"
                          << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestFieldParsers::postcodeDistrict()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(FieldParsers::postcodeDistrict(text), expected);
}

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "tst_fieldparsers.moc"
