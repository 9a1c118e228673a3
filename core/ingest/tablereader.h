#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class QIODevice;

namespace fc {

/** How to read a delimited or JSON file; the "format" block of an import spec. */
struct ReaderOptions
{
    QString encoding = QStringLiteral("auto");  // auto, utf-8, utf-16, windows-1252
    QString delimiter = QStringLiteral("auto"); // auto, or one character ("\t" or "tab" for TSV)
    int headerRow = 1;                          // 1-based record number of the header; 0 = none
    QString format = QStringLiteral("auto");    // auto, csv, json, jsonl, xlsx
    QString sheet;                              // xlsx: the sheet's name; empty = the first sheet
    // Not part of a spec: how many bytes of the file are decoded at a time, and how many of its
    // first characters the format detection (64 KiB at most) and the delimiter detection (the
    // first 50 records at most) look at. Tests
    // make both tiny, so that records, line breaks and characters fall across the pieces.
    qsizetype readBlockBytes = 1 << 20;
    qsizetype sampleCharacters = 256 * 1024;
};

/** One record of a source file as the reader parsed it. */
struct SourceRow
{
    qint64 rowNumber = 0;  // 1-based record number in the file (the header is row 1 by default)
    qint64 lineNumber = 0; // 1-based physical line where the record starts
    QStringList fields;    // one string per column, as parsed (quotes removed), never trimmed
    QString raw;           // the record's text verbatim (decoded), without its line break;
                           // for JSON the object's compact JSON text
};

/**
 * Reads a table (CSV/TSV/any delimiter, JSON array of objects, JSON Lines, a sheet of an Excel
 * .xlsx workbook) record by record,
 * the same way for the import, the CLI preview and the import wizard preview.
 * Encoding and delimiter are detected when the options say "auto". Delimited files are read a
 * piece at a time (memory does not grow with the file); JSON is parsed whole; a workbook's sheet
 * is read a row at a time. A workbook is recognised by its content (a zip), whatever its name.
 */
class TableReader
{
public:
    virtual ~TableReader();

    /** Opens a file; returns nullptr and sets *error (naming the file) if it cannot be read. */
    static std::unique_ptr<TableReader> open(const QString &path, const ReaderOptions &options,
                                             QString *error);
    /** Reads from memory; displayName is used in messages. */
    static std::unique_ptr<TableReader> fromData(const QByteArray &data, const QString &displayName,
                                                 const ReaderOptions &options, QString *error);
    /** Reads an open device that can seek, from its current position (a QFile, a QBuffer). */
    static std::unique_ptr<TableReader> fromDevice(std::unique_ptr<QIODevice> device, const QString &displayName,
                                                   const ReaderOptions &options, QString *error);

    /** Column names: the header row, or "Column 1".. when there is none; for JSON the keys. */
    virtual QStringList headers() const = 0;
    /** Reads the next data record; false at the end or on a fatal error (see errorString()). */
    virtual bool next(SourceRow *row) = 0;
    /** Empty unless next() stopped on a fatal error; names file, row, line and what was expected. */
    virtual QString errorString() const = 0;
    virtual QString encoding() const = 0;    // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252"
    virtual QString delimiter() const = 0;   // ",", ";", "\t", "|"... or empty for JSON
    virtual QString formatName() const = 0;  // "csv", "json", "jsonl", "xlsx"
    /** The sheet read, for a workbook; empty for other files. */
    virtual QString sheetName() const { return QString(); }
    /**
     * What the user should know about how the file was read that is not an error (a workbook's
     * formulas read as their saved values, Excel errors read as empty); complete at the end.
     */
    virtual QStringList notes() const { return QStringList(); }
    virtual double progress() const = 0;     // 0..1, share of the input consumed
    /**
     * SHA-256 (hex) of the file's bytes as the reader read them, once it has read all of them (at
     * the latest when next() has returned false at the end); empty before that or after an error. The importer compares it with the hash it
     * recorded, so that a file changed while it was read is not imported under the old hash.
     */
    virtual QString sha256() const = 0;
};

} // namespace fc
