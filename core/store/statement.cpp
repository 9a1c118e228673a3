#include "store/statement.h"

#include "store/database.h"

#include <sqlite3.h>
#include <algorithm>
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

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        if (index > m_text.size())
            m_text.resize(std::max<qsizetype>(index, sqlite3_bind_parameter_count(m_stmt)));
        QByteArray &utf8 = m_text[index - 1];
        utf8.resize(0); // keeps the capacity
        appendUtf8(utf8, value);
        // Valid until this parameter is bound again or the statement is finalised (m_text outlives it).
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    return *this;
}

Statement &Statement::bindUtf8(int index, QByteArrayView utf8)
{
    if (index > m_text.size())
        m_text.resize(std::max<qsizetype>(index, sqlite3_bind_parameter_count(m_stmt)));
    QByteArray &copy = m_text[index - 1];
    copy.resize(0);
    copy.append(utf8);
    sqlite3_bind_text(m_stmt, index, copy.constData(), int(copy.size()), SQLITE_STATIC);
    return *this;
}

void Statement::appendUtf8(QByteArray &out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3); // the most one UTF-16 unit takes (a pair takes 4 for 2)
    auto *d = reinterpret_cast<unsigned char *>(out.data() + start);
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        char32_t c = *p++;
        if (c < 0x80) {
            *d++ = static_cast<unsigned char>(c);
            continue;
        }
        if (c < 0x800) {
            *d++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
                c = QChar::surrogateToUcs4(char16_t(c), *p++);
                *d++ = static_cast<unsigned char>(0xF0 | (c >> 18));
                *d++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
                *d++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
                *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
                continue;
            }
            c = QChar::ReplacementCharacter;
        }
        *d++ = static_cast<unsigned char>(0xE0 | (c >> 12));
        *d++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
        *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
    out.resize(reinterpret_cast<char *>(d) - out.constData());
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
