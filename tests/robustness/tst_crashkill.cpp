#include "store/statement.h"
#include "store/workspace.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace fc;

/**
 * The crash test: fusioncell-cli is killed with SIGKILL at seeded random moments during 20
 * imports of files of different sizes. After each kill the workspace must pass PRAGMA
 * integrity_check and hold exactly what it held before that import, or exactly what a clean run
 * of the same import leaves; never anything in between.
 */
class TestCrashKill : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killDuringImport();

private:
    struct Source
    {
        QString file;
        QString spec;
        qint64 cleanMs = 0;
        QString after; // dump after a clean import
    };
    bool cli(const QStringList &args, QString *error);
    QProcess *startImport(const QString &workspace, const Source &source);
    QString freshCopy(const QString &name);
    static QString dump(const QString &workspacePath, QString *integrity);

    QTemporaryDir m_dir;
    QString m_base;
    QString m_before;
    QList<Source> m_sources;
};

namespace {
const QString kCli = QStringLiteral(FC_BIN_DIR "/fusioncell-cli");
}

bool TestCrashKill::cli(const QStringList &args, QString *error)
{
    QProcess p;
    p.start(kCli, args);
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QProcess *TestCrashKill::startImport(const QString &workspace, const Source &source)
{
    auto *p = new QProcess(this);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    p->start(kCli, {QStringLiteral("import"), QStringLiteral("--db"), workspace, QStringLiteral("--spec"), source.spec,
                    QStringLiteral("--user"), QStringLiteral("crash-test"), source.file});
    return p;
}

QString TestCrashKill::freshCopy(const QString &name)
{
    const QString path = m_dir.filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    if (!QFile::copy(m_base, path))
        return QString();
    return path;
}

// Every table (the full-text index through its virtual table) in a stable order, without the
// columns that differ from run to run: import timestamps and the audit entries' time and hashes.
QString TestCrashKill::dump(const QString &workspacePath, QString *integrity)
{
    QString error;
    auto ws = Workspace::open(workspacePath, &error);
    if (!ws)
        return QStringLiteral("cannot open: ") + error;
    Database &db = ws->database();
    Statement check = db.prepare(QStringLiteral("PRAGMA integrity_check"));
    *integrity = check.step() ? check.text(0) : db.lastError();
    static const QSet<QString> ignored = {QStringLiteral("imports.started_at"), QStringLiteral("imports.finished_at"),
                                          QStringLiteral("audit_log.at"), QStringLiteral("audit_log.hash"),
                                          QStringLiteral("audit_log.prev_hash")};
    QStringList tables;
    Statement list = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
        "'search_%' ORDER BY name"));
    while (list.step())
        tables << list.text(0);
    QString out;
    for (const QString &table : std::as_const(tables)) {
        Statement st = db.prepare(QStringLiteral("SELECT rowid, * FROM \"%1\" ORDER BY rowid").arg(table));
        if (!st.isValid()) // WITHOUT ROWID tables
            st = db.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table));
        out += table + QLatin1Char('\n');
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c)
                if (!ignored.contains(table + QLatin1Char('.') + st.columnName(c)))
                    out += st.value(c).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

void TestCrashKill::initTestCase()
{
    QVERIFY(QFile::exists(kCli));
    QVERIFY(m_dir.isValid());
    // Realistic exports of several sizes, with their specs, from the demo generator.
    const QString demo = m_dir.filePath(QStringLiteral("demo"));
    QString error;
    QVERIFY2(cli({QStringLiteral("demo"), QStringLiteral("--out"), demo, QStringLiteral("--incidents"),
                  QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("11")},
                 &error),
             qPrintable(error));
    QFile manifestFile(demo + QStringLiteral("/manifest.json"));
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonArray imports = QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("imports")).toArray();
    QVERIFY(imports.size() >= 4);

    // The workspace every run starts from already holds one import, so that "before" is not empty.
    m_base = m_dir.filePath(QStringLiteral("base.fcdb"));
    const QJsonObject first = imports.at(imports.size() - 1).toObject();
    QVERIFY2(cli({QStringLiteral("import"), QStringLiteral("--db"), m_base, QStringLiteral("--spec"),
                  demo + QLatin1Char('/') + first.value(QStringLiteral("spec")).toString(), QStringLiteral("--user"),
                  QStringLiteral("crash-test"), demo + QLatin1Char('/') + first.value(QStringLiteral("file")).toString()},
                 &error),
             qPrintable(error));
    QString integrity;
    m_before = dump(m_base, &integrity);
    QCOMPARE(integrity, QStringLiteral("ok"));

    for (qsizetype i = 0; i + 1 < imports.size(); ++i) {
        const QJsonObject o = imports.at(i).toObject();
        Source s;
        s.file = demo + QLatin1Char('/') + o.value(QStringLiteral("file")).toString();
        s.spec = demo + QLatin1Char('/') + o.value(QStringLiteral("spec")).toString();
        m_sources << s;
    }
    // A smaller file too: the first 300 lines of the first export.
    {
        QFile big(m_sources.first().file);
        QVERIFY(big.open(QIODevice::ReadOnly));
        QByteArray head;
        for (int line = 0; line < 300 && !big.atEnd(); ++line)
            head += big.readLine();
        Source s = m_sources.first();
        s.file = m_dir.filePath(QStringLiteral("small-") + QFileInfo(s.file).fileName());
        QFile small(s.file);
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write(head);
        m_sources << s;
    }
    // The state a clean run of each import leaves, and how long it takes.
    for (Source &s : m_sources) {
        const QString copy = freshCopy(QStringLiteral("clean.fcdb"));
        QVERIFY(!copy.isEmpty());
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QProcess> p(startImport(copy, s));
        QVERIFY(p->waitForFinished(300000));
        QCOMPARE(p->exitCode(), 0);
        s.cleanMs = timer.elapsed();
        s.after = dump(copy, &integrity);
        QCOMPARE(integrity, QStringLiteral("ok"));
        QVERIFY(s.after != m_before);
        qInfo("clean import of %s: %lld ms", qPrintable(QFileInfo(s.file).fileName()), s.cleanMs);
    }
}

void TestCrashKill::killDuringImport()
{
    QRandomGenerator random(20250611); // fixed: the same kill moments on every run
    int killedBefore = 0, killedAfter = 0;
    for (int run = 0; run < 20; ++run) {
        const Source &s = m_sources.at(run % m_sources.size());
        // From process start-up to a little past the end of a clean run.
        const int delay = int(random.bounded(quint32(s.cleanMs * 12 / 10 + 1)));
        const QString copy = freshCopy(QStringLiteral("run%1.fcdb").arg(run));
        QVERIFY(!copy.isEmpty());
        std::unique_ptr<QProcess> p(startImport(copy, s));
        QVERIFY(p->waitForStarted());
        if (!p->waitForFinished(delay)) {
            p->kill(); // SIGKILL
            QVERIFY(p->waitForFinished(30000));
        }
        QString integrity;
        const QString state = dump(copy, &integrity);
        QVERIFY2(integrity == QLatin1String("ok"), qPrintable(QStringLiteral("run %1: %2").arg(run).arg(integrity)));
        const bool before = state == m_before;
        const bool after = state == s.after;
        QVERIFY2(before || after,
                 qPrintable(QStringLiteral("run %1 (%2, killed after %3 ms): the workspace is neither the state "
                                           "before nor after the import")
                                .arg(run).arg(QFileInfo(s.file).fileName()).arg(delay)));
        before ? ++killedBefore : ++killedAfter;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(copy + suffix);
    }
    qInfo("20 kills: %d left the workspace as before the import, %d as after it", killedBefore, killedAfter);
    QVERIFY(killedBefore > 0); // some kills did land inside an import
}

QTEST_GUILESS_MAIN(TestCrashKill)
#include "tst_crashkill.moc"
