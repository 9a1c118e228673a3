#include "model/personname.h"

#include <QtTest>

using namespace fc;

/** PersonName tests: splitting as exports write names, display style and matching keys. */
class TestPersonName : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void fromParts_data();
    void fromParts();
    void sameKeyWhicheverWayWritten();
};

void TestPersonName::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("forenames");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("key");

    QTest::newRow("forename surname") << "Amy Khan"
                                      << "Amy"
                                      << "Khan"
                                      << "Amy KHAN"
                                      << "KHAN|AMY";
    QTest::newRow("surname, forename") << "KHAN, Amy"
                                       << "Amy"
                                       << "KHAN"
                                       << "Amy KHAN"
                                       << "KHAN|AMY";
    QTest::newRow("all capitals") << "AMY KHAN"
                                  << "AMY"
                                  << "KHAN"
                                  << "Amy KHAN"
                                  << "KHAN|AMY";
    QTest::newRow("all lower case") << "amy khan"
                                    << "amy"
                                    << "khan"
                                    << "Amy KHAN"
                                    << "KHAN|AMY";
    QTest::newRow("two forenames, double-barrelled surname") << "Mary Anne O'Neil-Smith"
                                                             << "Mary Anne"
                                                             << "O'Neil-Smith"
                                                             << "Mary Anne O'NEIL-SMITH"
                                                             << "ONEILSMITH|MARY ANNE";
    QTest::newRow("single word is a surname") << "Khan"
                                              << ""
                                              << "Khan"
                                              << "KHAN"
                                              << "KHAN|";
    QTest::newRow("whitespace collapsed") << "  Amy \t Jane   Khan "
                                          << "Amy Jane"
                                          << "Khan"
                                          << "Amy Jane KHAN"
                                          << "KHAN|AMY JANE";
    QTest::newRow("Mr") << "Mr John Smith"
                        << "John"
                        << "Smith"
                        << "John SMITH"
                        << "SMITH|JOHN";
    QTest::newRow("Mrs") << "Mrs Jane Smith"
                         << "Jane"
                         << "Smith"
                         << "Jane SMITH"
                         << "SMITH|JANE";
    QTest::newRow("Ms") << "ms jane smith"
                        << "jane"
                        << "smith"
                        << "Jane SMITH"
                        << "SMITH|JANE";
    QTest::newRow("Dr with a dot") << "Dr. Priya Patel"
                                   << "Priya"
                                   << "Patel"
                                   << "Priya PATEL"
                                   << "PATEL|PRIYA";
    QTest::newRow("Miss and accents")
        << QStringLiteral("Miss Zo\u00EB Bront\u00EB") << QStringLiteral("Zo\u00EB")
        << QStringLiteral("Bront\u00EB") << QStringLiteral("Zo\u00EB BRONT\u00CB") << "BRONTE|ZOE";
    QTest::newRow("title after the comma") << "Smith ,  Mrs  Jane"
                                           << "Jane"
                                           << "Smith"
                                           << "Jane SMITH"
                                           << "SMITH|JANE";
    QTest::newRow("hyphenated forename") << "mary-jane o'brien"
                                         << "mary-jane"
                                         << "o'brien"
                                         << "Mary-Jane O'BRIEN"
                                         << "OBRIEN|MARYJANE";
    QTest::newRow("accents removed in key")
        << QStringLiteral("Jos\u00E9 \u00C1lvarez") << QStringLiteral("Jos\u00E9")
        << QStringLiteral("\u00C1lvarez") << QStringLiteral("Jos\u00E9 \u00C1LVAREZ") << "ALVAREZ|JOSE";
    QTest::newRow("title alone stays a name") << "Dr"
                                              << ""
                                              << "Dr"
                                              << "DR"
                                              << "DR|";
    // The police way: SURNAME Forenames (a leading word in capitals, then mixed case).
    QTest::newRow("SURNAME Forenames") << "ALBANESE Giuseppe Domenico"
                                       << "Giuseppe Domenico"
                                       << "ALBANESE"
                                       << "Giuseppe Domenico ALBANESE"
                                       << "ALBANESE|GIUSEPPE DOMENICO";
    QTest::newRow("SURNAME Forename") << "KHAN Amy"
                                      << "Amy"
                                      << "KHAN"
                                      << "Amy KHAN"
                                      << "KHAN|AMY";
    QTest::newRow("SURNAME with an apostrophe, hyphenated forename") << "O'NEILL Mary-Jane"
                                                                     << "Mary-Jane"
                                                                     << "O'NEILL"
                                                                     << "Mary-Jane O'NEILL"
                                                                     << "ONEILL|MARYJANE";
    QTest::newRow("SURNAME of two words") << "DE LA CRUZ Maria"
                                          << "Maria"
                                          << "DE LA CRUZ"
                                          << "Maria DE LA CRUZ"
                                          << "DE LA CRUZ|MARIA";
    QTest::newRow("SURNAME Forename Initial") << "KHAN Amy J"
                                              << "Amy J"
                                              << "KHAN"
                                              << "Amy J KHAN"
                                              << "KHAN|AMY J";
    QTest::newRow("title, then SURNAME Forename") << "Mr KHAN Imran"
                                                  << "Imran"
                                                  << "KHAN"
                                                  << "Imran KHAN"
                                                  << "KHAN|IMRAN";
    QTest::newRow("Forename SURNAME stays forename first") << "Amy KHAN"
                                                           << "Amy"
                                                           << "KHAN"
                                                           << "Amy KHAN"
                                                           << "KHAN|AMY";
    QTest::newRow("Forename SURNAME with apostrophe") << "Mary-Jane O'NEILL"
                                                      << "Mary-Jane"
                                                      << "O'NEILL"
                                                      << "Mary-Jane O'NEILL"
                                                      << "ONEILL|MARYJANE";
    QTest::newRow("initial then Surname is not the police way") << "A Khan"
                                                                << "A"
                                                                << "Khan"
                                                                << "A KHAN"
                                                                << "KHAN|A";
    QTest::newRow("all capitals, three words: ambiguous, forenames first") << "AMY JANE KHAN"
                                                                          << "AMY JANE"
                                                                          << "KHAN"
                                                                          << "Amy Jane KHAN"
                                                                          << "KHAN|AMY JANE";
    QTest::newRow("capitals on both sides of mixed case: not guessed") << "AMY Jane KHAN"
                                                                       << "AMY Jane"
                                                                       << "KHAN"
                                                                       << "Amy Jane KHAN"
                                                                       << "KHAN|AMY JANE";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << ""
                           << "|";
}

void TestPersonName::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, forenames);
    QFETCH(QString, surname);
    QFETCH(QString, display);
    QFETCH(QString, key);
    const PersonName name = PersonName::parse(input);
    QCOMPARE(name.forenames, forenames);
    QCOMPARE(name.surname, surname);
    QCOMPARE(name.display(), display);
    QCOMPARE(name.key(), key);
    QCOMPARE(name.isEmpty(), input.trimmed().isEmpty());
}

void TestPersonName::fromParts_data()
{
    QTest::addColumn<QString>("forenames");
    QTest::addColumn<QString>("surname");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("key");

    QTest::newRow("trimmed") << "  Amy  "
                             << " Khan "
                             << "Amy KHAN"
                             << "KHAN|AMY";
    QTest::newRow("inner whitespace") << "Mary   Anne"
                                      << "O'Neil"
                                      << "Mary Anne O'NEIL"
                                      << "ONEIL|MARY ANNE";
    QTest::newRow("surname only") << ""
                                  << "Khan"
                                  << "KHAN"
                                  << "KHAN|";
    QTest::newRow("digits, tabs and punctuation") << "Amy\t2"
                                                  << " Khan-3 "
                                                  << "Amy 2 KHAN-3"
                                                  << "KHAN3|AMY 2";
    QTest::newRow("forenames only") << "amy"
                                    << ""
                                    << "Amy"
                                    << "|AMY";
}

void TestPersonName::fromParts()
{
    QFETCH(QString, forenames);
    QFETCH(QString, surname);
    QFETCH(QString, display);
    QFETCH(QString, key);
    const PersonName name = PersonName::fromParts(forenames, surname);
    QCOMPARE(name.forenames, forenames.simplified());
    QCOMPARE(name.surname, surname.simplified());
    QCOMPARE(name.display(), display);
    QCOMPARE(name.key(), key);
}

void TestPersonName::sameKeyWhicheverWayWritten()
{
    const QString key = PersonName::fromParts(QStringLiteral("Zo\u00EB"), QStringLiteral("O'Neil")).key();
    QCOMPARE(key, QStringLiteral("ONEIL|ZOE"));
    QCOMPARE(PersonName::parse(QStringLiteral("ONEIL, ZOE")).key(), key);
    QCOMPARE(PersonName::parse(QStringLiteral("zoe o'neil")).key(), key);
    QCOMPARE(PersonName::parse(QStringLiteral("Ms Zo\u00EB O\u2019Neil")).key(), key);
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
