#pragma once

#include "ingest/tablereader.h"

#include <QStringView>
#include <memory>
#include <optional>

namespace fc {

class DecodedStream;

/**
 * Reads delimited text (CSV, TSV, ';' or '|' separated) as RFC 4180 describes it: quoted fields
 * with doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or lone CR line ends.
 * The file is decoded a piece at a time into a window of text that is scanned by index (only
 * quoted fields with doubled quotes need a string of their own to be built); a record is taken
 * once the window holds all of it, so a record may straddle any number of pieces.
 */
class CsvReader : public TableReader
{
public:
    /** source: the file; text: what has been read of it already (the factory looks at its start). */
    CsvReader(std::unique_ptr<DecodedStream> source, QString text, const ReaderOptions &options);
    ~CsvReader() override;

    /**
     * Resolves the delimiter (detecting it for "auto") and reads the header row. Returns false
     * and sets *error for an invalid delimiter option, a header row beyond the end of the file,
     * or a header that cannot be parsed.
     */
    bool start(const ReaderOptions &options, QString *error);

    /** "," ";" "\t" "|" or one explicit character; "tab" and "\t" mean TAB; empty = auto. */
    static std::optional<QChar> delimiterFromName(const QString &name);
    /** Picks , ; TAB or | by the consistency of the field counts of the first records. */
    static QChar detectDelimiter(QStringView text, int sampleRecords = 50);

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow *row) override;
    QString errorString() const override { return m_error; }
    QString encoding() const override;
    QString delimiter() const override { return QString(m_delimiter); }
    QString formatName() const override { return QStringLiteral("csv"); }
    double progress() const override;
    QString sha256() const override;

private:
    bool readRecord(SourceRow *row);
    /** Reads more of the file into the window, first dropping what has been consumed of it. */
    bool fill();
    /** Reads until the window holds `characters` beyond the current record or the file's end. */
    bool fillTo(qsizetype characters);

    std::unique_ptr<DecodedStream> m_source;
    qsizetype m_blockBytes;
    qsizetype m_sampleCharacters; // what the delimiter detection looks at, at most
    QString m_text;       // the window: the file's text from character m_dropped on
    qint64 m_dropped = 0; // characters of the file before the window
    QString m_displayName;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_headers;
    QString m_error;
    qsizetype m_pos = 0;  // index in m_text of the next record
    qint64 m_line = 1;    // physical line at m_pos
    qint64 m_records = 0; // records read so far, header and skipped title rows included
    bool m_failed = false;
};

} // namespace fc
