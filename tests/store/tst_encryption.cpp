#include "ingest/importer.h"
#include "store/database.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/** Encrypted workspaces (SQLCipher 4): no plaintext on disk, wrong passphrases refused, rekey, copies. */
class TestEncryption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void encryptedFileHasNoPlaintext();
    void wrongOrMissingPassphraseIsRefused();
    void changePassphrase();
    void decryptToPlainCopyAndEncryptBack();

private:
    QString importInto(Workspace &ws);
    QByteArray fileBytes(const QString &path);
    QTemporaryDir m_dir;
};

static const QByteArray kKey = "correct horse battery staple";

void TestEncryption::initTestCase()
{
    if (!Database::encryptionAvailable())
        QSKIP("built against plain SQLite (FUSIONCELL_SQLITE_PKG=sqlite3): no encryption to test");
}

QString TestEncryption::importInto(Workspace &ws)
{
    const QString csv = m_dir.filePath(QStringLiteral("names-%1.csv").arg(quintptr(&ws)));
    QFile f(csv);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write csv");
    f.write("Ref,Name,DOB,VRM\nR1,Zebedee Quarrington,01/02/1990,QX51ZZK\nR2,Philomena Ashcroft-Vane,03/04/1985,WV09JJP\n");
    f.close();
    QString error;
    const auto spec = ImportSpec::fromJson(R"({"name": "s", "source": {"organisation": "O"},
        "format": {"date_format": "dd/MM/yyyy"},
        "entities": {"i": {"type": "incident", "key": "Ref"},
                     "p": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}},
                     "v": {"type": "vehicle", "fields": {"vrm": "VRM"}}},
        "links": [{"type": "suspect_in", "from": "p", "to": "i"}]})", &error);
    if (!spec)
        return error;
    const ImportReport r = Importer(ws, *spec).importFile(csv);
    return r.ok() ? QString() : r.message;
}

QByteArray TestEncryption::fileBytes(const QString &path)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

void TestEncryption::encryptedFileHasNoPlaintext()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.fcdb"));
    {
        QString error;
        auto ws = Workspace::open(path, &error, kKey);
        QVERIFY2(ws, qPrintable(error));
        const QString failure = importInto(*ws);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(ws->search(QStringLiteral("Quarrington")).size(), 1);
        // Check both the WAL and, after a checkpoint, the main file.
        const QByteArray beforeCheckpoint = fileBytes(path);
        QVERIFY(!beforeCheckpoint.contains("Quarrington"));
        QVERIFY(ws->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.size() > 4096);
    for (const char *secret : {"Quarrington", "QUARRINGTON", "Zebedee", "Philomena", "Ashcroft", "QX51ZZK", "WV09JJP",
                               "SQLite format 3", "CREATE TABLE"})
        QVERIFY2(!bytes.contains(secret), secret);
    QVERIFY(!bytes.contains(QStringLiteral("Quarrington").toUtf8()));
    QVERIFY(Workspace::looksEncrypted(path));
    QVERIFY(!bytes.contains(kKey)); // the passphrase is not stored
}

void TestEncryption::wrongOrMissingPassphraseIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.fcdb"));
    {
        auto ws = Workspace::open(path, nullptr, kKey);
        QVERIFY(ws);
        QVERIFY(importInto(*ws).isEmpty());
    }
    QString error;
    QVERIFY(!Workspace::open(path, &error, "wrong passphrase"));
    QVERIFY2(error.contains(QStringLiteral("wrong passphrase")), qPrintable(error));
    QVERIFY(!Workspace::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("encrypted")), qPrintable(error));
    auto ws = Workspace::open(path, &error, kKey);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->countsByType().value(EntityType::Person), 2);
}

void TestEncryption::changePassphrase()
{
    const QString path = m_dir.filePath(QStringLiteral("rekey.fcdb"));
    {
        auto ws = Workspace::open(path, nullptr, kKey);
        QVERIFY(ws);
        QVERIFY(importInto(*ws).isEmpty());
        QString error;
        QVERIFY(!ws->changePassphrase(QByteArray(), &error));
        QVERIFY2(ws->changePassphrase("new secret", &error), qPrintable(error));
    }
    QVERIFY(!Workspace::open(path, nullptr, kKey));
    auto ws = Workspace::open(path, nullptr, "new secret");
    QVERIFY(ws);
    QCOMPARE(ws->countsByType().value(EntityType::Vehicle), 2);
}

void TestEncryption::decryptToPlainCopyAndEncryptBack()
{
    const QString path = m_dir.filePath(QStringLiteral("source.fcdb"));
    const QString plain = m_dir.filePath(QStringLiteral("plain.fcdb"));
    const QString again = m_dir.filePath(QStringLiteral("again.fcdb"));
    {
        auto ws = Workspace::open(path, nullptr, kKey);
        QVERIFY(ws);
        QVERIFY(importInto(*ws).isEmpty());
        QString error;
        QVERIFY2(ws->exportCopy(plain, QByteArray(), &error), qPrintable(error));
        QVERIFY(!ws->exportCopy(plain, QByteArray(), &error)); // never overwrites
    }
    QVERIFY(!Workspace::looksEncrypted(plain));
    QVERIFY(fileBytes(plain).contains("Quarrington"));
    {
        QString error;
        auto ws = Workspace::open(plain, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->countsByType().value(EntityType::Person), 2);
        QCOMPARE(ws->search(QStringLiteral("Ashcroft")).size(), 1);
        QVERIFY2(ws->exportCopy(again, "third key", &error), qPrintable(error));
    }
    QVERIFY(Workspace::looksEncrypted(again));
    auto ws = Workspace::open(again, nullptr, "third key");
    QVERIFY(ws);
    QCOMPARE(ws->countsByType().value(EntityType::Incident), 2);
    QVERIFY(!ws->auditLog().firstBrokenEntry()); // the audit chain survives the copy
    QVERIFY(ws->auditLog().entries().size() >= 1);
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
