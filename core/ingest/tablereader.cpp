#include "ingest/tablereader.h"

#include "ingest/csvreader.h"
#include "ingest/decodedstream.h"
#include "ingest/jsonreader.h"
#include "ingest/xlsxreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace fc {

namespace {

// How much of the start of a file decides whether it is JSON (looksLikeJson needs two
// characters; JSON Lines detection looks at the first lines).
constexpr qsizetype kFormatSampleCharacters = 64 * 1024;

/*
 * Whether the text starts like JSON: '[' or '{' as the first character that is not whitespace
 * (a BOM counts as whitespace), followed by what JSON allows there. A CSV whose first header is
 * "[Date]" (as SQL Server writes them) therefore stays CSV instead of failing as bad JSON.
 */
bool looksLikeJson(QStringView text)
{
    auto skipSpace = [&text](qsizetype from) {
        while (from < text.size() && (text.at(from).isSpace() || text.at(from) == QChar(0xFEFF)))
            ++from;
        return from;
    };
    const qsizetype first = skipSpace(0);
    if (first >= text.size())
        return false;
    const QChar open = text.at(first);
    if (open != u'[' && open != u'{')
        return false;
    const qsizetype second = skipSpace(first + 1);
    if (second >= text.size())
        return true; // "[" alone: let the JSON parser report it
    const QStringView rest = text.sliced(second);
    const QChar c = rest.front();
    if (open == u'{')
        return c == u'"' || c == u'}';
    return c == u'{' || c == u'[' || c == u'"' || c == u']' || c == u'-' || (c >= u'0' && c <= u'9') ||
           rest.startsWith(u"true") || rest.startsWith(u"false") || rest.startsWith(u"null");
}

// The first bytes of a zip file (an .xlsx workbook is one), of an empty zip, and of an OLE2
// compound file (an Excel 97-2003 .xls workbook, or a password-protected .xlsx).
bool isZip(const QByteArray &start)
{
    return start.startsWith(QByteArrayLiteral("PK\x03\x04")) || start.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

bool isOle2(const QByteArray &start)
{
    return start.startsWith(QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"));
}

bool namedAsWorkbook(const QString &displayName)
{
    const QString suffix = QFileInfo(displayName).suffix().toLower();
    return suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm") || suffix == QLatin1String("xltx");
}

/*
 * The message for an OLE2 compound file. A password-protected .xlsx is one too: its directory
 * names the streams EncryptionInfo and EncryptedPackage (in UTF-16), which tells the two apart.
 */
QString ole2Message(QIODevice &device, const QString &displayName)
{
    const QByteArray head = device.peek(1 << 20);
    const QString encrypted = QStringLiteral("EncryptedPackage");
    const QByteArray utf16(reinterpret_cast<const char *>(encrypted.utf16()), encrypted.size() * 2);
    if (head.contains(utf16))
        return QCoreApplication::translate("TableReader",
                                           "%1 is a password-protected (encrypted) Excel workbook, which cannot be "
                                           "read: save it in Excel without a password, as .xlsx or CSV")
            .arg(displayName);
    return QCoreApplication::translate("TableReader", "%1 is an Excel 97-2003 .xls workbook (or another old "
                                                      "Office file), which cannot be read: save it as .xlsx or CSV")
        .arg(displayName);
}

} // namespace

TableReader::~TableReader() = default;

std::unique_ptr<TableReader> TableReader::open(const QString &path, const ReaderOptions &options,
                                               QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TableReader", "cannot open %1: %2")
                         .arg(path, file->errorString());
        return nullptr;
    }
    // A pipe cannot be read twice (the encoding is decided over all of it first): held whole.
    if (file->isSequential()) {
        const QByteArray data = file->readAll();
        return fromData(data, QFileInfo(path).fileName(), options, error);
    }
    return fromDevice(std::move(file), QFileInfo(path).fileName(), options, error);
}

std::unique_ptr<TableReader> TableReader::fromData(const QByteArray &data, const QString &displayName,
                                                   const ReaderOptions &options, QString *error)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return fromDevice(std::move(buffer), displayName, options, error);
}

std::unique_ptr<TableReader> TableReader::fromDevice(std::unique_ptr<QIODevice> device,
                                                     const QString &displayName, const ReaderOptions &options,
                                                     QString *error)
{
    auto fail = [error](const QString &message) -> std::unique_ptr<TableReader> {
        if (error)
            *error = message;
        return nullptr;
    };
    // A workbook is told by its first bytes (a zip; an OLE2 file is an old or encrypted one).
    const QString format = options.format.trimmed().toLower();
    const bool automatic = format.isEmpty() || format == QLatin1String("auto");
    if (automatic || format == QLatin1String("xlsx")) {
        const QByteArray magic = device->peek(8);
        if (isOle2(magic))
            return fail(ole2Message(*device, displayName));
        const bool zip = isZip(magic);
        if (!zip && (format == QLatin1String("xlsx") || namedAsWorkbook(displayName)))
            return fail(QCoreApplication::translate("TableReader",
                                                    "%1 is not an Excel .xlsx workbook: an .xlsx file is a zip "
                                                    "file, and this one is not (it is damaged, or another kind "
                                                    "of file renamed)")
                            .arg(displayName));
        if (zip) {
            auto reader = std::make_unique<XlsxReader>(std::move(device), displayName, options);
            if (!reader->start(error))
                return nullptr;
            return reader;
        }
    }
    auto source = DecodedStream::open(std::move(device), displayName, options.encoding, error);
    if (!source)
        return nullptr;
    // The start of the file tells JSON from delimited text.
    const qsizetype sample = qBound<qsizetype>(1, options.sampleCharacters, kFormatSampleCharacters);
    QString text;
    while (!source->atEnd() && text.size() < sample)
        if (!source->read(qMax<qsizetype>(options.readBlockBytes, 1), &text))
            return fail(source->errorString());

    bool json = false;
    bool lines = false;
    if (format.isEmpty() || format == QLatin1String("auto")) {
        // The same characters whatever the piece size brought in.
        const QStringView start = QStringView(text).first(qMin(text.size(), sample));
        json = looksLikeJson(start);
        lines = json && JsonReader::looksLikeJsonLines(start);
    } else if (format == QLatin1String("json")) {
        json = true;
    } else if (format == QLatin1String("jsonl") || format == QLatin1String("ndjson")) {
        json = lines = true;
    } else if (format != QLatin1String("csv") && format != QLatin1String("tsv") &&
               format != QLatin1String("text") && format != QLatin1String("delimited")) {
        return fail(QCoreApplication::translate(
                        "TableReader", "%1: unknown format \"%2\": expected auto, csv, json, jsonl or xlsx")
                        .arg(displayName, options.format));
    }

    if (json) {
        // JSON is parsed whole (its headers are the union of every object's keys).
        while (!source->atEnd())
            if (!source->read(qMax<qsizetype>(text.size(), 1 << 20), &text))
                return fail(source->errorString());
        auto reader = std::make_unique<JsonReader>(displayName, source->encoding(), source->sha256());
        if (!reader->load(text, lines ? JsonReader::Layout::Lines : JsonReader::Layout::Document, error))
            return nullptr;
        return reader;
    }
    ReaderOptions csvOptions = options;
    if (format == QLatin1String("tsv") &&
        (options.delimiter.isEmpty() ||
         options.delimiter.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0))
        csvOptions.delimiter = QStringLiteral("tab");
    auto reader = std::make_unique<CsvReader>(std::move(source), std::move(text), csvOptions);
    if (!reader->start(csvOptions, error))
        return nullptr;
    return reader;
}

} // namespace fc
