// libFuzzer target: the .xlsx workbook reader (zip container, relationships, styles, shared
// strings and sheet XML). Whatever the bytes, the reader either refuses them with an error that
// names the file, or gives rows whose numbers increase, with progress within 0..1; an error while
// reading rows names the file too. Seeds: workbooks from tests/ingest/data/xlsx.

#include "fuzzcheck.h"
#include "ingest/tablereader.h"

using namespace fc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.xlsx");
    for (const char *sheet : {"", "Dates"}) {
        ReaderOptions options;
        options.format = QStringLiteral("xlsx");
        options.sheet = QString::fromLatin1(sheet);
        QString error;
        auto reader = TableReader::fromData(bytes, name, options, &error);
        if (!reader) {
            FuzzCheck::require(error.contains(name), "the error names the file", error);
            continue;
        }
        FuzzCheck::require(reader->formatName() == QLatin1String("xlsx"), "a workbook reads as xlsx");
        SourceRow row;
        qint64 last = 0;
        while (reader->next(&row)) {
            FuzzCheck::require(row.rowNumber > last, "row numbers increase");
            FuzzCheck::require(row.fields.size() >= reader->headers().size(), "a row has a field per column");
            const double p = reader->progress();
            FuzzCheck::require(p >= 0.0 && p <= 1.0, "progress stays within 0..1");
            last = row.rowNumber;
        }
        if (!reader->errorString().isEmpty())
            FuzzCheck::require(reader->errorString().contains(name), "a read error names the file",
                               reader->errorString());
        else
            FuzzCheck::require(reader->sha256().size() == 64, "a sheet read to its end has the file's SHA-256");
    }
    return 0;
}
