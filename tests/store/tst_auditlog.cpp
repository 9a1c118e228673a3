#include "store/auditlog.h"
#include "store/database.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace fc;

/** The tamper-evident audit trail: hash chain, refusal of edits, detection of tampering. */
class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void chainVerifies();
    void hashIsSha256OfLengthPrefixedFields();
    void entriesCannotBeChangedOrDeleted();
    void alteredByteIsDetected_data();
    void alteredByteIsDetected();
    void removedEntryIsDetected();
    void searchReturningPersonsIsAConsultation();
    void filters();
    void appendsFromTwoConnectionsKeepOneChain();

private:
    void fill(int n);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("a.fcdb")), &error);
    QVERIFY2(m_ws, qPrintable(error));
}

void TestAuditLog::fill(int n)
{
    AuditLog log = m_ws->auditLog();
    for (int i = 0; i < n; ++i)
        QVERIFY(log.append(i % 2 ? AuditLog::Action::Consultation : AuditLog::Action::Disclosure,
                           i % 3 ? QStringLiteral("analyst1") : QStringLiteral("analyst2"),
                           QStringLiteral("entity"), QString::number(i), QStringLiteral("detail %1").arg(i),
                           QStringLiteral("op KESTREL"), i % 2 ? QString() : QStringLiteral("CPS")));
}

void TestAuditLog::chainVerifies()
{
    fill(10);
    AuditLog log = m_ws->auditLog();
    QCOMPARE(log.entries().size(), 10);
    QVERIFY(!log.firstBrokenEntry());
    const auto entries = log.entries();
    QCOMPARE(entries.at(0).prevHash, QString(64, QLatin1Char('0')));
    for (int i = 1; i < entries.size(); ++i)
        QCOMPARE(entries.at(i).prevHash, entries.at(i - 1).hash);
}

void TestAuditLog::hashIsSha256OfLengthPrefixedFields()
{
    // Hand-built oracle: the documented encoding, hashed with Qt's SHA-256 independently.
    AuditEntry e;
    e.id = 1;
    e.at = QStringLiteral("2026-01-02T03:04:05.000Z");
    e.userName = QStringLiteral("amy");
    e.action = QStringLiteral("disclosure");
    e.objectType = QStringLiteral("report");
    e.objectId = QStringLiteral("7");
    e.detail = QStringLiteral("x");
    e.justification = QStringLiteral("why");
    e.recipient = QStringLiteral("CPS");
    e.prevHash = QStringLiteral("00");
    const QByteArray data =
        "1:1;24:2026-01-02T03:04:05.000Z;3:amy;10:disclosure;6:report;1:7;1:x;3:why;3:CPS;2:00;";
    QCOMPARE(AuditLog::computeHash(e),
             QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    // Moving a character between fields changes the hash.
    AuditEntry moved = e;
    moved.detail = QStringLiteral("xw");
    moved.justification = QStringLiteral("hy");
    QVERIFY(AuditLog::computeHash(moved) != AuditLog::computeHash(e));
}

void TestAuditLog::entriesCannotBeChangedOrDeleted()
{
    fill(3);
    Database &db = m_ws->database();
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE id = 2")));
    QVERIFY2(db.lastError().contains(QStringLiteral("cannot be changed")), qPrintable(db.lastError()));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    QVERIFY(db.lastError().contains(QStringLiteral("cannot be deleted")));
    QCOMPARE(m_ws->auditLog().entries().size(), 3);
}

void TestAuditLog::alteredByteIsDetected_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("entry");
    QTest::newRow("detail") << QStringLiteral("detail") << 4;
    QTest::newRow("user") << QStringLiteral("user_name") << 1;
    QTest::newRow("time") << QStringLiteral("at") << 7;
    QTest::newRow("recipient") << QStringLiteral("recipient") << 3;
    QTest::newRow("hash") << QStringLiteral("hash") << 5;
}

void TestAuditLog::alteredByteIsDetected()
{
    QFETCH(QString, column);
    QFETCH(int, entry);
    fill(8);
    m_ws.reset();
    // An attacker with the sqlite3 tool: drops the guard and flips one byte of one entry.
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("a.fcdb"))));
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        Statement read = db.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(column));
        read.bind(1, entry);
        QVERIFY(read.step());
        QByteArray bytes = read.text(0).toUtf8();
        QVERIFY(bytes.size() > 1);
        bytes[1] = char(bytes[1] ^ 0x01); // one bit of one byte
        Statement st = db.prepare(QStringLiteral("UPDATE audit_log SET %1 = ? WHERE id = ?").arg(column));
        st.bind(1, QString::fromUtf8(bytes)).bind(2, entry);
        QVERIFY2(st.exec(), qPrintable(db.lastError()));
        QCOMPARE(db.changes(), 1);
    }
    QString error;
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("a.fcdb")), &error);
    QString reason;
    const auto broken = m_ws->auditLog().firstBrokenEntry(&reason);
    QVERIFY(broken.has_value());
    QCOMPARE(*broken, qint64(entry));
    QVERIFY(reason.contains(QString::number(entry)));
}

void TestAuditLog::removedEntryIsDetected()
{
    fill(5);
    m_ws.reset();
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(QStringLiteral("a.fcdb"))));
        QVERIFY(
            db.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 3")));
    }
    m_ws = Workspace::open(m_dir->filePath(QStringLiteral("a.fcdb")), nullptr);
    const auto broken = m_ws->auditLog().firstBrokenEntry();
    QVERIFY(broken.has_value());
    QCOMPARE(*broken, qint64(4));
}

void TestAuditLog::searchReturningPersonsIsAConsultation()
{
    QVERIFY(m_ws->database().exec(QStringLiteral(
        "INSERT INTO entities(id, type, label) VALUES (1, 1, 'Amy KHAN'), (2, 2, 'AB12CDE');"
        "INSERT INTO search(rowid, label, body) VALUES (1, 'Amy KHAN', ''), (2, 'AB12CDE', '')")));
    m_ws->setUserName(QStringLiteral("analyst9"));
    QCOMPARE(m_ws->search(QStringLiteral("AB12")).size(),
             1); // a vehicle only: not a consultation of a person
    QCOMPARE(m_ws->auditLog().entries().size(), 0);
    QCOMPARE(m_ws->search(QStringLiteral("khan")).size(), 1);
    const auto entries = m_ws->auditLog().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, QStringLiteral("consultation"));
    QCOMPARE(entries.first().userName, QStringLiteral("analyst9"));
    QVERIFY(m_ws->recordConsultation(1, QStringLiteral("Op KESTREL briefing")));
    QCOMPARE(m_ws->auditLog().entries().last().justification, QStringLiteral("Op KESTREL briefing"));
    QCOMPARE(m_ws->auditLog().entries().last().objectType, QStringLiteral("person"));
}

void TestAuditLog::filters()
{
    fill(9);
    AuditFilter f;
    f.action = QStringLiteral("consultation");
    QCOMPARE(m_ws->auditLog().entries(f).size(), 4);
    f.userName = QStringLiteral("analyst2");
    QCOMPARE(m_ws->auditLog().entries(f).size(), 1); // i = 3
    AuditFilter future;
    future.since = QStringLiteral("2999-01-01");
    QCOMPARE(m_ws->auditLog().entries(future).size(), 0);
}

void TestAuditLog::appendsFromTwoConnectionsKeepOneChain()
{
    // The window and a worker thread each have a connection to the same workspace and both
    // append (a consultation while the networks job logs its analysis). Each append reads the last
    // entry and writes the next: interleaved without a transaction they fork the chain or collide
    // on the id. 2 x 300 appends at the same moment make that all but certain.
    constexpr int kEach = 300;
    std::atomic_int failures{0};
    std::atomic_bool go{false};
    auto worker = [&](const QString &user) {
        QString error;
        auto ws = Workspace::open(m_dir->filePath(QStringLiteral("a.fcdb")), &error);
        if (!ws) {
            ++failures;
            return;
        }
        while (!go.load()) {
        }
        AuditLog log = ws->auditLog();
        for (int i = 0; i < kEach; ++i)
            if (!log.append(AuditLog::Action::Consultation, user, QStringLiteral("entity"),
                            QString::number(i), QStringLiteral("concurrent")))
                ++failures;
    };
    std::thread a(worker, QStringLiteral("window"));
    std::thread b(worker, QStringLiteral("worker"));
    go = true;
    a.join();
    b.join();
    QCOMPARE(failures.load(), 0);
    AuditLog log = m_ws->auditLog();
    QCOMPARE(log.entries().size(), 2 * kEach);
    QString reason;
    QVERIFY2(!log.firstBrokenEntry(&reason), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
