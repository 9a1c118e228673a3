#pragma once

#include "demo/textencoder.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace fc {

/**
 * One export file being written: encoding, delimiter and line ending of its source system,
 * quoting of delimited records, buffered writes, and the record count that ground-truth row
 * numbers are taken from (a record with a quoted line break is still one record).
 */
class ExportFile
{
public:
    ExportFile(TextEncoder::Encoding encoding, QChar delimiter, const QString &lineEnd);

    /** Creates the file and writes the byte order mark; *error names the file on failure. */
    bool open(const QString &path, QString *error);
    /** A record written verbatim (a title line, a JSON line). */
    void writeLine(const QString &text);
    /** A delimited record, fields quoted where they hold the delimiter, a quote or a line break. */
    void writeRecord(const QStringList &fields);
    /** Records written so far; the next record is row recordCount() + 1. */
    qint64 recordCount() const { return m_records; }
    bool close(QString *error);

private:
    void flushIfFull();

    QFile m_file;
    TextEncoder::Encoding m_encoding;
    QChar m_delimiter;
    QString m_lineEnd;
    QByteArray m_buffer;
    QString m_line;
    qint64 m_records = 0;
    bool m_writeFailed = false;
};

} // namespace fc
