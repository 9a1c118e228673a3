#include "ingest/dateformat.h"
#include "ingest/fieldparsers.h"

#include <QDateTime>
#include <QtTest>

#include <random>

using namespace fc;

/**
 * DateFormat is a fast path in front of Qt's date parser, so Qt is the oracle: whatever
 * DateFormat reads, QDateTime::fromString / QDate::fromString must read to the same value, and
 * FieldParsers::wallClockDateTime must give the wall clock FieldParsers::dateTime gives. The
 * inputs are every day of two years (leap day and both daylight-saving changes included) in
 * each format, plus hand-written near misses.
 */
class TestDateFormat : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agreesWithQtOnEveryDay_data();
    void agreesWithQtOnEveryDay();
    void nearMissesAreLeftToQt_data();
    void nearMissesAreLeftToQt();
    void formatsItCannotCompile_data();
    void formatsItCannotCompile();
    void wallClockMatchesDateTime();
    void isoWriting();
};

void TestDateFormat::initTestCase()
{
    // UK rules as a POSIX TZ string (no tzdata needed): the spring gap and autumn overlap are real.
    qputenv("TZ", "GMT0BST,M3.5.0/1,M10.5.0");
    tzset();
    QVERIFY(QDateTime(QDate(2024, 7, 1), QTime(12, 0)).offsetFromUtc() == 3600);
}

void TestDateFormat::agreesWithQtOnEveryDay_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"dd/MM/yyyy HH:mm", "dd/MM/yyyy", "d/M/yyyy H:mm", "yyyy-MM-dd HH:mm:ss",
                          "yyyy-MM-ddTHH:mm", "dd.MM.yy HH:mm", "d MMM yyyy HH:mm", "d MMMM yyyy",
                          "MM/dd/yyyy hh:mm", "yyyyMMdd", "dd-MMM-yy", "'Date:' dd/MM/yyyy"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestDateFormat::agreesWithQtOnEveryDay()
{
    QFETCH(QString, format);
    const DateFormat compiled(format);
    QVERIFY(compiled.isCompiled());
    const bool hasTime = format.contains(u'H') || format.contains(u'h');
    int read = 0;
    for (QDate d(2023, 1, 1); d < QDate(2025, 1, 1); d = d.addDays(1)) {
        const QTime t(d.day() % 24, (d.dayOfYear() * 7) % 60,
                      hasTime && format.contains(u's') ? d.month() * 3 : 0);
        // Written by Qt in the C locale, as exports in these formats are.
        const QString text = QLocale::c().toString(QDateTime(d, t, Qt::UTC), format);
        QDate date;
        QTime time;
        QVERIFY2(compiled.parse(text, &date, &time), qPrintable(text));
        const QDateTime qt =
            QDateTime::fromString(text + QStringLiteral(" UTC"), format + QStringLiteral(" t"));
        QVERIFY2(qt.isValid(), qPrintable(text));
        QCOMPARE(date, qt.date());
        QCOMPARE(time, qt.time());
        ++read;
    }
    QCOMPARE(read, 731);
}

void TestDateFormat::nearMissesAreLeftToQt_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::newRow("one-digit day under dd") << "dd/MM/yyyy"
                                            << "1/02/2024";
    QTest::newRow("31 February") << "dd/MM/yyyy"
                                 << "31/02/2024";
    QTest::newRow("29 February, not a leap year") << "dd/MM/yyyy"
                                                  << "29/02/2023";
    QTest::newRow("hour 24") << "dd/MM/yyyy HH:mm"
                             << "01/02/2024 24:00";
    QTest::newRow("minute 60") << "dd/MM/yyyy HH:mm"
                               << "01/02/2024 10:60";
    QTest::newRow("date alone under a date-time format") << "dd/MM/yyyy HH:mm"
                                                         << "01/02/2024";
    QTest::newRow("seconds beyond the format") << "dd/MM/yyyy HH:mm"
                                               << "01/02/2024 10:00:05";
    QTest::newRow("wrong separator") << "dd/MM/yyyy"
                                     << "01-02-2024";
    QTest::newRow("three-digit year") << "dd/MM/yyyy"
                                      << "01/02/202";
    QTest::newRow("five-digit year") << "dd/MM/yyyy"
                                     << "01/02/20245";
    QTest::newRow("lower-case month name") << "d MMM yyyy"
                                           << "1 feb 2024";
    QTest::newRow("upper-case month name") << "d MMM yyyy"
                                           << "1 FEB 2024";
    QTest::newRow("unknown month name") << "d MMM yyyy"
                                        << "1 Fab 2024";
    QTest::newRow("letters") << "dd/MM/yyyy"
                             << "ab/cd/efgh";
    QTest::newRow("empty") << "dd/MM/yyyy"
                           << "";
    QTest::newRow("full-width digits") << "dd/MM/yyyy" << QString::fromUtf8("０１/02/2024");
    QTest::newRow("negative") << "dd/MM/yyyy"
                              << "-1/02/2024";
}

void TestDateFormat::nearMissesAreLeftToQt()
{
    // DateFormat says no; whatever Qt makes of the text is what the callers then get.
    QFETCH(QString, format);
    QFETCH(QString, text);
    QDate date;
    QTime time;
    QVERIFY(!DateFormat(format).parse(text, &date, &time));
}

void TestDateFormat::formatsItCannotCompile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("day names") << "ddd d MMM yyyy";
    QTest::newRow("AM/PM") << "dd/MM/yyyy h:mm AP";
    QTest::newRow("milliseconds") << "yyyy-MM-dd HH:mm:ss.zzz";
    QTest::newRow("time zone") << "yyyy-MM-dd HH:mm t";
    QTest::newRow("three y") << "dd/MM/yyy";
    QTest::newRow("variable width against a number") << "dMyyyy";
    QTest::newRow("no date") << "HH:mm";
    QTest::newRow("empty") << "";
    QTest::newRow("unclosed quote") << "dd/MM/yyyy 'at HH:mm";
}

void TestDateFormat::formatsItCannotCompile()
{
    QFETCH(QString, format);
    QVERIFY(!DateFormat(format).isCompiled());
    // FieldParsers still reads them, through Qt.
    if (format == QLatin1String("dd/MM/yyyy h:mm AP")) {
        const auto d =
            FieldParsers::wallClockDateTime(QStringLiteral("01/02/2024 2:05 PM"), DateFormat(format));
        QVERIFY(d);
        QCOMPARE(d->time(), QTime(14, 5));
    }
}

void TestDateFormat::wallClockMatchesDateTime()
{
    // Every quarter hour around both UK changes of 2024 (31 March, 27 October), and a sample of
    // other days: the wall clock FieldParsers::dateTime reads (01:30 in the spring gap is read as
    // 02:30, as Qt 6.7 does) is the one wallClockDateTime gives.
    const QString format = QStringLiteral("dd/MM/yyyy HH:mm");
    const DateFormat compiled(format);
    QList<QDateTime> moments;
    for (const QDate day : {QDate(2024, 3, 30), QDate(2024, 3, 31), QDate(2024, 10, 27), QDate(2024, 10, 28)})
        for (int q = 0; q < 96; ++q)
            moments << QDateTime(day, QTime(q / 4, (q % 4) * 15), Qt::UTC);
    std::mt19937 random(7);
    for (int i = 0; i < 500; ++i)
        moments << QDateTime(QDate(2020, 1, 1).addDays(random() % 2000), QTime(random() % 24, random() % 60),
                             Qt::UTC);
    int gap = 0;
    for (const QDateTime &m : moments) {
        const QString text = QLocale::c().toString(m, format);
        const auto slow = FieldParsers::dateTime(text, format);
        const auto fast = FieldParsers::wallClockDateTime(text, compiled);
        QVERIFY(slow && fast);
        QCOMPARE(fast->date(), slow->date());
        QCOMPARE(fast->time(), slow->time());
        gap += fast->time() != m.time() && m.date().year() == 2024 && m.date().month() == 3 &&
               m.date().day() >= 30;
    }
    QCOMPARE(gap, 4); // 01:00, 01:15, 01:30 and 01:45 on 31 March
    // Two-digit years: 00-69 are this century, as FieldParsers::dateTime reads them.
    const auto y = FieldParsers::wallClockDateTime(QStringLiteral("05.03.24 10:00"),
                                                   DateFormat(QStringLiteral("dd.MM.yy HH:mm")));
    QVERIFY(y);
    QCOMPARE(y->date(), QDate(2024, 3, 5));
    const auto dob =
        FieldParsers::date(QStringLiteral("05.03.71"), DateFormat(QStringLiteral("dd.MM.yy HH:mm")));
    QVERIFY(dob);
    QCOMPARE(*dob, QDate(1971, 3, 5));
}

void TestDateFormat::isoWriting()
{
    QCOMPARE(DateFormat::isoDateTime(QDate(2024, 2, 29), QTime(7, 5, 9)),
             QStringLiteral("2024-02-29T07:05:09"));
    QCOMPARE(DateFormat::isoDate(QDate(987, 12, 1)), QStringLiteral("0987-12-01"));
    for (QDate d(1899, 12, 25); d < QDate(1900, 1, 10); d = d.addDays(1))
        QCOMPARE(DateFormat::isoDateTime(d, QTime(23, 59, 58)),
                 QDateTime(d, QTime(23, 59, 58), Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
}

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
