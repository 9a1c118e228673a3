#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fc {

/**
 * Turns the bytes of an export into text. Exports come from tills, case systems and Excel on
 * Windows, so besides UTF-8 and UTF-16 (with a byte-order mark) they are often Windows-1252:
 * "auto" recognises a BOM, then accepts UTF-8 if the bytes are valid UTF-8, and falls back to
 * Windows-1252 otherwise (never Latin-1, which would turn £ and curly quotes of 0x80-0x9F into
 * control characters).
 */
class TextDecoder
{
public:
    /** encodingName: auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252 (cp1252), latin-1. */
    explicit TextDecoder(const QString &encodingName = QStringLiteral("auto"));

    /** True if the name is one the constructor accepts (case-insensitive). */
    static bool isKnownEncoding(const QString &encodingName);

    /**
     * Decodes the whole input into *text (without any BOM). Returns false and sets errorString()
     * (naming displayName) for an unknown encoding, bytes that are not valid in the explicit
     * encoding, a NUL byte in 8-bit text (a binary file or UTF-16 without a BOM), or UTF-8 that
     * ends inside a character (a file cut short; "auto" does not read it as Windows-1252).
     */
    bool decode(const QByteArray &bytes, const QString &displayName, QString *text);

    /** What decode() used: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "latin-1". */
    QString encoding() const { return m_used; }
    QString errorString() const { return m_error; }

    /** Windows-1252 to text; the five bytes 1252 leaves undefined map to the same code points. */
    static QString fromWindows1252(QByteArrayView bytes);
    /** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

private:
    bool fail(const QString &message);

    QString m_requested; // normalised requested name
    QString m_used;
    QString m_error;
};

} // namespace fc
