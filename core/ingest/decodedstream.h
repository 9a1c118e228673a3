#pragma once

#include "ingest/sha256.h"
#include "ingest/textdecoder.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

namespace fc {

/**
 * A file's text, read a piece at a time. The readers decode a large export in pieces of about a
 * megabyte instead of holding all its bytes and all its text at once (a 256 MB export took
 * 768 MB before its first row was read). The encoding is decided over the whole file first
 * (TextDecoder::detect()); every byte read is hashed, so that the importer can check that the
 * file it recorded the SHA-256 of is the file it read.
 */
class DecodedStream
{
public:
    /**
     * Reads the device from its current position (its start): a QFile, or a QBuffer over data
     * held in memory. Returns nullptr and sets *error as TextDecoder::detect() does.
     */
    static std::unique_ptr<DecodedStream> open(std::unique_ptr<QIODevice> device, const QString &displayName,
                                               const QString &encoding, QString *error);

    /**
     * Appends the text of up to `bytes` more bytes of the file to *text (a character cut by the
     * end of the piece waits for the next one). Returns false and sets errorString() on a read
     * error or text the encoding does not allow; at the end appends nothing and returns true.
     */
    bool read(qsizetype bytes, QString *text);
    bool atEnd() const { return m_atEnd; }

    QString encoding() const { return m_decoder.encoding(); }
    QString errorString() const { return m_error; }
    QString displayName() const { return m_displayName; }
    qint64 size() const { return m_size; }
    qint64 bytesRead() const { return m_bytesRead; }
    /** SHA-256 (hex) of every byte of the file, once atEnd(); empty before or after an error. */
    QString sha256();

private:
    DecodedStream(std::unique_ptr<QIODevice> device, const QString &displayName, const QString &encoding);

    std::unique_ptr<QIODevice> m_device;
    QString m_displayName;
    TextDecoder m_decoder;
    Sha256 m_hash;
    QByteArray m_buffer;    // the bytes read; an unfinished character waits at its front
    qsizetype m_pending = 0; // bytes of that character
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace fc
