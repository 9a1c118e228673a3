#pragma once

#include <QByteArray>
#include <QString>

namespace fc {

/**
 * Encodes export text the way the source systems write it. Windows-1252 is done by hand because
 * Qt 6.4's QStringConverter only knows the UTF encodings and Latin-1.
 */
class TextEncoder
{
public:
    enum Encoding { Utf8, Utf8Bom, Windows1252, Utf16LeBom };

    /** The byte order mark to write at the start of the file (empty when there is none). */
    static QByteArray byteOrderMark(Encoding encoding);
    /** Appends the encoded text to out; characters Windows-1252 lacks become '?'. */
    static void append(const QString &text, Encoding encoding, QByteArray *out);
};

} // namespace fc
