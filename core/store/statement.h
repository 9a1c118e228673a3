#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

struct sqlite3_stmt;

namespace fc {

class Database;

/**
 * A prepared SQLite statement. Values are always bound as parameters (1-based indexes, as in
 * the C API); text is bound as UTF-8 and copied by SQLite. Move-only; finalised on destruction.
 */
class Statement
{
public:
    Statement() = default;
    Statement(Database *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &value); // BLOB
    /** Binds text already in UTF-8 (a buffer the caller reuses row after row); copied. */
    Statement &bindUtf8(int index, QByteArrayView utf8);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bindNull(int index);
    Statement &bindVariant(int index, const QVariant &value);

    /** Steps once: true when a row is available. On SQLITE_DONE returns false and ok() stays true. */
    bool step();
    /** Steps to completion for statements that return no rows; false on error. */
    bool exec();
    bool ok() const { return m_ok; }
    QString errorString() const;
    void reset(); // reset and clear bindings, ready for reuse

    /**
     * Appends the UTF-8 of text to out without allocating when out has the room, which a buffer
     * reused row after row soon has (QString::toUtf8() allocates a new array every time). A lone
     * surrogate becomes U+FFFD.
     */
    static void appendUtf8(QByteArray &out, QStringView text);

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /** The column's text as UTF-8 without a copy: valid until the next step, reset or finalise (empty when NULL). */
    QByteArrayView utf8(int column) const;
    QByteArray blob(int column) const;
    QVariant value(int column) const;
    QString columnName(int column) const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
    /** Room for the UTF-8 of one bound text; grows, never shrinks (no QByteArray resizing per value). */
    struct TextBuffer
    {
        std::unique_ptr<char[]> bytes;
        size_t capacity = 0;
    };
    /** The buffer of parameter index with room for size bytes (never null, even for none). */
    char *textBuffer(int index, size_t size);
    // The UTF-8 of each bound text, kept until it is bound again so that SQLite need not copy it
    // (an import binds tens of millions of values).
    std::vector<TextBuffer> m_text;
};

} // namespace fc
