#pragma once

#include <QChar>
#include <QStringView>

#include <cstring>

namespace fc {

/**
 * UTF-8 of UTF-16 text, written straight into a caller's buffer: for the writers that build a
 * row's bytes in one pass (Statement's reused bind buffers, an import's facts), where a call per
 * value into a converter costs more than the encoding. The bytes are the standard's (Unicode
 * table 3-7); a lone surrogate becomes U+FFFD, as in QString::toUtf8.
 */
class Utf8
{
public:
    /** The most bytes one UTF-16 unit takes (a surrogate pair takes 4 for its 2). */
    static constexpr int kMaxBytesPerUnit = 3;

    /** Encodes the character at p (a pair takes two units), advancing p; returns the new end of out. */
    static char *put(char *out, const char16_t *&p, const char16_t *end)
    {
        auto *d = reinterpret_cast<unsigned char *>(out);
        char32_t c = *p++;
        if (c < 0x80) {
            *d++ = static_cast<unsigned char>(c);
        } else if (c < 0x800) {
            *d++ = static_cast<unsigned char>(0xC0 | (c >> 6));
            *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(c) && QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            c = QChar::surrogateToUcs4(char16_t(c), *p++);
            *d++ = static_cast<unsigned char>(0xF0 | (c >> 18));
            *d++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
            *d++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        } else {
            if (QChar::isSurrogate(c))
                c = QChar::ReplacementCharacter;
            *d++ = static_cast<unsigned char>(0xE0 | (c >> 12));
            *d++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
            *d++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
        }
        return reinterpret_cast<char *>(d);
    }

    /** Encodes text at out (which has room for kMaxBytesPerUnit bytes a unit); returns the new end. */
    static char *encode(char *out, QStringView text)
    {
        const char16_t *p = text.utf16();
        const char16_t *const end = p + text.size();
        while (p != end) {
            // ASCII, four units at a time: most of what an import writes.
            while (end - p >= 4) {
                quint64 units;
                std::memcpy(&units, p, sizeof units);
                if (units & 0xFF80FF80FF80FF80ull)
                    break;
                out[0] = char(p[0]);
                out[1] = char(p[1]);
                out[2] = char(p[2]);
                out[3] = char(p[3]);
                p += 4;
                out += 4;
            }
            if (p == end)
                break;
            if (*p < 0x80)
                *out++ = char(*p++);
            else
                out = put(out, p, end);
        }
        return out;
    }
};

} // namespace fc
