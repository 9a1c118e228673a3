#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace fc;

/** The SQLite wrapper, the schema migrations and the read-side workspace queries. */
class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void bindingRoundTrip_data();
    void bindingRoundTrip();
    void textIsStoredAsQtsUtf8_data();
    void textIsStoredAsQtsUtf8();
    void transactionRollsBackUnlessCommitted();
    void migrateCreatesCurrentSchema();
    void newerSchemaIsRefused();
    void notAWorkspaceIsRefused();
    void searchTreatsTextAsWords_data();
    void searchTreatsTextAsWords();
    void searchSnippetSeparatesValuesWithAMiddleDot();
    void version2AttributesBecomeMentions();
    void osUserNameIsTheAccountWhateverTheEnvironment_data();
    void osUserNameIsTheAccountWhateverTheEnvironment();
};

void TestStore::bindingRoundTrip_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QVariant(QStringLiteral("O'Brien; DROP TABLE t; --"));
    QTest::newRow("unicode") << QVariant(QStringLiteral("Zoë Ní Bhriain £12 €"));
    QTest::newRow("astral") << QVariant(QString::fromUtf8("Wang Fang \xe7\x8e\x8b\xe8\x8a\xb3 \xf0\x9f\x9a\x97"));
    QTest::newRow("empty") << QVariant(QStringLiteral(""));
    QTest::newRow("int") << QVariant(qint64(-9007199254740993LL));
    QTest::newRow("double") << QVariant(1234.5);
    QTest::newRow("blob") << QVariant(QByteArray("\0\1\2binary", 9));
    QTest::newRow("null") << QVariant();
}

void TestStore::bindingRoundTrip()
{
    QFETCH(QVariant, value);
    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(v)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t(v) VALUES (?)"));
    QVERIFY(insert.isValid());
    insert.bindVariant(1, value);
    QVERIFY(insert.exec());
    Statement select = db.prepare(QStringLiteral("SELECT v, count(*) FROM t"));
    QVERIFY(select.step());
    QCOMPARE(select.value(0), value);
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 't'")), 1);
}

void TestStore::textIsStoredAsQtsUtf8_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected"); // the UTF-8 bytes (Unicode 15, table 3-7)
    QTest::newRow("ascii") << QStringLiteral("AB12CDE") << QByteArray("AB12CDE");
    QTest::newRow("two bytes") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab");
    QTest::newRow("three bytes") << QStringLiteral("£1 €") << QByteArray("\xc2\xa3" "1 \xe2\x82\xac");
    QTest::newRow("surrogate pair") << QStringView(QChar::fromUcs4(0x1F697)).toString() << QByteArray("\xf0\x9f\x9a\x97");
    QTest::newRow("lone surrogate") << QString(QChar(0xD83D)) + QLatin1Char('x') << QByteArray("\xef\xbf\xbdx");
    QTest::newRow("pair at the end cut") << QStringLiteral("a") + QChar(0xDBFF) << QByteArray("a\xef\xbf\xbd");
}

// Statement converts to UTF-8 itself, into buffers it reuses: the bytes SQLite stores are the
// standard's, and a short value bound after a long one is stored without the long one's tail.
void TestStore::textIsStoredAsQtsUtf8()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QByteArray appended("prefix:");
    Statement::appendUtf8(appended, text);
    QCOMPARE(appended, QByteArray("prefix:") + expected);
    if (!text.contains(QChar(0xD83D)) && !text.contains(QChar(0xDBFF)))
        QCOMPARE(expected, text.toUtf8()); // Qt's own encoder agrees on well-formed text

    Database db;
    QVERIFY(db.open(QStringLiteral(":memory:")));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT)")));
    Statement insert = db.prepare(QStringLiteral("INSERT INTO t(id, v) VALUES (?, ?)"));
    insert.bind(1, 1).bind(2, QStringLiteral("a much longer value bound first, to leave a big buffer"));
    QVERIFY(insert.exec());
    insert.bind(1, 2).bind(2, text);
    QVERIFY(insert.exec());
    insert.bind(1, 3).bindUtf8(2, expected);
    QVERIFY(insert.exec());
    Statement select = db.prepare(QStringLiteral("SELECT hex(v) FROM t WHERE id IN (2, 3) ORDER BY id"));
    for (int i = 0; i < 2; ++i) {
        QVERIFY(select.step());
        QCOMPARE(select.text(0).toLatin1(), expected.toHex().toUpper());
    }
}

void TestStore::transactionRollsBackUnlessCommitted()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("t.db"))));
    QVERIFY(db.exec(QStringLiteral("CREATE TABLE t(v)")));
    {
        Transaction tx(db);
        QVERIFY(tx.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM t")), 0);
    {
        Transaction tx(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        QVERIFY(tx.commit());
    }
    QCOMPARE(db.scalarInt(QStringLiteral("SELECT count(*) FROM t")), 1);
}

void TestStore::migrateCreatesCurrentSchema()
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->database().userVersion(), Schema::currentVersion());
    QCOMPARE(ws->database().scalarInt(QStringLiteral("PRAGMA foreign_keys")), 1);
    Statement mode = ws->database().prepare(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.step());
    QCOMPARE(mode.text(0), QStringLiteral("wal"));
    for (const char *table : {"imports", "source_records", "rejects", "entities", "entity_keys",
                              "entity_sources", "attributes", "mentions", "links", "search"})
        QVERIFY2(
            ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'")
                                         .arg(QLatin1String(table))) == 1,
            table);
    // Opening again does not migrate twice.
    ws.reset();
    ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
}

void TestStore::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.fcdb"));
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(db.setUserVersion(Schema::currentVersion() + 5));
    }
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(error.contains(path));
}

void TestStore::notAWorkspaceIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("junk.fcdb"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    QString error;
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY(!error.isEmpty());
}

void TestStore::searchTreatsTextAsWords_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("prefix") << QStringLiteral("kha") << 1;
    QTest::newRow("two words") << QStringLiteral("amy khan") << 1;
    QTest::newRow("unbalanced syntax") << QStringLiteral("khan)") << 1;
    QTest::newRow("operators are words") << QStringLiteral("amy OR zzzz") << 0;
    QTest::newRow("quotes") << QStringLiteral("\"khan") << 1;
    QTest::newRow("column filter") << QStringLiteral("label:khan") << 0;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE entities; --") << 0;
    QTest::newRow("no match") << QStringLiteral("zzzz") << 0;
}

void TestStore::searchTreatsTextAsWords()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    auto ws = Workspace::open(QStringLiteral(":memory:"), nullptr);
    QVERIFY(ws);
    QVERIFY(ws->database().exec(QStringLiteral(
        "INSERT INTO entities(id, type, label) VALUES (7, 1, 'Amy KHAN');"
        "INSERT INTO search(rowid, label, body) VALUES (7, 'Amy KHAN', 'Amy KHAN 1990-02-01')")));
    const auto result = ws->search(query);
    QCOMPARE(result.size(), hits);
    if (hits)
        QCOMPARE(result.first().entityId, 7);
    QCOMPARE(ws->countsByType().value(EntityType::Person), 1);
}

void TestStore::searchSnippetSeparatesValuesWithAMiddleDot()
{
    // The body keeps a record's values apart with the unit separator; the snippet the user reads
    // shows them apart with " · " (U+00B7), not the separator and not its UTF-8 bytes read as
    // Latin-1 ("Â·").
    auto ws = Workspace::open(QStringLiteral(":memory:"), nullptr);
    QVERIFY(ws);
    QVERIFY(ws->database().exec(QStringLiteral(
        "INSERT INTO entities(id, type, label) VALUES (7, 1, 'Amy KHAN');"
        "INSERT INTO search(rowid, label, body) "
        "VALUES (7, 'Amy KHAN', 'Amy KHAN' || char(31) || '1990-02-01')")));
    const auto result = ws->search(QStringLiteral("khan"));
    QCOMPARE(result.size(), 1);
    QCOMPARE(result.first().snippet, QStringLiteral("Amy KHAN \u00b7 1990-02-01"));
}

void TestStore::version2AttributesBecomeMentions()
{
    // A version 2 workspace kept one row per attribute per record; version 3 keeps one mention per
    // entity and record with its facts. Written by hand as version 2 stored them: person 1 named
    // by records 1 and 2 (record 2 also gives the DOB), incident 2 by record 1, and person 1 also
    // in a second role of record 1 (which has no attributes of its own).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.fcdb"));
    {
        Database db;
        QVERIFY(db.open(path));
        QString error;
        QVERIFY2(Schema::migrate(db, &error, 2), qPrintable(error));
        for (const char *sql :
             {"INSERT INTO imports(id, file_name, file_size, sha256, spec_name, spec_json, organisation, "
              "started_at) "
              "VALUES (1, 'a.csv', 10, 'x', 's', '{}', 'Northgate Foods', '2025-01-01')",
              "INSERT INTO source_records(id, import_id, row_number, raw) VALUES (1, 1, 2, 'r2'), (2, 1, 3, "
              "'r3')",
              "INSERT INTO entities(id, type, label) VALUES (1, 1, 'Amy Khan'), (2, 4, 'NF-1')",
              "INSERT INTO entity_sources VALUES (1, 1, 'suspect1'), (1, 1, 'witness'), (2, 1, 'incident'), "
              "(1, 2, 'suspect1')",
              "INSERT INTO attributes(id, entity_id, name, value, source_record_id) VALUES "
              "(1, 1, 'name', 'Amy Khan', 1), (2, 2, 'offence', 'shop_theft', 1), (3, 1, 'name', 'AMY KHAN', "
              "2), "
              "(4, 1, 'dob', '1990-02-01', 2), (5, 2, 'occurred_at', '2025-01-03T14:05:00', 1)"})
            QVERIFY2(db.exec(QString::fromLatin1(sql)), qPrintable(db.lastError()));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->database().userVersion(), Schema::currentVersion());
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM mentions")), 4);
    // Each attribute once, with its record, as before.
    auto rows = [&](const QString &sql) {
        QStringList out;
        Statement st = ws->database().prepare(sql);
        while (st.step()) {
            QStringList fields;
            for (int c = 0; c < st.columnCount(); ++c)
                fields << st.value(c).toString();
            out << fields.join(QLatin1Char('|'));
        }
        return out;
    };
    QCOMPARE(rows(QStringLiteral(
                 "SELECT entity_id, name, value, source_record_id FROM attributes ORDER BY 1, 4, 2")),
             QStringList({"1|name|Amy Khan|1", "1|dob|1990-02-01|2", "1|name|AMY KHAN|2",
                          "2|occurred_at|2025-01-03T14:05:00|1", "2|offence|shop_theft|1"}));
    QCOMPARE(
        rows(QStringLiteral("SELECT entity_id, source_record_id, role FROM entity_sources ORDER BY 1, 2, 3")),
        QStringList({"1|1|suspect1", "1|1|witness", "1|2|suspect1", "2|1|incident"}));
    // Provenance through the workspace: three attribute values of person 1 from rows 2 and 3.
    const QList<AttributeValue> attributes = ws->attributes(1);
    QCOMPARE(attributes.size(), 3);
    for (const AttributeValue &a : attributes)
        QCOMPARE(a.provenance.rowNumber, a.value == QLatin1String("Amy Khan") ? 2 : 3);
    // The search entries were rebuilt without the date-time: found by name, not by "2025".
    QCOMPARE(ws->search(QStringLiteral("khan")).size(), 1);
    QCOMPARE(ws->search(QStringLiteral("shop_theft")).size(), 1);
    QCOMPARE(ws->search(QStringLiteral("2025")).size(), 0);
}

void TestStore::osUserNameIsTheAccountWhateverTheEnvironment_data()
{
    // What USER, LOGNAME and USERNAME are set to; null: unset (cron, a service, a container).
    QTest::addColumn<QString>("environment");
    QTest::newRow("unset") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("someone else (su without -)") << QStringLiteral("someone-else");
}

void TestStore::osUserNameIsTheAccountWhateverTheEnvironment()
{
    QFETCH(QString, environment);
    // The oracle: coreutils' `id -un`, the name of the effective user in the system's user database.
    QProcess id;
    id.start(QStringLiteral("id"), {QStringLiteral("-un")});
    if (!id.waitForFinished(30000) || id.exitCode() != 0)
        QSKIP("`id -un` does not know this account");
    const QString account = QString::fromLocal8Bit(id.readAllStandardOutput()).trimmed();
    QVERIFY(!account.isEmpty());

    const QList<QByteArray> names{"USER", "LOGNAME", "USERNAME"};
    QList<std::optional<QByteArray>> saved;
    for (const QByteArray &name : names) {
        saved.append(qEnvironmentVariableIsSet(name.constData()) ? std::optional(qgetenv(name.constData())) : std::nullopt);
        if (environment.isNull())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), environment.toLocal8Bit());
    }
    const QString name = Workspace::osUserName();
    for (int i = 0; i < names.size(); ++i) {
        if (saved.at(i))
            qputenv(names.at(i).constData(), *saved.at(i));
        else
            qunsetenv(names.at(i).constData());
    }
    QCOMPARE(name, account);
    // A workspace records the same user.
    QTemporaryDir dir;
    QString error;
    const auto ws = Workspace::open(dir.filePath(QStringLiteral("w.fcdb")), &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->userName(), account);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
