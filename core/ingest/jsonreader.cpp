#include "ingest/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace fc {

namespace {

/*
 * Walks JSON text that QJsonDocument has already accepted. QJsonObject keeps its keys sorted and
 * numbers as doubles, but analysts expect the columns in the file's order and "12.50" to stay
 * "12.50", so the values are taken from the text itself. The walker never reads out of bounds
 * even if it meets something unexpected.
 */
class JsonWalker
{
public:
    explicit JsonWalker(QStringView text) : m_text(text) {}

    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }
    char16_t peek() const { return m_pos < m_text.size() ? m_text.at(m_pos).unicode() : 0; }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                break;
            ++m_pos;
        }
    }

    /** At an object: appends its leaves as (dotted key, text) pairs in the order written. */
    void flatten(const QString &prefix, QList<std::pair<QString, QString>> *out)
    {
        ++m_pos; // '{'
        skipSpace();
        if (peek() == u'}') {
            ++m_pos;
            if (!prefix.isEmpty())
                out->append({prefix, QString()});
            return;
        }
        while (m_pos < m_text.size()) {
            skipSpace();
            const QString key = string();
            skipSpace();
            if (peek() == u':')
                ++m_pos;
            skipSpace();
            const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
            const char16_t c = peek();
            if (c == u'{') {
                flatten(path, out);
            } else if (c == u'[') {
                QString compactText;
                compact(&compactText);
                out->append({path, compactText});
            } else if (c == u'"') {
                out->append({path, string()});
            } else {
                const QStringView literal = this->literal();
                out->append({path, literal == u"null" ? QString() : literal.toString()});
            }
            skipSpace();
            if (peek() == u',') {
                ++m_pos;
                continue;
            }
            if (peek() == u'}')
                ++m_pos;
            break;
        }
    }

    /** Appends the value at the position as compact JSON, strings and numbers as written. */
    void compact(QString *out)
    {
        const char16_t c = peek();
        if (c == u'{' || c == u'[') {
            const char16_t close = c == u'{' ? u'}' : u']';
            out->append(QChar(c));
            ++m_pos;
            skipSpace();
            if (peek() == close) {
                ++m_pos;
                out->append(QChar(close));
                return;
            }
            while (m_pos < m_text.size()) {
                skipSpace();
                compact(out);
                skipSpace();
                if (c == u'{' && peek() == u':') {
                    ++m_pos;
                    out->append(QLatin1Char(':'));
                    skipSpace();
                    compact(out);
                    skipSpace();
                }
                if (peek() == u',') {
                    ++m_pos;
                    out->append(QLatin1Char(','));
                    continue;
                }
                if (peek() == close) {
                    ++m_pos;
                    out->append(QChar(close));
                }
                break;
            }
        } else if (c == u'"') {
            const qsizetype start = m_pos;
            skipString();
            out->append(m_text.sliced(start, m_pos - start));
        } else {
            out->append(literal());
        }
    }

private:
    QStringView literal()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c == u',' || c == u'}' || c == u']' || c == u' ' || c == u'\t' || c == u'\n' || c == u'\r')
                break;
            ++m_pos;
        }
        return m_text.sliced(start, m_pos - start);
    }

    void skipString()
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            ++m_pos;
            if (c == u'\\')
                ++m_pos;
            else if (c == u'"')
                break;
        }
        m_pos = qMin(m_pos, m_text.size());
    }

    QString string()
    {
        QString out;
        if (peek() != u'"')
            return out;
        ++m_pos;
        qsizetype run = m_pos; // start of the current stretch without escapes
        while (m_pos < m_text.size()) {
            const char16_t c = m_text.at(m_pos).unicode();
            if (c == u'"') {
                out.append(m_text.sliced(run, m_pos - run));
                ++m_pos;
                return out;
            }
            if (c != u'\\') {
                ++m_pos;
                continue;
            }
            out.append(m_text.sliced(run, m_pos - run));
            const char16_t e = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1).unicode() : 0;
            m_pos += 2;
            switch (e) {
            case u'b':
                out.append(QLatin1Char('\b'));
                break;
            case u'f':
                out.append(QLatin1Char('\f'));
                break;
            case u'n':
                out.append(QLatin1Char('\n'));
                break;
            case u'r':
                out.append(QLatin1Char('\r'));
                break;
            case u't':
                out.append(QLatin1Char('\t'));
                break;
            case u'u': {
                // Surrogate pairs arrive as two escapes; QString is UTF-16, so each code unit
                // is appended as it comes and the pair joins up by itself.
                bool ok = false;
                const ushort unit =
                    m_pos + 4 <= m_text.size() ? m_text.sliced(m_pos, 4).toUShort(&ok, 16) : 0;
                if (ok) {
                    out.append(QChar(unit));
                    m_pos += 4;
                }
                break;
            }
            default:
                out.append(QChar(e));
                break; // \" \\ \/
            }
            run = m_pos;
        }
        out.append(m_text.sliced(qMin(run, m_text.size())));
        return out;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QCoreApplication::translate("JsonReader", "an array");
    case QJsonValue::String:
        return QCoreApplication::translate("JsonReader", "a string");
    case QJsonValue::Double:
        return QCoreApplication::translate("JsonReader", "a number");
    case QJsonValue::Bool:
        return QCoreApplication::translate("JsonReader", "a boolean");
    case QJsonValue::Null:
        return QCoreApplication::translate("JsonReader", "null");
    default:
        return QCoreApplication::translate("JsonReader", "not an object");
    }
}

} // namespace

JsonReader::JsonReader(const QString &displayName, const QString &encoding, const QString &sha256)
    : m_displayName(displayName), m_encoding(encoding), m_sha256(sha256)
{
}

QString JsonReader::formatName() const
{
    return m_layout == Layout::Lines ? QStringLiteral("jsonl") : QStringLiteral("json");
}

bool JsonReader::looksLikeJsonLines(QStringView text)
{
    qsizetype pos = 0;
    auto nextLine = [&text, &pos]() -> QStringView {
        while (pos < text.size()) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = text.size();
            const QStringView line = text.sliced(pos, end - pos).trimmed();
            pos = end + 1;
            if (!line.isEmpty())
                return line;
        }
        return QStringView();
    };
    QStringView first = nextLine();
    if (first.startsWith(QChar(0xFEFF)))
        first = first.sliced(1).trimmed();
    if (!first.startsWith(u'{'))
        return false;
    const QStringView second = nextLine();
    if (second.isEmpty())
        return first.endsWith(u'}'); // one object on one line
    return second.startsWith(u'{');
}

int JsonReader::columnFor(const QString &key)
{
    const auto it = m_columns.constFind(key);
    if (it != m_columns.cend())
        return it.value();
    const int index = int(m_headers.size());
    m_headers.append(key);
    m_columns.insert(key, index);
    return index;
}

bool JsonReader::addObject(QStringView objectText, qint64 rowNumber, qint64 lineNumber, QString raw)
{
    Record record;
    record.rowNumber = rowNumber;
    record.lineNumber = lineNumber;
    JsonWalker walker(objectText);
    if (raw.isEmpty()) {
        raw.reserve(objectText.size());
        walker.compact(&raw);
        walker.setPosition(0);
    }
    record.raw = std::move(raw);
    QList<std::pair<QString, QString>> leaves;
    leaves.reserve(m_headers.size());
    walker.flatten(QString(), &leaves);
    record.values.reserve(leaves.size());
    for (auto &leaf : leaves)
        record.values.append({columnFor(leaf.first), std::move(leaf.second)});
    m_records.append(std::move(record));
    return true;
}

bool JsonReader::load(const QString &input, Layout layout, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    m_layout = layout;
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    if (layout == Layout::Lines) {
        qsizetype pos = 0;
        qint64 lineNumber = 0;
        while (pos < text.size()) {
            qsizetype end = text.indexOf(u'\n', pos);
            if (end < 0)
                end = text.size();
            const QStringView line = text.sliced(pos, end - pos).trimmed();
            pos = end + 1;
            ++lineNumber;
            if (line.isEmpty())
                continue;
            QJsonParseError parseError;
            const QByteArray utf8 = line.toUtf8();
            const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return fail(QCoreApplication::translate(
                                "JsonReader", "%1: line %2: JSON syntax error at offset %3 of the line: %4")
                                .arg(m_displayName, QString::number(lineNumber),
                                     QString::number(parseError.offset), parseError.errorString()));
            if (!document.isObject())
                return fail(
                    QCoreApplication::translate("JsonReader", "%1: line %2 is %3, expected a JSON object")
                        .arg(m_displayName, QString::number(lineNumber),
                             document.isArray() ? typeName(QJsonValue(QJsonValue::Array))
                                                : typeName(QJsonValue())));
            addObject(line, lineNumber, lineNumber);
        }
        return true;
    }

    const QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), utf8.size());
        const qsizetype line = QByteArrayView(utf8).first(offset).count('\n') + 1;
        return fail(
            QCoreApplication::translate("JsonReader", "%1: JSON syntax error at line %2 (offset %3): %4")
                .arg(m_displayName, QString::number(line), QString::number(offset),
                     parseError.errorString()));
    }

    JsonWalker walker(text);
    walker.skipSpace();
    if (document.isObject()) {
        // A single object is a table of one row.
        const qsizetype start = walker.position();
        addObject(text.sliced(start), 1, text.first(start).count(u'\n') + 1);
        return true;
    }
    if (!document.isArray())
        return fail(QCoreApplication::translate(
                        "JsonReader", "%1: the JSON document is neither an array of objects nor an object")
                        .arg(m_displayName));

    const QJsonArray array = document.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(
                QCoreApplication::translate(
                    "JsonReader", "%1: element %2 (index %3) of the JSON array is %4, expected an object")
                    .arg(m_displayName, QString::number(i + 1), QString::number(i), typeName(array.at(i))));
    }
    // Walk the elements in the text: each '{' at the top of the array starts a record.
    walker.setPosition(walker.position() + 1); // '['
    qsizetype counted = 0;
    qint64 line = 1;
    for (qsizetype i = 0; i < array.size(); ++i) {
        walker.skipSpace();
        const qsizetype start = walker.position();
        line += text.sliced(counted, start - counted).count(u'\n');
        counted = start;
        QString raw;
        raw.reserve(64);
        walker.compact(&raw); // moves past the element
        addObject(text.sliced(start, walker.position() - start), i + 1, line, std::move(raw));
        walker.skipSpace();
        if (walker.peek() == u',')
            walker.setPosition(walker.position() + 1);
    }
    return true;
}

bool JsonReader::next(SourceRow *row)
{
    if (m_next >= m_records.size())
        return false;
    const Record &record = m_records.at(m_next++);
    row->rowNumber = record.rowNumber;
    row->lineNumber = record.lineNumber;
    row->raw = record.raw;
    row->fields = QStringList(m_headers.size());
    for (const auto &[column, value] : record.values)
        row->fields[column] = value;
    return true;
}

double JsonReader::progress() const
{
    return m_records.isEmpty() ? 1.0 : double(m_next) / double(m_records.size());
}

} // namespace fc
