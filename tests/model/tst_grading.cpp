#include "model/entitytype.h"
#include "model/grading.h"
#include "model/linktype.h"

#include <QtTest>

using namespace fc;

/** The 3x5x2 grading (College of Policing APP, 2021) and the model's vocabularies. */
class TestGrading : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void meanings();
    void strengthOrdersBestFirst();
    void entityTypeNames();
};

void TestGrading::parse_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("intelligence");
    QTest::addColumn<QString>("handling");
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("code");  // empty = invalid
    QTest::addColumn<QString>("error"); // part of the message
    QTest::newRow("1A P") << "1" << "A" << "P" << "" << "1A P" << "";
    QTest::newRow("lower case, spaces") << " 2 " << "b" << "p" << "" << "2B P" << "";
    QTest::newRow("C with conditions") << "3" << "E" << "C" << "Not to be shared with retailers" << "3E C" << "";
    QTest::newRow("C without conditions") << "3" << "E" << "C" << "" << "" << "conditions";
    QTest::newRow("source 4") << "4" << "A" << "P" << "" << "" << "source grade \"4\"";
    QTest::newRow("5x5x5 source letter") << "B" << "2" << "P" << "" << "" << "source grade \"B\"";
    QTest::newRow("intelligence F") << "1" << "F" << "P" << "" << "" << "intelligence grade \"F\"";
    QTest::newRow("handling 4") << "1" << "A" << "4" << "" << "" << "handling code \"4\"";
    QTest::newRow("ungraded") << "" << "" << "" << "" << "" << "";
    QTest::newRow("partial") << "2" << "" << "" << "" << "2- -" << "";
}

void TestGrading::parse()
{
    QFETCH(QString, source);
    QFETCH(QString, intelligence);
    QFETCH(QString, handling);
    QFETCH(QString, conditions);
    QFETCH(QString, code);
    QFETCH(QString, error);
    QString message;
    const auto g = Grading::parse(source, intelligence, handling, conditions, &message);
    if (!error.isEmpty()) {
        QVERIFY(!g);
        QVERIFY2(message.contains(error), qPrintable(message));
        return;
    }
    QVERIFY2(g, qPrintable(message));
    QCOMPARE(g->code(), code);
    QCOMPARE(g->isGraded(), !code.isEmpty());
}

void TestGrading::meanings()
{
    QCOMPARE(Grading::sourceMeaning(QLatin1Char('1')), QStringLiteral("Reliable"));
    QCOMPARE(Grading::sourceMeaning(QLatin1Char('3')), QStringLiteral("Not reliable"));
    QCOMPARE(Grading::intelligenceMeaning(QLatin1Char('B')), QStringLiteral("Known indirectly but corroborated"));
    QCOMPARE(Grading::intelligenceMeaning(QLatin1Char('E')), QStringLiteral("Suspected to be false"));
    QCOMPARE(Grading::handlingMeaning(QLatin1Char('C')), QStringLiteral("Lawful sharing permitted with conditions"));
}

void TestGrading::strengthOrdersBestFirst()
{
    auto grade = [](const char *s, const char *i) {
        return *Grading::parse(QString::fromLatin1(s), QString::fromLatin1(i), QString(), QString(), nullptr);
    };
    QVERIFY(grade("1", "A").strength() < grade("1", "B").strength());
    QVERIFY(grade("1", "E").strength() < grade("2", "A").strength());
    QVERIFY(grade("3", "E").strength() < Grading().strength());
}

void TestGrading::entityTypeNames()
{
    QCOMPARE(EntityTypes::names(), (QStringList{"person", "vehicle", "location", "incident", "object", "organisation"}));
    QCOMPARE(EntityTypes::fromName(QStringLiteral(" Vehicle ")), EntityType::Vehicle);
    QVERIFY(!EntityTypes::fromName(QStringLiteral("suspect")));
    QVERIFY(LinkTypes::isKnown(QStringLiteral("co_offender")));
    QVERIFY(!LinkTypes::isKnown(QStringLiteral("knows")));
    QVERIFY(LinkTypes::isPersonToPerson(QStringLiteral("associate")));
    QVERIFY(!LinkTypes::isPersonToPerson(QStringLiteral("suspect_in")));
}

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
