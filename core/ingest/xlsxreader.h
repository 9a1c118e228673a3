#pragma once

#include "ingest/tablereader.h"
#include "ingest/xlsxpackage.h"
#include "ingest/xlsxsharedstrings.h"
#include "ingest/xlsxstyles.h"

#include <QXmlStreamReader>
#include <memory>
#include <optional>

namespace fc {

/**
 * Reads one worksheet of an Excel .xlsx workbook as a table: the first sheet, or the one
 * ReaderOptions::sheet names. The sheet's XML is read as a stream a row at a time (only the
 * shared string table is held whole), so memory does not grow with the number of rows.
 *
 * Values are the text a user sees, written the way the importer reads them: shared and inline
 * strings as they are, numbers with at most 15 significant digits and no ".0", booleans
 * "true"/"false", serial dates turned into ISO "yyyy-MM-dd", "HH:mm:ss" or
 * "yyyy-MM-ddTHH:mm:ss" by the cell's number format (1900 or 1904 date system), Excel errors
 * (#N/A, #DIV/0!...) as empty fields. A formula cell gives the value cached in the file.
 * Row numbers are the sheet's (as Excel shows them); rows with no value are skipped.
 */
class XlsxReader : public TableReader
{
public:
    /** What the reader held at once, for tests that memory does not grow with the sheet. */
    struct Counters
    {
        qint64 rowsRead = 0;           // <row> elements read (empty ones included)
        qint64 mostRowsHeld = 0;       // rows held at once (the one being read and one looked ahead)
        qint64 mostCellsHeld = 0;      // fields of the widest row held
        qint64 largestRead = 0;        // bytes one read from the zip brought in
        qint64 sheetBytes = 0;         // bytes of sheet XML inflated so far
        qint64 sharedStrings = 0;      // entries of the shared string table (held whole)
        qint64 sharedStringCharacters = 0;
        qint64 formulaCells = 0;
        qint64 errorCells = 0;
    };

    XlsxReader(std::unique_ptr<QIODevice> device, const QString &displayName, const ReaderOptions &options,
               const XlsxLimits &limits = XlsxLimits());
    ~XlsxReader() override;

    /**
     * Finds the sheet through the workbook's relationships, reads the styles and the shared
     * strings and then the header row. False and *error (naming the file, and the part or sheet
     * and row) on a damaged workbook, an unknown sheet (listing those there are) or a header row
     * beyond the sheet's end.
     */
    bool start(QString *error);

    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const override { return m_sheetName; }
    QStringList notes() const override;
    Counters counters() const;
    bool date1904() const { return m_date1904; }

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow *row) override;
    QString errorString() const override { return m_error; }
    QString encoding() const override { return QStringLiteral("utf-8"); }
    QString delimiter() const override { return QString(); }
    QString formatName() const override { return QStringLiteral("xlsx"); }
    double progress() const override;
    QString sha256() const override { return m_sha256; }

private:
    struct Row
    {
        qint64 number = 0;
        QStringList cells; // up to the last cell with a value
    };

    bool readRelationships(const QString &part, const QString &baseDir, bool required);
    bool readWorkbook(const QString &part);
    /** Reads the next <row> with a value; false at the end of the sheet data or on an error. */
    bool readRow(Row *row);
    bool readCell(Row *row, int *column);
    bool fail(const QString &message);
    bool finish();
    QString cellName(int column, qint64 row) const;

    std::unique_ptr<QIODevice> m_device;
    QString m_displayName;
    ReaderOptions m_options;
    std::unique_ptr<XlsxPackage> m_package;
    std::unique_ptr<QIODevice> m_sheetPart;
    QXmlStreamReader m_xml;
    XlsxStyles m_styles;
    XlsxSharedStrings m_strings;

    QHash<QString, QString> m_relTargets; // relationship id -> part name
    QHash<QString, QString> m_relTypes;   // relationship id -> type (its last path segment)
    QStringList m_sheetNames;
    QStringList m_sheetRelIds;
    QString m_sheetName;
    QString m_sheetPartName;
    bool m_date1904 = false;

    QStringList m_headers;
    std::optional<Row> m_pending; // a row read ahead (to size the columns when there is no header)
    qint64 m_lastRow = 0;
    bool m_inSheetData = false;
    bool m_ended = false;
    QString m_error;
    QString m_sha256;
    QString m_firstError; // "#N/A in C5"
    Counters m_counters;
};

} // namespace fc
