#include "ingest/factsjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace fc;

/** The facts JSON a mention stores: exact bytes for RFC 8259's escapes, and Qt's parser reads it back. */
class TestFactsJson : public QObject
{
    Q_OBJECT
private slots:
    void bytes_data();
    void bytes();
    void qtsParserReadsItBack();
};

using Facts = QList<QPair<QString, QString>>;

void TestFactsJson::bytes_data()
{
    QTest::addColumn<Facts>("facts");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("none") << Facts{} << QByteArray("[]");
    QTest::newRow("plain") << Facts{{QStringLiteral("vrm"), QStringLiteral("AB12CDE")}}
                           << QByteArray(R"([["vrm","AB12CDE"]])");
    QTest::newRow("two") << Facts{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QString()}}
                         << QByteArray(R"([["a","1"],["b",""]])");
    // RFC 8259 section 7: quotation mark, reverse solidus and the control characters are escaped.
    QTest::newRow("escapes") << Facts{{QStringLiteral("n"), QStringLiteral("say \"hi\" \\ back")}}
                             << QByteArray(R"([["n","say \"hi\" \\ back"]])");
    QTest::newRow("controls") << Facts{{QStringLiteral("n"), QStringLiteral("a\nb\r\tc") + QChar(0x01) + QChar(0x1f)}}
                              << QByteArray(R"([["n","a\nb\r\tc\u0001\u001f"]])");
    QTest::newRow("solidus and DEL as they are") << Facts{{QStringLiteral("n"), QStringLiteral("1/2") + QChar(0x7f)}}
                                                 << QByteArray("[[\"n\",\"1/2\x7f\"]]");
    // UTF-8 bytes from Unicode table 3-7.
    QTest::newRow("utf-8") << Facts{{QStringLiteral("name"), QStringLiteral("Zo\u00eb \u00a31 \u20ac")}}
                           << QByteArray("[[\"name\",\"Zo\xc3\xab \xc2\xa3" "1 \xe2\x82\xac\"]]");
    QTest::newRow("surrogate pair") << Facts{{QStringLiteral("n"), QStringView(QChar::fromUcs4(0x1F697)).toString()}}
                                    << QByteArray("[[\"n\",\"\xf0\x9f\x9a\x97\"]]");
    QTest::newRow("lone surrogate") << Facts{{QStringLiteral("n"), QString(QChar(0xD83D))}}
                                    << QByteArray("[[\"n\",\"\xef\xbf\xbd\"]]");
}

void TestFactsJson::bytes()
{
    QFETCH(Facts, facts);
    QFETCH(QByteArray, expected);
    QByteArray out("prefix:");
    FactsJson::append(out, facts);
    QCOMPARE(out, QByteArray("prefix:") + expected);
}

// Every character from U+0000 to U+FFFF (surrogates aside) in one value, and a long one: what Qt's
// JSON parser reads back is what was written.
void TestFactsJson::qtsParserReadsItBack()
{
    QString all;
    for (char32_t c = 0; c <= 0xFFFF; ++c)
        if (!QChar::isSurrogate(c))
            all += QChar(char16_t(c));
    const Facts facts{{QStringLiteral("all"), all},
                      {QStringLiteral("long"), QString(100000, QLatin1Char('x'))},
                      {QStringLiteral("empty"), QString()}};
    QByteArray json;
    FactsJson::append(json, facts);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray array = doc.array();
    QCOMPARE(array.size(), facts.size());
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const QJsonArray pair = array.at(i).toArray();
        QCOMPARE(pair.size(), 2);
        QCOMPARE(pair.at(0).toString(), facts.at(i).first);
        QCOMPARE(pair.at(1).toString(), facts.at(i).second);
    }
}

QTEST_GUILESS_MAIN(TestFactsJson)
#include "tst_factsjson.moc"
