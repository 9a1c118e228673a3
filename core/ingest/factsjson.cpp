#include "ingest/factsjson.h"

#include "store/utf8.h"

#include <array>

namespace fc {

namespace {

// The most bytes one UTF-16 unit takes in a JSON string: a control character as \u00XX.
constexpr qsizetype kMaxJsonBytesPerUnit = 6;

// A JSON string (RFC 8259): quote, backslash and control characters escaped, the rest as UTF-8.
char *putString(char *d, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    // ASCII characters copied as they are: all but controls, quote and backslash.
    static constexpr auto plain = [] {
        std::array<bool, 128> t{};
        for (int c = 0x20; c < 0x80; ++c)
            t[size_t(c)] = c != '"' && c != '\\';
        return t;
    }();
    *d++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t c = *p;
        if (c >= 0x80) {
            d = Utf8::put(d, p, end);
            continue;
        }
        ++p;
        if (plain[c]) {
            *d++ = char(c);
            continue;
        }
        *d++ = '\\';
        switch (c) {
        case u'"':
        case u'\\':
            *d++ = char(c);
            break;
        case u'\n':
            *d++ = 'n';
            break;
        case u'\r':
            *d++ = 'r';
            break;
        case u'\t':
            *d++ = 't';
            break;
        default:
            *d++ = 'u';
            *d++ = '0';
            *d++ = '0';
            *d++ = hex[c >> 4];
            *d++ = hex[c & 15];
        }
    }
    *d++ = '"';
    return d;
}

} // namespace

void FactsJson::append(QByteArray &out, const QList<QPair<QString, QString>> &facts)
{
    qsizetype most = 2;
    for (const auto &f : facts)
        most += 8 + kMaxJsonBytesPerUnit * (f.first.size() + f.second.size()); // ["",""], plus the comma
    const qsizetype start = out.size();
    out.resize(start + most);
    char *d = out.data() + start;
    *d++ = '[';
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (i > 0)
            *d++ = ',';
        *d++ = '[';
        d = putString(d, facts.at(i).first);
        *d++ = ',';
        d = putString(d, facts.at(i).second);
        *d++ = ']';
    }
    *d++ = ']';
    out.resize(d - out.constData());
}

} // namespace fc
