#include "store/database.h"

#include "store/statement.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <sqlite3.h>

namespace fc {

Database::Database() = default;

Database::~Database()
{
    close();
}

bool Database::encryptionAvailable()
{
#ifdef FUSIONCELL_HAS_ENCRYPTION
    return true;
#else
    return false;
#endif
}

bool Database::rekey(const QByteArray &newKey)
{
#ifdef FUSIONCELL_HAS_ENCRYPTION
    const int rc = sqlite3_rekey_v2(m_db, "main", newKey.constData(), int(newKey.size()));
    if (rc != SQLITE_OK) {
        setError(QCoreApplication::translate("Database", "cannot change the passphrase: %1")
                     .arg(QString::fromUtf8(sqlite3_errmsg(m_db))), rc);
        return false;
    }
    return true;
#else
    Q_UNUSED(newKey);
    setError(QCoreApplication::translate("Database", "this build of FusionCell cannot encrypt workspaces"));
    return false;
#endif
}

bool Database::open(const QString &path, OpenMode mode, const QByteArray &key)
{
    // Before SQLite's first use: no memory statistics (nothing reads them), which would otherwise
    // take a process-wide mutex on each of SQLite's allocations, and Debian's SQLCipher is built
    // without lookaside memory, so an import makes tens of millions of them.
    static const bool configured = [] {
        return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    }();
    Q_UNUSED(configured);
    close();
    // One connection per thread (the rule everywhere in FusionCell): no need for SQLite to lock
    // the connection on every call.
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        setError(QCoreApplication::translate("Database", "cannot open workspace %1: %2")
                     .arg(path, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc))),
                 rc);
        sqlite3_close(db);
        return false;
    }
    m_db = db;
    m_path = path;
#ifdef FUSIONCELL_HAS_ENCRYPTION
    // SQLCipher logs failed decryptions to stderr; the caller reports the error itself.
    exec(QStringLiteral("PRAGMA cipher_log_level = NONE"));
#endif
    if (!key.isEmpty()) {
#ifdef FUSIONCELL_HAS_ENCRYPTION
        const int keyRc = sqlite3_key_v2(m_db, "main", key.constData(), int(key.size()));
        if (keyRc != SQLITE_OK) {
            setError(QCoreApplication::translate("Database", "cannot open workspace %1: %2")
                         .arg(path, QString::fromUtf8(sqlite3_errmsg(m_db))), keyRc);
            close();
            return false;
        }
#else
        setError(QCoreApplication::translate("Database",
                     "cannot open workspace %1: this build of FusionCell cannot open encrypted workspaces").arg(path));
        close();
        return false;
#endif
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    // WAL lets the UI read while an import writes; NORMAL sync is safe with WAL (no corruption,
    // at worst the last commit is lost on power failure).
    // A file the user may not write to opens read-only: reading works, writes fail with a clear
    // message from readOnlyError() instead of "attempt to write a readonly database".
    m_readOnly = mode == OpenMode::ReadOnly || sqlite3_db_readonly(m_db, "main") == 1;
    if (!m_readOnly && path != QLatin1String(":memory:")) {
        // A new plain workspace gets 16 KB pages: an import writes a quarter fewer of them than
        // with 4 KB (measured). It has to be set before anything is written; an encrypted one keeps
        // SQLCipher's 4 KB, which every later open would otherwise have to be told.
        if (key.isEmpty() && QFileInfo(path).size() == 0)
            exec(QStringLiteral("PRAGMA page_size=16384"));
        if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            if (m_lastErrorCode == SQLITE_NOTADB)
                setError(key.isEmpty()
                             ? QCoreApplication::translate("Database",
                                   "%1 is encrypted (give its passphrase) or is not a FusionCell workspace").arg(path)
                             : QCoreApplication::translate("Database",
                                   "cannot open workspace %1: wrong passphrase, or not a FusionCell workspace").arg(path),
                         SQLITE_NOTADB);
            close();
            return false;
        }
        exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    }
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    exec(QStringLiteral("PRAGMA cache_size=-65536"));
    return true;
}

QString Database::readOnlyError() const
{
    return QCoreApplication::translate("Database",
        "workspace %1 is read-only (check the permissions of the file and its folder): nothing was changed").arg(m_path);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const QString &sql)
{
    if (!m_db) {
        setError(QCoreApplication::translate("Database", "no workspace is open"));
        return false;
    }
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        setError(QString::fromUtf8(message ? message : sqlite3_errstr(rc)), rc);
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement Database::prepare(const QString &sql)
{
    if (!m_db) {
        setError(QCoreApplication::translate("Database", "no workspace is open"));
        return Statement();
    }
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) {
        setError(QString::fromUtf8(sqlite3_errmsg(m_db)), rc);
        return Statement();
    }
    return Statement(this, stmt);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

void Database::setError(const QString &message, int code)
{
    m_lastError = message;
    m_lastErrorCode = code;
}

int Database::userVersion()
{
    return int(scalarInt(QStringLiteral("PRAGMA user_version"), 0));
}

bool Database::setUserVersion(int version)
{
    // PRAGMA takes no parameters; the value is an int we produce, never user text.
    return exec(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

qint64 Database::scalarInt(const QString &sql, qint64 fallback)
{
    Statement st = prepare(sql);
    if (st.isValid() && st.step())
        return st.int64(0);
    return fallback;
}

} // namespace fc
