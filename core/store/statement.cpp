#include "store/statement.h"

#include "store/database.h"
#include "store/utf8.h"

#include <sqlite3.h>
#include <algorithm>
#include <cstring>
#include <utility>

namespace fc {

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_ok(other.m_ok)
    , m_text(std::move(other.m_text))
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_ok = other.m_ok;
        m_text = std::move(other.m_text);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

char *Statement::textBuffer(int index, size_t size)
{
    if (size_t(index) > m_text.size())
        m_text.resize(std::max(size_t(index), size_t(sqlite3_bind_parameter_count(m_stmt))));
    TextBuffer &buffer = m_text[size_t(index - 1)];
    if (size > buffer.capacity || !buffer.bytes) {
        buffer.capacity = std::max({size, 2 * buffer.capacity, size_t(64)});
        buffer.bytes = std::make_unique_for_overwrite<char[]>(buffer.capacity);
    }
    return buffer.bytes.get();
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        char *const utf8 = textBuffer(index, size_t(value.size()) * Utf8::kMaxBytesPerUnit);
        const char *const end = Utf8::encode(utf8, value);
        // Valid until this parameter is bound again or the statement is finalised (m_text outlives it).
        sqlite3_bind_text(m_stmt, index, utf8, int(end - utf8), SQLITE_STATIC);
    }
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    char *const copy = textBuffer(index, size_t(utf8.size()));
    if (!utf8.isEmpty())
        std::memcpy(copy, utf8.data(), size_t(utf8.size()));
    sqlite3_bind_text(m_stmt, index, copy, int(utf8.size()), SQLITE_STATIC);
    return *this;
}

void Statement::appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * Utf8::kMaxBytesPerUnit);
    char *const end = Utf8::encode(out.data() + start, text);
    out.resize(end - out.constData());
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindVariant(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    case QMetaType::QByteArray:
        return bind(index, value.toByteArray());
    default:
        return bind(index, value.toString());
    }
}

bool Statement::step()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_ok = true;
        return true;
    }
    m_ok = (rc == SQLITE_DONE);
    if (!m_ok && m_db)
        m_db->setError(errorString(), rc);
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool ok = m_ok;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    return ok;
}

QString Statement::errorString() const
{
    if (!m_db || !m_db->handle())
        return QStringLiteral("statement not prepared");
    return QString::fromUtf8(sqlite3_errmsg(m_db->handle()));
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_ok = true;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QByteArrayView();
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return QVariant(int64(column));
    case SQLITE_FLOAT: return QVariant(real(column));
    case SQLITE_TEXT: return QVariant(text(column));
    case SQLITE_BLOB: return QVariant(blob(column));
    default: return QVariant();
    }
}

QString Statement::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

} // namespace fc
