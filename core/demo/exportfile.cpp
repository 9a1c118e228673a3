#include "demo/exportfile.h"

#include <QCoreApplication>

namespace fc {

namespace {
const qsizetype kFlushAt = 1 << 20;
}

ExportFile::ExportFile(TextEncoder::Encoding encoding, QChar delimiter, const QString &lineEnd)
    : m_encoding(encoding), m_delimiter(delimiter), m_lineEnd(lineEnd)
{
}

bool ExportFile::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QCoreApplication::translate("fc::DemoGenerator", "Cannot create the demo file %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    m_buffer = TextEncoder::byteOrderMark(m_encoding);
    m_buffer.reserve(kFlushAt + 64 * 1024);
    return true;
}

void ExportFile::writeLine(const QString &text)
{
    TextEncoder::append(text, m_encoding, &m_buffer);
    TextEncoder::append(m_lineEnd, m_encoding, &m_buffer);
    ++m_records;
    flushIfFull();
}

void ExportFile::writeRecord(const QStringList &fields)
{
    m_line.clear();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_line += m_delimiter;
        const QString &f = fields.at(i);
        const bool quote = f.contains(m_delimiter) || f.contains(QLatin1Char('"')) ||
                           f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'));
        if (quote) {
            m_line += QLatin1Char('"');
            m_line += QString(f).replace(QLatin1Char('"'), QLatin1String("\"\""));
            m_line += QLatin1Char('"');
        } else {
            m_line += f;
        }
    }
    writeLine(m_line);
}

void ExportFile::flushIfFull()
{
    if (m_buffer.size() < kFlushAt)
        return;
    if (m_file.write(m_buffer) != m_buffer.size())
        m_writeFailed = true;
    m_buffer.resize(0); // keeps the capacity for the next megabyte
}

bool ExportFile::close(QString *error)
{
    if (!m_buffer.isEmpty() && m_file.write(m_buffer) != m_buffer.size())
        m_writeFailed = true;
    m_buffer.clear();
    m_file.close();
    if (m_writeFailed || m_file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("fc::DemoGenerator", "Cannot write the demo file %1: %2")
                     .arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

} // namespace fc
