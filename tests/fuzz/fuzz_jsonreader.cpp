// libFuzzer target: the JSON and JSON Lines paths of TableReader. Qt's own JSON parser is the
// oracle: the reader must accept exactly the documents QJsonDocument accepts as an array of
// objects (or one object), give one row per object and the same text for string values.

#include "fuzzcheck.h"
#include "ingest/tablereader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace fc;

namespace {

const QString kName = QStringLiteral("fuzz.json");

std::unique_ptr<TableReader> start(const QByteArray &data, const QString &format, QString *error)
{
    ReaderOptions options;
    options.format = format;
    options.encoding = QStringLiteral("utf-8");
    return TableReader::fromData(data, kName, options, error);
}

// Reads every row, checking what holds for any table; returns the rows.
QList<SourceRow> readAll(TableReader &reader)
{
    QList<SourceRow> rows;
    const QStringList headers = reader.headers();
    FuzzCheck::require(QSet<QString>(headers.cbegin(), headers.cend()).size() == headers.size(),
                       "column names are unique");
    SourceRow row;
    while (reader.next(&row)) {
        FuzzCheck::require(row.fields.size() == headers.size(), "a JSON row has one field per column");
        FuzzCheck::require(rows.isEmpty() || row.rowNumber > rows.last().rowNumber, "row numbers increase");
        const double p = reader.progress();
        FuzzCheck::require(p >= 0.0 && p <= 1.0, "progress stays within 0..1");
        rows << row;
    }
    FuzzCheck::require(reader.errorString().isEmpty(), "a JSON reader that loaded has no read error");
    return rows;
}

// String values of top-level keys without dots (dots join the keys of nested objects) must be
// read exactly as Qt reads them.
void compareStrings(const QJsonObject &object, const SourceRow &row, const QStringList &headers)
{
    // Qt drops a U+FEFF that starts a key (it decodes keys as if they were files with a BOM); the
    // reader keeps keys as written, so such rows have no oracle.
    if (row.raw.contains(QChar(0xFEFF)))
        return;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString() || it.key().contains(QLatin1Char('.')))
            continue;
        const qsizetype column = headers.indexOf(it.key());
        FuzzCheck::require(column >= 0, "every key is a column", it.key());
        FuzzCheck::require(row.fields.at(column) == it.value().toString(), "a string value reads as Qt reads it",
                           QStringLiteral("key %1: read \"%2\", Qt reads \"%3\"")
                               .arg(it.key(), row.fields.at(column), it.value().toString()));
    }
}

void checkDocument(const QByteArray &data)
{
    QString error;
    auto reader = start(data, QStringLiteral("json"), &error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    bool table = parseError.error == QJsonParseError::NoError && (document.isArray() || document.isObject());
    if (table && document.isArray())
        for (const QJsonValue &v : document.array())
            table = table && v.isObject();
    if (!reader) {
        // Qt accepts some text that is not valid UTF-8 (it substitutes) and raw NULs inside strings;
        // the reader refuses both up front, as the decoder does for every format.
        FuzzCheck::require(!table || error.contains(QLatin1String("UTF-8")) || error.contains(QLatin1String("binary")),
                           "a document Qt reads as a table is read", error);
        FuzzCheck::require(error.contains(kName), "the error names the file", error);
        return;
    }
    FuzzCheck::require(table, "what the reader accepts Qt reads as a table");
    const QList<SourceRow> rows = readAll(*reader);
    const QStringList headers = reader->headers();
    if (document.isObject()) {
        FuzzCheck::require(rows.size() == 1, "one object is one row");
        compareStrings(document.object(), rows.first(), headers);
        return;
    }
    const QJsonArray array = document.array();
    FuzzCheck::require(rows.size() == array.size(), "one row per object of the array");
    for (qsizetype i = 0; i < array.size(); ++i) {
        compareStrings(array.at(i).toObject(), rows.at(i), headers);
        // The raw text kept for each row is the object itself, as JSON.
        const QJsonDocument raw = QJsonDocument::fromJson(rows.at(i).raw.toUtf8());
        FuzzCheck::require(raw.isObject() && raw.object() == array.at(i).toObject(),
                           "the raw text of a row is its object", rows.at(i).raw);
    }
}

void checkLines(const QByteArray &data)
{
    QString error;
    auto reader = start(data, QStringLiteral("jsonl"), &error);
    if (!reader) {
        FuzzCheck::require(error.contains(kName), "the error names the file", error);
        return;
    }
    const QList<SourceRow> rows = readAll(*reader);
    // Each non-blank line is an object: the row count cannot exceed the line count.
    FuzzCheck::require(rows.size() <= data.count('\n') + 1, "at most one row per line");
    for (const SourceRow &row : rows) {
        const QJsonDocument raw = QJsonDocument::fromJson(row.raw.toUtf8());
        FuzzCheck::require(raw.isObject(), "the raw text of a JSON Lines row is an object", row.raw);
        compareStrings(raw.object(), row, reader->headers());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    checkDocument(bytes);
    checkLines(bytes);
    // Format detection must not crash either way.
    QString error;
    ReaderOptions automatic;
    if (auto reader = TableReader::fromData(bytes, kName, automatic, &error)) {
        SourceRow row;
        while (reader->next(&row)) {
        }
    }
    return 0;
}
