#include "ingest/textdecoder.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

namespace fc {

namespace {

// Windows-1252 0x80-0x9F (Microsoft's cp1252 table / WHATWG index). 0x81, 0x8D, 0x8F, 0x90 and
// 0x9D are undefined in 1252 and keep their C1 code points, as browsers do.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

QString normalisedName(const QString &name)
{
    const QString n = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (n.isEmpty() || n == QLatin1String("auto"))
        return QStringLiteral("auto");
    if (n == QLatin1String("utf-8") || n == QLatin1String("utf8"))
        return QStringLiteral("utf-8");
    if (n == QLatin1String("utf-16") || n == QLatin1String("utf16"))
        return QStringLiteral("utf-16");
    if (n == QLatin1String("utf-16le") || n == QLatin1String("utf16le") || n == QLatin1String("utf-16-le"))
        return QStringLiteral("utf-16le");
    if (n == QLatin1String("utf-16be") || n == QLatin1String("utf16be") || n == QLatin1String("utf-16-be"))
        return QStringLiteral("utf-16be");
    if (n == QLatin1String("windows-1252") || n == QLatin1String("windows1252") ||
        n == QLatin1String("cp1252") || n == QLatin1String("cp-1252"))
        return QStringLiteral("windows-1252");
    if (n == QLatin1String("latin-1") || n == QLatin1String("latin1") || n == QLatin1String("iso-8859-1") ||
        n == QLatin1String("iso8859-1"))
        return QStringLiteral("latin-1");
    return QString();
}

bool startsWith(const QByteArray &bytes, const char *prefix, qsizetype size)
{
    return bytes.size() >= size && std::memcmp(bytes.constData(), prefix, size_t(size)) == 0;
}

// Whether the bytes from `bad` to the end are the start of one multi-byte UTF-8 character that
// the file ends before finishing: a lead byte followed only by continuation bytes, too few of them.
bool endsInsideCharacter(QByteArrayView bytes, qsizetype bad)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const uchar c = p[bad];
    const qsizetype length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (length == 0 || bad + length <= bytes.size())
        return false;
    for (qsizetype i = bad + 1; i < bytes.size(); ++i)
        if ((p[i] & 0xC0) != 0x80)
            return false;
    return true;
}

// Whether valid UTF-8 holds any character beyond ASCII, i.e. it was written as UTF-8.
bool hasMultiByteCharacter(QByteArrayView validUtf8)
{
    for (const char c : validUtf8)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

void appendWindows1252(QByteArrayView bytes, QString *text)
{
    const qsizetype old = text->size();
    text->resize(old + bytes.size());
    char16_t *dst = reinterpret_cast<char16_t *>(text->data()) + old;
    const auto *src = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = src[i];
        dst[i] = (c >= 0x80 && c < 0xA0) ? kWindows1252High[c - 0x80] : char16_t(c);
    }
}

// The UTF-16 code unit at byte offset i.
char16_t utf16Unit(QByteArrayView bytes, qsizetype i, bool littleEndian)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data()) + i;
    return littleEndian ? char16_t(p[0] | (p[1] << 8)) : char16_t((p[0] << 8) | p[1]);
}

// Offset of the first UTF-16 code unit that is a surrogate without its other half, or -1. Qt's
// decoder turns one into U+FFFD without saying so (Qt 6.4), which would change the text unseen.
qsizetype firstUnpairedSurrogate(QByteArrayView bytes, bool littleEndian)
{
    const qsizetype n = bytes.size() & ~qsizetype(1);
    auto unitAt = [&](qsizetype i) { return utf16Unit(bytes, i, littleEndian); };
    for (qsizetype i = 0; i < n; i += 2) {
        const char16_t unit = unitAt(i);
        if (unit < 0xD800 || unit > 0xDFFF)
            continue;
        if (unit >= 0xDC00 || i + 4 > n)
            return i; // a low half first, or a high half with nothing after it
        const char16_t low = unitAt(i + 2);
        if (low < 0xDC00 || low > 0xDFFF)
            return i;
        i += 2;
    }
    return -1;
}

// How much of the bytes ends at a character boundary: all of them, unless they end inside a
// multi-byte UTF-8 character, whose start is then where the next piece must begin.
qsizetype completeUtf8Prefix(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype k = 1; k <= 3 && k <= n; ++k) {
        const uchar c = p[n - k];
        if ((c & 0xC0) == 0x80)
            continue; // a continuation byte: the character started further back
        const qsizetype length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
        return length > k ? n - k : n;
    }
    return n;
}

} // namespace

TextDecoder::TextDecoder(const QString &encodingName) : m_requested(normalisedName(encodingName))
{
    if (m_requested.isEmpty())
        m_error =
            QCoreApplication::translate(
                "TextDecoder", "unknown encoding \"%1\": expected auto, utf-8, utf-16, utf-16le, utf-16be, "
                               "windows-1252 or latin-1")
                .arg(encodingName);
}

bool TextDecoder::isKnownEncoding(const QString &encodingName)
{
    return !normalisedName(encodingName).isEmpty();
}

bool TextDecoder::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString TextDecoder::fromWindows1252(QByteArrayView bytes)
{
    QString out;
    appendWindows1252(bytes, &out);
    return out;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Exports are mostly ASCII: skip eight plain bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Lead byte: sequence length, its payload bits, and the smallest code point that needs
        // this length (anything below is an overlong form).
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            cp = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            cp = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            cp = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

bool TextDecoder::detect(QIODevice *device, const QString &displayName)
{
    if (m_requested.isEmpty())
        return false; // m_error was set by the constructor
    m_error.clear();
    m_displayName = displayName;
    const qint64 start = device->pos();
    const QByteArray head = device->peek(3);
    const bool utf8Bom = startsWith(head, "\xEF\xBB\xBF", 3);
    const bool le16Bom = startsWith(head, "\xFF\xFE", 2);
    const bool be16Bom = startsWith(head, "\xFE\xFF", 2);

    QString use = m_requested;
    qsizetype skip = 0;
    if (use == QLatin1String("auto")) {
        if (utf8Bom)
            use = QStringLiteral("utf-8");
        else if (le16Bom)
            use = QStringLiteral("utf-16le");
        else if (be16Bom)
            use = QStringLiteral("utf-16be");
    } else if (use == QLatin1String("utf-16")) {
        use = be16Bom ? QStringLiteral("utf-16be") : QStringLiteral("utf-16le");
    }
    if (use == QLatin1String("utf-8") && utf8Bom)
        skip = 3;
    else if ((use == QLatin1String("utf-16le") && le16Bom) || (use == QLatin1String("utf-16be") && be16Bom))
        skip = 2;
    m_bomSize = skip;
    m_offset = start + skip;

    if (use.startsWith(QLatin1String("utf-16"))) {
        // Unpaired surrogates are found as the pieces are decoded (decodePiece()).
        if ((device->size() - start - skip) % 2 != 0)
            return fail(QCoreApplication::translate(
                            "TextDecoder", "file %1 is not valid UTF-16: it has an odd number of bytes")
                            .arg(displayName));
        m_used = use;
        return true;
    }

    // One pass over 8-bit text, a block at a time, for a NUL byte and (auto, utf-8) the first byte
    // that breaks UTF-8. A character cut by the end of a block is carried to the front of the next.
    const bool checkUtf8 = use == QLatin1String("auto") || use == QLatin1String("utf-8");
    constexpr qsizetype kBlock = 1 << 20;
    QByteArray buffer(kBlock + 4, Qt::Uninitialized);
    qint64 nul = -1;         // file offset of the first NUL
    qint64 bad = -1;         // file offset of the first byte that breaks UTF-8
    uchar badByte = 0;
    bool cutShort = false;   // the bad byte starts a character the file ends inside
    bool multiByte = false;  // a UTF-8 character beyond ASCII before `bad` (or anywhere if none)
    qsizetype carried = 0;   // bytes of an unfinished character at the front of buffer
    qint64 base = start + skip; // file offset of buffer[0]
    if (skip > 0)
        device->read(skip);
    for (;;) {
        const qint64 n = device->read(buffer.data() + carried, kBlock);
        if (n < 0) {
            device->seek(start);
            return fail(QCoreApplication::translate("TextDecoder", "cannot read %1: %2")
                            .arg(displayName, device->errorString()));
        }
        const QByteArrayView data(buffer.constData(), carried + n);
        if (nul < 0) {
            if (const qsizetype i = data.sliced(carried).indexOf('\0'); i >= 0)
                nul = base + carried + i;
        }
        if (checkUtf8 && bad < 0) {
            const qsizetype end = n == 0 ? data.size() : completeUtf8Prefix(data);
            const qsizetype b = firstInvalidUtf8(data.first(end));
            if (b >= 0) {
                bad = base + b;
                badByte = uchar(data.at(b));
                cutShort = n == 0 && endsInsideCharacter(data, b);
                multiByte = multiByte || hasMultiByteCharacter(data.first(b));
                carried = 0;
            } else {
                multiByte = multiByte || hasMultiByteCharacter(data.first(end));
                carried = data.size() - end;
                std::memmove(buffer.data(), buffer.constData() + end, size_t(carried));
            }
            base += data.size() - carried;
        } else {
            base += data.size();
            carried = 0;
        }
        if (n == 0)
            break;
    }
    device->seek(start);

    // A NUL never occurs in 8-bit text: this is a binary file, or UTF-16 that lost its BOM.
    if (nul >= 0)
        return fail(QCoreApplication::translate("TextDecoder", "file %1 looks binary: NUL byte at offset %2")
                        .arg(displayName, QString::number(nul)));

    if (checkUtf8) {
        if (bad < 0) {
            m_used = utf8Bom ? QStringLiteral("utf-8-bom") : QStringLiteral("utf-8");
            return true;
        }
        const QString byte = QString::number(badByte, 16).rightJustified(2, QLatin1Char('0'));
        const QString offset = QString::number(bad);
        // UTF-8 cut short inside its last character (a truncated download or copy), told apart from
        // Windows-1252 by the UTF-8 characters before it: a 1252 file whose last byte happens to be
        // "é" (0xE9) has none, and "auto" reads it as 1252.
        if (cutShort && multiByte)
            return fail(QCoreApplication::translate(
                            "TextDecoder",
                            "file %1 is not valid UTF-8: it ends inside a character (byte 0x%2 "
                            "at offset %3 starts one that is not finished): the file looks cut short")
                            .arg(displayName, byte, offset));
        if (use == QLatin1String("utf-8"))
            return fail(QCoreApplication::translate(
                            "TextDecoder",
                            "file %1 is not valid UTF-8: byte 0x%2 at offset %3 (set the encoding to "
                            "windows-1252 if it was saved by Excel)")
                            .arg(displayName, byte, offset));
        use = QStringLiteral("windows-1252");
    }
    m_used = use;
    return true;
}

qsizetype TextDecoder::decodePiece(QByteArrayView piece, bool last, QString *text)
{
    qsizetype used = piece.size();
    const bool utf16 = m_used.startsWith(QLatin1String("utf-16"));
    const bool le = m_used == QLatin1String("utf-16le");
    if (utf16 && !last) {
        used &= ~qsizetype(1);
        // A high surrogate waits for the low one that the next piece starts with.
        if (used >= 2) {
            const char16_t unit = utf16Unit(piece, used - 2, le);
            if (unit >= 0xD800 && unit <= 0xDBFF)
                used -= 2;
        }
    } else if (!utf16 && !last && m_used.startsWith(QLatin1String("utf-8"))) {
        used = completeUtf8Prefix(piece);
    }
    const QByteArrayView bytes = piece.first(used);
    if (utf16) {
        if (const qsizetype bad = firstUnpairedSurrogate(bytes, le); bad >= 0) {
            const uint unit = utf16Unit(bytes, bad, le);
            fail(QCoreApplication::translate("TextDecoder",
                                             "file %1 is not valid %2: an unpaired surrogate (0x%3) at offset %4")
                     .arg(m_displayName, le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"),
                          QString::number(unit, 16), QString::number(m_offset + bad)));
            return -1;
        }
    }
    m_offset += used;
    const qsizetype old = text->size();
    if (utf16 || m_used.startsWith(QLatin1String("utf-8"))) {
        // Stateless, since pieces are cut between characters; an U+FEFF inside the file is text.
        QStringDecoder decoder(utf16 ? (le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE)
                                     : QStringConverter::Utf8,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        text->resize(old + decoder.requiredSpace(bytes.size()));
        QChar *end = decoder.appendToBuffer(text->data() + old, bytes);
        text->resize(end - text->constData());
        if (decoder.hasError()) {
            text->resize(old);
            // UTF-8 was checked by detect(), surrogates above: a bad byte now means the file changed.
            fail(QCoreApplication::translate("TextDecoder",
                                             "file %1 changed while it was being read: it is no longer valid %2")
                     .arg(m_displayName, utf16 ? (le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"))
                                               : QStringLiteral("UTF-8")));
            return -1;
        }
    } else if (m_used == QLatin1String("windows-1252")) {
        appendWindows1252(bytes, text);
    } else {
        text->append(QLatin1StringView(bytes));
    }
    return used;
}

bool TextDecoder::decode(const QByteArray &bytes, const QString &displayName, QString *text)
{
    text->clear();
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly) || !detect(&buffer, displayName))
        return false;
    return decodePiece(QByteArrayView(bytes).sliced(m_bomSize), true, text) >= 0;
}

} // namespace fc
