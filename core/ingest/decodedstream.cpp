#include "ingest/decodedstream.h"

#include <QCoreApplication>

#include <cstring>

namespace fc {

DecodedStream::DecodedStream(std::unique_ptr<QIODevice> device, const QString &displayName,
                             const QString &encoding)
    : m_device(std::move(device)), m_displayName(displayName), m_decoder(encoding)
{
}

std::unique_ptr<DecodedStream> DecodedStream::open(std::unique_ptr<QIODevice> device, const QString &displayName,
                                                   const QString &encoding, QString *error)
{
    std::unique_ptr<DecodedStream> stream(new DecodedStream(std::move(device), displayName, encoding));
    QIODevice *d = stream->m_device.get();
    if (!stream->m_decoder.detect(d, displayName)) {
        if (error)
            *error = stream->m_decoder.errorString();
        return nullptr;
    }
    stream->m_size = d->size() - d->pos();
    // The byte-order mark is hashed with the rest of the file, but it is not text.
    const QByteArray bom = d->read(stream->m_decoder.bomSize());
    stream->m_hash.add(bom);
    stream->m_bytesRead = bom.size();
    return stream;
}

bool DecodedStream::read(qsizetype bytes, QString *text)
{
    if (!m_error.isEmpty())
        return false;
    if (m_atEnd)
        return true;
    bytes = qMax<qsizetype>(bytes, 4); // room for one whole character after an unfinished one
    if (m_buffer.size() < m_pending + bytes)
        m_buffer.resize(m_pending + bytes);
    const qint64 n = m_device->read(m_buffer.data() + m_pending, bytes);
    if (n < 0) {
        m_error = QCoreApplication::translate("DecodedStream", "cannot read %1: %2")
                      .arg(m_displayName, m_device->errorString());
        return false;
    }
    m_hash.add(QByteArrayView(m_buffer.constData() + m_pending, n));
    m_bytesRead += n;
    const bool last = n == 0 || m_device->atEnd();
    const QByteArrayView data(m_buffer.constData(), m_pending + n);
    const qsizetype used = m_decoder.decodePiece(data, last, text);
    if (used < 0) {
        m_error = m_decoder.errorString();
        return false;
    }
    m_pending = data.size() - used;
    std::memmove(m_buffer.data(), m_buffer.constData() + used, size_t(m_pending));
    m_atEnd = last;
    return true;
}

QString DecodedStream::sha256()
{
    return m_atEnd && m_error.isEmpty() ? m_hash.hex() : QString();
}

} // namespace fc
