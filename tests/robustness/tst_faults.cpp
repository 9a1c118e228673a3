#include "ingest/importer.h"
#include "store/database.h"
#include "store/schema.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace fc;

/**
 * Faults around the workspace file: the disk filling up during an import, a workspace the user
 * may not write to, and an older workspace upgraded after a backup copy. Each must end with a
 * clear message and lose nothing.
 */
class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void diskFullRollsBackWithAClearMessage();
    void readOnlyWorkspaceLosesNothing();
    void olderWorkspaceIsBackedUpBeforeUpgrade();

private:
    QString write(const QString &name, const QByteArray &bytes);
    ImportReport import(Workspace &ws, const QString &path);
    static QString dump(Workspace &ws);
    bool makeReadOnly(bool readOnly);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_workspace;
    QString m_folder; // holds only the workspace, so that it can be made read-only
    bool m_immutable = false;
};

namespace {

const QByteArray kSpec = R"({
  "name": "Faults", "source": {"organisation": "Northgate Foods", "kind": "retailer"},
  "format": {"date_format": "dd/MM/yyyy HH:mm"},
  "grading": {"source": "2", "intelligence": "B", "handling": "P"},
  "entities": {
    "incident": {"type": "incident", "key": "Ref", "fields": {"occurred_at": "When", "value_gbp": "Loss"}},
    "suspect": {"type": "person", "fields": {"full_name": "Name", "dob": "DOB"}} },
  "links": [ {"type": "suspect_in", "from": "suspect", "to": "incident"} ] })";

QByteArray rows(int from, int count)
{
    QByteArray out = "Ref,When,Loss,Name,DOB\n";
    for (int i = from; i < from + count; ++i)
        out += "R" + QByteArray::number(i) + ",03/01/2025 14:05,12.50,Ann Lee" + QByteArray::number(i % 500)
               + ",01/02/1990\n";
    return out;
}

} // namespace

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_folder = m_dir->filePath(QStringLiteral("ws"));
    QVERIFY(QDir().mkpath(m_folder));
    m_workspace = m_folder + QStringLiteral("/w.fcdb");
    QString error;
    auto ws = Workspace::open(m_workspace, &error);
    QVERIFY2(ws, qPrintable(error));
    const ImportReport first = import(*ws, write(QStringLiteral("first.csv"), rows(1, 50)));
    QVERIFY2(first.status == ImportReport::Status::Imported, qPrintable(first.message));
}

void TestFaults::cleanup()
{
    makeReadOnly(false);
}

QString TestFaults::write(const QString &name, const QByteArray &bytes)
{
    QFile f(m_dir->filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(bytes);
    return f.fileName();
}

ImportReport TestFaults::import(Workspace &ws, const QString &path)
{
    QString error;
    const auto spec = ImportSpec::fromJson(kSpec, &error);
    if (!spec)
        qFatal("test spec invalid: %s", qPrintable(error));
    Importer importer(ws, *spec);
    return importer.importFile(path, {QStringLiteral("tester")});
}

QString TestFaults::dump(Workspace &ws)
{
    QString out;
    for (const char *table : {"imports", "source_records", "rejects", "entities", "entity_keys", "entity_sources",
                              "attributes", "mentions", "links", "audit_log"}) {
        Statement st = ws.database().prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        out += QLatin1String(table) + QLatin1Char('\n');
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                out += st.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

// Permissions do not stop root (CI runs as root), the immutable attribute does.
bool TestFaults::makeReadOnly(bool readOnly)
{
    const QStringList paths = {m_workspace, m_folder};
    if (::geteuid() == 0) {
        if (!readOnly && !m_immutable)
            return true;
        const int rc = QProcess::execute(QStringLiteral("chattr"),
                                         QStringList{readOnly ? QStringLiteral("+i") : QStringLiteral("-i")} + paths);
        m_immutable = readOnly && rc == 0;
        return rc == 0;
    }
    const auto file = readOnly ? QFile::ReadOwner | QFile::ReadUser : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser;
    const auto folder = file | QFile::ExeOwner | QFile::ExeUser;
    return QFile::setPermissions(m_workspace, file) && QFile::setPermissions(m_folder, folder);
}

void TestFaults::diskFullRollsBackWithAClearMessage()
{
    QString error;
    auto ws = Workspace::open(m_workspace, &error);
    QVERIFY2(ws, qPrintable(error));
    const QString before = dump(*ws);
    // SQLite's own "disk full": the file may grow by only a few pages on this connection.
    const qint64 pages = ws->database().scalarInt(QStringLiteral("PRAGMA page_count"));
    QVERIFY(pages > 0);
    QVERIFY(ws->database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 4)));
    const QString big = write(QStringLiteral("big export.csv"), rows(1000, 20000));
    const ImportReport r = import(*ws, big);
    QCOMPARE(r.status, ImportReport::Status::Failed);
    QVERIFY2(r.message.contains(QLatin1String("big export.csv")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("database or disk is full")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("nothing was imported")) || r.message.contains(QLatin1String("failed")),
             qPrintable(r.message));
    QCOMPARE(dump(*ws), before); // rolled back: not one row of the big file
    // Once there is room again the same file imports, and the earlier data is all there.
    QVERIFY(ws->database().exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    const ImportReport again = import(*ws, big);
    QVERIFY2(again.status == ImportReport::Status::Imported, qPrintable(again.message));
    QCOMPARE(again.rowsAccepted, 20000);
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM source_records")), 50 + 20000);
    Statement check = ws->database().prepare(QStringLiteral("PRAGMA integrity_check"));
    QVERIFY(check.step());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestFaults::readOnlyWorkspaceLosesNothing()
{
    QString before;
    {
        QString error;
        auto ws = Workspace::open(m_workspace, &error);
        QVERIFY2(ws, qPrintable(error));
        before = dump(*ws);
    }
    const QByteArray original = [this] {
        QFile f(m_workspace);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (!makeReadOnly(true))
        QSKIP("cannot make the workspace read-only here (running as root without chattr +i support)");
    QFile probe(m_folder + QStringLiteral("/probe"));
    if (probe.open(QIODevice::WriteOnly)) {
        probe.close();
        probe.remove();
        QSKIP("the folder is still writable (file system ignores the read-only setting)");
    }

    // What a user sees: either the workspace does not open, or it opens and the import is refused;
    // in both cases with a message that names the workspace or the file and says why.
    const QString file = write(QStringLiteral("new.csv"), rows(100, 20));
    QString error;
    auto ws = Workspace::open(m_workspace, &error);
    QString message;
    if (!ws) {
        message = error;
        QVERIFY2(message.contains(m_workspace), qPrintable(message));
    } else {
        const ImportReport r = import(*ws, file);
        QCOMPARE(r.status, ImportReport::Status::Failed);
        message = r.message;
        QVERIFY2(message.contains(QLatin1String("new.csv")), qPrintable(message));
        QCOMPARE(dump(*ws), before);
    }
    // Not "is not a FusionCell workspace" when only the folder refuses SQLite's -wal and -shm files.
    QVERIFY2(!message.contains(QLatin1String("not a FusionCell workspace")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("read"), Qt::CaseInsensitive)
                 || message.contains(QLatin1String("permission"), Qt::CaseInsensitive),
             qPrintable(message));
    qInfo("read-only workspace: %s", qPrintable(message));
    ws.reset();

    // The CLI says it in one line and exits with 1.
    QProcess cli;
    cli.start(QStringLiteral(FC_BIN_DIR "/fusioncell-cli"),
              {QStringLiteral("import"), QStringLiteral("--db"), m_workspace, QStringLiteral("--spec"),
               write(QStringLiteral("spec.json"), kSpec), file});
    QVERIFY(cli.waitForFinished(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError()).trimmed();
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(!err.isEmpty() && !err.contains(QLatin1Char('\n')), qPrintable(err));

    // Nothing lost: the file is byte for byte what it was, and opens with everything in it.
    QVERIFY(makeReadOnly(false));
    QFile f(m_workspace);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);
    f.close();
    auto reopened = Workspace::open(m_workspace, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(dump(*reopened), before);
}

void TestFaults::olderWorkspaceIsBackedUpBeforeUpgrade()
{
    const int current = Schema::currentVersion();
    if (current < 2)
        QSKIP("there is only one schema version so far: no older workspace can exist yet");
    const QString path = m_dir->filePath(QStringLiteral("old.fcdb"));
    const int old = current - 1;
    {
        Database db;
        QVERIFY(db.open(path));
        QString error;
        QVERIFY2(Schema::migrate(db, &error, old), qPrintable(error));
        QCOMPARE(db.userVersion(), old);
        // Data worth keeping: a saved chart (the charts table exists since version 1).
        QVERIFY(db.exec(QStringLiteral("INSERT INTO charts(name, data, created_at, updated_at) "
                                       "VALUES ('Group A', '{}', '2025-01-01', '2025-01-01')")));
    }
    QString error;
    auto ws = Workspace::open(path, &error);
    QVERIFY2(ws, qPrintable(error));
    QCOMPARE(ws->database().userVersion(), current);
    QCOMPARE(ws->database().scalarInt(QStringLiteral("SELECT count(*) FROM charts WHERE name = 'Group A'")), 1);
    const QString backup = path + QStringLiteral(".backup-v%1").arg(old);
    QVERIFY2(QFile::exists(backup), qPrintable(backup));
    Database copy;
    QVERIFY(copy.open(backup, Database::OpenMode::ReadOnly));
    QCOMPARE(copy.userVersion(), old);
    QCOMPARE(copy.scalarInt(QStringLiteral("SELECT count(*) FROM charts WHERE name = 'Group A'")), 1);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
