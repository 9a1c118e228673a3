#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

struct sqlite3;

namespace fc {

class Statement;

/**
 * One SQLite connection, reached only through this thin wrapper over the C API so that
 * SQLCipher can replace SQLite later. One Database per thread; statements are always prepared
 * and parameter-bound. Errors are reported as text naming what failed, never with row data.
 */
class Database
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /**
     * Opens (or creates) the file; ":memory:" works for tests. WAL and foreign keys are set.
     * A non-empty key opens (or creates) a SQLCipher-encrypted database; the key is handed to
     * SQLCipher through its C API, never through SQL text.
     */
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWriteCreate, const QByteArray &key = QByteArray());
    /** Whether this build can encrypt (linked against SQLCipher). */
    static bool encryptionAvailable();
    /** Changes the key of an open encrypted database (SQLCipher's rekey). */
    bool rekey(const QByteArray &newKey);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }
    /** Opened read-only (asked for, or the file cannot be written). */
    bool isReadOnly() const { return m_readOnly; }
    /** The message for a write attempted on a read-only workspace. */
    QString readOnlyError() const;

    /** Runs SQL text that has no parameters (schema, pragmas). Returns false and sets lastError(). */
    bool exec(const QString &sql);
    /** Prepares a statement; check Statement::isValid(). */
    Statement prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    /** Whether a transaction is open on this connection. */
    bool inTransaction() const;
    int changes() const;
    QString lastError() const { return m_lastError; }
    int lastErrorCode() const { return m_lastErrorCode; }
    void setError(const QString &message, int code = 1);

    /** PRAGMA user_version */
    int userVersion();
    bool setUserVersion(int version);

    /** Runs a one-value query; returns the first column of the first row or an invalid value. */
    qint64 scalarInt(const QString &sql, qint64 fallback = -1);

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
    bool m_readOnly = false;
    QString m_lastError;
    int m_lastErrorCode = 0;
};

} // namespace fc
