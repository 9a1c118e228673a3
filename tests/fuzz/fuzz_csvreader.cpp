// libFuzzer target: the delimited-text path of TableReader (decoding, delimiter detection, quoting,
// header handling) under several reader options, with the invariants every caller relies on.

#include "fuzzcheck.h"
#include "ingest/tablereader.h"

#include <QSet>

using namespace fc;

namespace {

void readAll(const QByteArray &data, const ReaderOptions &options)
{
    const QString name = QStringLiteral("fuzz.csv");
    QString error;
    auto reader = TableReader::fromData(data, name, options, &error);
    if (!reader) {
        FuzzCheck::require(!error.isEmpty(), "a reader that cannot start says why");
        FuzzCheck::require(error.contains(name), "the start error names the file", error);
        return;
    }
    const QStringList headers = reader->headers();
    FuzzCheck::require(QSet<QString>(headers.cbegin(), headers.cend()).size() == headers.size(),
                       "column names are unique", headers.join(QLatin1Char('|')));
    if (reader->formatName() == QLatin1String("csv"))
        for (const QString &h : headers)
            FuzzCheck::require(!h.trimmed().isEmpty(), "no CSV column name is blank");
    SourceRow row;
    qint64 previousRow = 0;
    qint64 previousLine = 0;
    qint64 rows = 0;
    while (reader->next(&row)) {
        ++rows;
        FuzzCheck::require(row.rowNumber > previousRow, "row numbers increase");
        FuzzCheck::require(row.lineNumber >= 1 && row.lineNumber > previousLine, "line numbers increase");
        FuzzCheck::require(rows <= data.size() + 1, "no more records than bytes");
        const double p = reader->progress();
        FuzzCheck::require(p >= 0.0 && p <= 1.0, "progress stays within 0..1");
        previousRow = row.rowNumber;
        previousLine = row.lineNumber;
    }
    if (!reader->errorString().isEmpty())
        FuzzCheck::require(reader->errorString().contains(name), "a read error names the file",
                           reader->errorString());
    FuzzCheck::require(!reader->next(&row), "the end stays the end");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ReaderOptions automatic;
    automatic.format = QStringLiteral("csv");
    readAll(bytes, automatic);

    ReaderOptions tabNoHeader;
    tabNoHeader.format = QStringLiteral("tsv");
    tabNoHeader.headerRow = 0;
    tabNoHeader.encoding = QStringLiteral("utf-8");
    readAll(bytes, tabNoHeader);

    ReaderOptions semicolonTitle;
    semicolonTitle.format = QStringLiteral("csv");
    semicolonTitle.delimiter = QStringLiteral(";");
    semicolonTitle.headerRow = 2;
    semicolonTitle.encoding = QStringLiteral("windows-1252");
    readAll(bytes, semicolonTitle);

    ReaderOptions utf16;
    utf16.encoding = QStringLiteral("utf-16"); // format auto: JSON-looking text goes to the JSON reader
    readAll(bytes, utf16);
    return 0;
}
