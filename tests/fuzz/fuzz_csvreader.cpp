// libFuzzer target: the delimited-text path of TableReader (decoding, delimiter detection, quoting,
// header handling) under several reader options, with the invariants every caller relies on; and
// the file read again in pieces of a few bytes must give exactly what it gives read in one piece.

#include "fuzzcheck.h"
#include "ingest/tablereader.h"

#include <QSet>

using namespace fc;

namespace {

// Everything a reader gave, to compare two readings of the same bytes: the rows, and the error
// it stopped on (at the start, or later for a fault in a part of the file read later).
struct Reading
{
    QString rows;
    QString error;
};

Reading summary(TableReader *reader, const QString &error, const QList<SourceRow> &rows)
{
    if (!reader)
        return {QString(), error};
    QString out = reader->encoding() + QLatin1Char('|') + reader->delimiter() + QLatin1Char('|') +
                  reader->formatName() + QLatin1Char('|') + reader->headers().join(QChar(0x1F)) + QLatin1Char('\n');
    for (const SourceRow &row : rows)
        out += QString::number(row.rowNumber) + QLatin1Char(':') + QString::number(row.lineNumber) +
               QLatin1Char(':') + row.fields.join(QChar(0x1F)) + QChar(0x1E) + row.raw + QLatin1Char('\n');
    return {out, reader->errorString()};
}

Reading readAll(const QByteArray &data, const ReaderOptions &options)
{
    const QString name = QStringLiteral("fuzz.csv");
    QString error;
    auto reader = TableReader::fromData(data, name, options, &error);
    if (!reader) {
        FuzzCheck::require(!error.isEmpty(), "a reader that cannot start says why");
        FuzzCheck::require(error.contains(name), "the start error names the file", error);
        return summary(nullptr, error, {});
    }
    const QStringList headers = reader->headers();
    FuzzCheck::require(QSet<QString>(headers.cbegin(), headers.cend()).size() == headers.size(),
                       "column names are unique", headers.join(QLatin1Char('|')));
    if (reader->formatName() == QLatin1String("csv"))
        for (const QString &h : headers)
            FuzzCheck::require(!h.trimmed().isEmpty(), "no CSV column name is blank");
    SourceRow row;
    QList<SourceRow> rows;
    qint64 previousRow = 0;
    qint64 previousLine = 0;
    while (reader->next(&row)) {
        rows.append(row);
        FuzzCheck::require(row.rowNumber > previousRow, "row numbers increase");
        FuzzCheck::require(row.lineNumber >= 1 && row.lineNumber > previousLine, "line numbers increase");
        FuzzCheck::require(rows.size() <= data.size() + 1, "no more records than bytes");
        const double p = reader->progress();
        FuzzCheck::require(p >= 0.0 && p <= 1.0, "progress stays within 0..1");
        previousRow = row.rowNumber;
        previousLine = row.lineNumber;
    }
    if (!reader->errorString().isEmpty())
        FuzzCheck::require(reader->errorString().contains(name), "a read error names the file",
                           reader->errorString());
    FuzzCheck::require(!reader->next(&row), "the end stays the end");
    return summary(reader.get(), error, rows);
}

// Reads the bytes whole, then in pieces of 1 to 7 bytes, which must not change anything. The
// delimiter detection looks at a few characters in both, so that the records after them are read
// piece by piece.
void readAllInPieces(const QByteArray &data, ReaderOptions options)
{
    options.sampleCharacters = 1 + data.size() % 97;
    const Reading whole = readAll(data, options);
    options.readBlockBytes = 1 + data.size() % 7;
    const Reading pieces = readAll(data, options);
    FuzzCheck::require(pieces.error == whole.error, "read in pieces, the file fails as it does whole",
                       whole.error + QStringLiteral("\n---\n") + pieces.error);
    if (whole.error.isEmpty())
        FuzzCheck::require(pieces.rows == whole.rows, "read in pieces, the file reads as it does whole",
                           whole.rows.left(500) + QStringLiteral("\n---\n") + pieces.rows.left(500));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ReaderOptions automatic;
    automatic.format = QStringLiteral("csv");
    readAllInPieces(bytes, automatic);

    ReaderOptions tabNoHeader;
    tabNoHeader.format = QStringLiteral("tsv");
    tabNoHeader.headerRow = 0;
    tabNoHeader.encoding = QStringLiteral("utf-8");
    readAllInPieces(bytes, tabNoHeader);

    ReaderOptions semicolonTitle;
    semicolonTitle.format = QStringLiteral("csv");
    semicolonTitle.delimiter = QStringLiteral(";");
    semicolonTitle.headerRow = 2;
    semicolonTitle.encoding = QStringLiteral("windows-1252");
    readAllInPieces(bytes, semicolonTitle);

    ReaderOptions utf16;
    utf16.encoding = QStringLiteral("utf-16"); // format auto: JSON-looking text goes to the JSON reader
    readAllInPieces(bytes, utf16);
    return 0;
}
