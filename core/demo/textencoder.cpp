#include "demo/textencoder.h"

#include <QtEndian>

namespace fc {

namespace {

// Windows-1252 bytes 0x80-0x9F, which differ from Latin-1 (0 = unassigned).
const char16_t k1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

char to1252(char16_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    for (int i = 0; i < 32; ++i)
        if (k1252High[i] == c && c != 0)
            return char(0x80 + i);
    return '?';
}

} // namespace

QByteArray TextEncoder::byteOrderMark(Encoding encoding)
{
    switch (encoding) {
    case Utf8Bom:
        return QByteArray("\xEF\xBB\xBF", 3);
    case Utf16LeBom:
        return QByteArray("\xFF\xFE", 2);
    default:
        return QByteArray();
    }
}

void TextEncoder::append(const QString &text, Encoding encoding, QByteArray *out)
{
    switch (encoding) {
    case Utf8:
    case Utf8Bom:
        out->append(text.toUtf8());
        return;
    case Windows1252: {
        const qsizetype start = out->size();
        out->resize(start + text.size());
        char *p = out->data() + start;
        for (QChar c : text)
            *p++ = to1252(c.unicode());
        return;
    }
    case Utf16LeBom: {
        const qsizetype start = out->size();
        out->resize(start + text.size() * 2);
        qToLittleEndian<quint16>(text.utf16(), text.size(), out->data() + start);
        return;
    }
    }
}

} // namespace fc
