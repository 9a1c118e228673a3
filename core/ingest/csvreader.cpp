#include "ingest/csvreader.h"

#include "ingest/decodedstream.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>

namespace fc {

namespace {

enum class Scan { Record, End, Unterminated };

// Where a record lies in the text; end excludes the line break.
struct RecordSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 line = 1;
};

// Line breaks inside a quoted field: CRLF counts once, as do lone LF and lone CR.
qint64 countLineBreaks(const QChar *d, qsizetype size)
{
    qint64 lines = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = d[i].unicode();
        if (c == u'\n')
            ++lines;
        else if (c == u'\r' && (i + 1 >= size || d[i + 1] != u'\n'))
            ++lines;
    }
    return lines;
}

/*
 * The string for field `index`, reusing the one the previous record left there: setUnicode()
 * on a string nobody else shares copies into its existing buffer, so a caller that reads rows
 * into the same SourceRow parses without allocating a string per field.
 */
QString &fieldAt(QStringList *fields, int index)
{
    if (index >= fields->size())
        fields->resize(index + 1);
    return (*fields)[index];
}

void assign(QString &target, const QChar *text, qsizetype size)
{
    if (size == 0 && target.isNull())
        return; // resizing a null string would allocate
    if (size == 0 && !target.isDetached())
        target = QString();
    else
        target.setUnicode(text, size);
}

/*
 * Scans one record starting at pos, skipping empty lines first (they are not records). The
 * fields go to *fields when it is not null (the delimiter detection only counts them). On
 * return pos is past the record's line break and line is the physical line there.
 */
Scan scanRecord(QStringView text, char16_t delimiter, qsizetype &pos, qint64 &line, QStringList *fields,
                int *fieldCount, RecordSpan *span)
{
    const qsizetype n = text.size();
    const QChar *d = text.data();
    while (pos < n) {
        const char16_t c = d[pos].unicode();
        if (c == u'\n') {
            ++pos;
            ++line;
        } else if (c == u'\r') {
            ++pos;
            if (pos < n && d[pos] == u'\n')
                ++pos;
            ++line;
        } else {
            break;
        }
    }
    if (pos >= n)
        return Scan::End;
    span->start = pos;
    span->line = line;
    int count = 0;
    for (;;) {
        if (pos < n && d[pos] == u'"') {
            const qsizetype open = pos + 1;
            qsizetype from = open;
            qsizetype close = -1;
            bool doubled = false;
            for (;;) {
                const qsizetype q = text.indexOf(u'"', from);
                if (q < 0) {
                    pos = n;
                    return Scan::Unterminated;
                }
                if (q + 1 < n && d[q + 1] == u'"') {
                    doubled = true;
                    from = q + 2;
                    continue;
                }
                close = q;
                break;
            }
            line += countLineBreaks(d + open, close - open);
            pos = close + 1;
            // Text between the closing quote and the next delimiter breaks RFC 4180; it is kept
            // rather than lost ("ab"c -> abc), as spreadsheets do.
            const qsizetype tail = pos;
            while (pos < n) {
                const char16_t c = d[pos].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (fields) {
                QString &value = fieldAt(fields, count);
                assign(value, d + open, close - open);
                if (doubled)
                    value.replace(QStringLiteral("\"\""), QStringLiteral("\""));
                if (pos > tail)
                    value += QStringView(d + tail, pos - tail);
            }
        } else {
            const qsizetype start = pos;
            while (pos < n) {
                const char16_t c = d[pos].unicode();
                if (c == delimiter || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            if (fields)
                assign(fieldAt(fields, count), d + start, pos - start);
        }
        ++count;
        if (pos >= n) {
            span->end = n;
            break;
        }
        const char16_t c = d[pos].unicode();
        if (c == delimiter) {
            ++pos;
            continue;
        }
        span->end = pos;
        ++pos;
        if (c == u'\r' && pos < n && d[pos] == u'\n')
            ++pos;
        ++line;
        break;
    }
    if (fields && fields->size() > count)
        fields->resize(count);
    if (fieldCount)
        *fieldCount = count;
    return Scan::Record;
}

// Field counts of the first records with this delimiter (stops early at an unclosed quote).
QList<int> sampleFieldCounts(QStringView text, char16_t delimiter, int sampleRecords)
{
    QList<int> counts;
    qsizetype pos = 0;
    qint64 line = 1;
    RecordSpan span;
    int count = 0;
    while (counts.size() < sampleRecords &&
           scanRecord(text, delimiter, pos, line, nullptr, &count, &span) == Scan::Record)
        counts.append(count);
    return counts;
}

// "Column 3": deliberately not translated, since import specs refer to columns by these names
// and a spec must work whatever language the application runs in.
QString generatedColumnName(int number)
{
    return QStringLiteral("Column %1").arg(number);
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<DecodedStream> source, QString text, const ReaderOptions &options)
    : m_source(std::move(source)), m_blockBytes(qMax<qsizetype>(options.readBlockBytes, 1)),
      m_sampleCharacters(qMax<qsizetype>(options.sampleCharacters, 1)), m_text(std::move(text)),
      m_displayName(m_source->displayName())
{
}

CsvReader::~CsvReader() = default;

QString CsvReader::encoding() const
{
    return m_source->encoding();
}

QString CsvReader::sha256() const
{
    return m_source->sha256();
}

bool CsvReader::fill()
{
    if (m_pos > 0) {
        m_text.remove(0, m_pos);
        m_dropped += m_pos;
        m_pos = 0;
    }
    // At least as much again as the window holds: a record longer than a piece is rescanned a
    // number of times that grows with the log of its length, not with the length.
    const qsizetype wanted = qMax<qsizetype>(m_blockBytes, m_text.size());
    if (!m_source->read(wanted, &m_text)) {
        m_failed = true;
        m_error = m_source->errorString();
        return false;
    }
    return true;
}

bool CsvReader::fillTo(qsizetype characters)
{
    while (!m_source->atEnd() && m_text.size() - m_pos < characters)
        if (!fill())
            return false;
    return true;
}

std::optional<QChar> CsvReader::delimiterFromName(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return QChar(); // null = detect
    if (name.compare(QLatin1String("tab"), Qt::CaseInsensitive) == 0 || name == QLatin1String("\\t"))
        return QChar(u'\t');
    if (name.size() != 1)
        return std::nullopt;
    const QChar c = name.at(0);
    if (c == u'"' || c == u'\n' || c == u'\r')
        return std::nullopt;
    return c;
}

QChar CsvReader::detectDelimiter(QStringView text, int sampleRecords)
{
    static constexpr std::array<char16_t, 4> candidates = {u',', u';', u'\t', u'|'};
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    QChar best = QLatin1Char(',');
    int bestAgreeing = 0;
    int bestWidth = 0;
    for (const char16_t candidate : candidates) {
        const QList<int> counts = sampleFieldCounts(text, candidate, sampleRecords);
        // The most common field count (the wider one on a tie) and how many records have it:
        // a title line or a ragged row does not outvote the rest of the sample.
        QHash<int, int> frequency;
        for (int c : counts)
            ++frequency[c];
        int width = 0;
        int agreeing = 0;
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > agreeing || (it.value() == agreeing && it.key() > width)) {
                width = it.key();
                agreeing = it.value();
            }
        }
        if (width <= 1)
            continue; // this character never splits a record
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && width > bestWidth)) {
            best = QChar(candidate);
            bestAgreeing = agreeing;
            bestWidth = width;
        }
    }
    return best;
}

bool CsvReader::start(const ReaderOptions &options, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<QChar> delimiter = delimiterFromName(options.delimiter);
    if (!delimiter)
        return fail(QCoreApplication::translate(
                        "CsvReader",
                        "%1: the delimiter \"%2\" is not valid: expected auto, tab or one character "
                        "other than a quote")
                        .arg(m_displayName, options.delimiter));
    if (!fillTo(m_sampleCharacters))
        return fail(m_error);
    // TextDecoder removes the BOM, but it may be doubled; it must not become part of the first
    // header name.
    if (m_text.startsWith(QChar(0xFEFF)))
        m_pos = 1;
    // Exactly the first characters, however much the pieces read happened to bring in: the same
    // file is detected the same way whatever the piece size.
    QStringView body = QStringView(m_text).sliced(m_pos);
    body = body.first(qMin(body.size(), m_sampleCharacters));
    m_delimiter = delimiter->isNull() ? detectDelimiter(body) : *delimiter;
    if (options.headerRow < 0)
        return fail(QCoreApplication::translate("CsvReader", "%1: the header row %2 is not valid: expected "
                                                             "0 (no header) or a record number from 1")
                        .arg(m_displayName, QString::number(options.headerRow)));

    if (options.headerRow == 0) {
        const QList<int> counts = sampleFieldCounts(body, m_delimiter.unicode(), 50);
        const int width = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
        for (int i = 1; i <= width; ++i)
            m_headers.append(generatedColumnName(i));
        return true;
    }

    SourceRow header;
    while (m_records < options.headerRow) {
        if (!readRecord(&header)) {
            if (m_failed)
                return fail(m_error);
            if (m_records == 0)
                return fail(QCoreApplication::translate("CsvReader",
                                                        "%1 has no records: expected a header in record %2")
                                .arg(m_displayName, QString::number(options.headerRow)));
            return fail(
                QCoreApplication::translate(
                    "CsvReader", "%1: the header should be record %2 but the file has only %3 records")
                    .arg(m_displayName, QString::number(options.headerRow), QString::number(m_records)));
        }
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i);
        if (i == 0 && name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        if (name.trimmed().isEmpty())
            name = generatedColumnName(int(i) + 1);
        if (seen.contains(name)) {
            int k = 2;
            // The header name is the file's text: one arg() call, so a "%1" in it stays as written.
            while (seen.contains(QStringLiteral("%1 (%2)").arg(name, QString::number(k))))
                ++k;
            name = QStringLiteral("%1 (%2)").arg(name, QString::number(k));
        }
        seen.insert(name);
        m_headers.append(name);
    }
    return true;
}

bool CsvReader::readRecord(SourceRow *row)
{
    if (m_failed)
        return false;
    RecordSpan span;
    Scan result;
    for (;;) {
        qsizetype pos = m_pos;
        qint64 line = m_line;
        result = scanRecord(m_text, m_delimiter.unicode(), pos, line, &row->fields, nullptr, &span);
        // The record is whole once something follows its line break: the window may end in a CR
        // whose LF, or inside a field whose rest, is in the next piece.
        if (m_source->atEnd() || (result == Scan::Record && pos < m_text.size())) {
            m_pos = pos;
            m_line = line;
            break;
        }
        if (!fill()) {
            row->fields.clear();
            return false;
        }
    }
    if (result == Scan::End)
        return false;
    ++m_records;
    if (result == Scan::Unterminated) {
        m_failed = true;
        m_error =
            QCoreApplication::translate(
                "CsvReader", "%1: row %2 (line %3): a quoted field is not closed before the end of the file")
                .arg(m_displayName, QString::number(m_records), QString::number(span.line));
        row->fields.clear();
        return false;
    }
    row->rowNumber = m_records;
    row->lineNumber = span.line;
    assign(row->raw, m_text.constData() + span.start, span.end - span.start);
    return true;
}

bool CsvReader::next(SourceRow *row)
{
    return readRecord(row);
}

double CsvReader::progress() const
{
    const qint64 consumed = m_dropped + m_pos;   // characters
    const qint64 decoded = m_dropped + m_text.size();
    if (m_source->atEnd())
        return decoded == 0 ? 1.0 : double(consumed) / double(decoded);
    if (decoded == 0 || m_source->size() <= 0)
        return 0.0;
    // Characters to bytes at the rate of the file so far.
    const double bytesPerCharacter = double(m_source->bytesRead()) / double(decoded);
    return qMin(1.0, consumed * bytesPerCharacter / double(m_source->size()));
}

} // namespace fc
