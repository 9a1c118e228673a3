#pragma once

#include "ingest/tablereader.h"

#include <QStringView>
#include <optional>

namespace fc {

/**
 * Reads delimited text (CSV, TSV, ';' or '|' separated) as RFC 4180 describes it: quoted fields
 * with doubled quotes, delimiters and line breaks inside quotes, CRLF, LF or lone CR line ends.
 * The whole file is decoded once and scanned by index, so a million rows parse in well under a
 * second; only quoted fields with doubled quotes need a string of their own to be built.
 */
class CsvReader : public TableReader
{
public:
    /** text: the decoded file; encoding: what TextDecoder used; displayName: used in messages. */
    CsvReader(const QString &text, const QString &displayName, const QString &encoding);

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
    QString encoding() const override { return m_encoding; }
    QString delimiter() const override { return QString(m_delimiter); }
    QString formatName() const override { return QStringLiteral("csv"); }
    double progress() const override;

private:
    bool readRecord(SourceRow *row);

    QString m_text;
    QString m_displayName;
    QString m_encoding;
    QChar m_delimiter = QLatin1Char(',');
    QStringList m_headers;
    QString m_error;
    qsizetype m_pos = 0;  // index in m_text of the next record
    qint64 m_line = 1;    // physical line at m_pos
    qint64 m_records = 0; // records read so far, header and skipped title rows included
    bool m_failed = false;
};

} // namespace fc
