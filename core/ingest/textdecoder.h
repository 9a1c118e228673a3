#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace fc {

/**
 * Turns the bytes of an export into text. Exports come from tills, case systems and Excel on
 * Windows, so besides UTF-8 and UTF-16 (with a byte-order mark) they are often Windows-1252:
 * "auto" recognises a BOM, then accepts UTF-8 if the bytes are valid UTF-8, and falls back to
 * Windows-1252 otherwise (never Latin-1, which would turn £ and curly quotes of 0x80-0x9F into
 * control characters).
 *
 * A large export is decoded a piece at a time (see DecodedStream): detect() decides the encoding
 * from the whole file without keeping it, then decodePiece() turns each piece into text.
 */
class TextDecoder
{
public:
    /** encodingName: auto, utf-8, utf-16, utf-16le, utf-16be, windows-1252 (cp1252), latin-1. */
    explicit TextDecoder(const QString &encodingName = QStringLiteral("auto"));

    /** True if the name is one the constructor accepts (case-insensitive). */
    static bool isKnownEncoding(const QString &encodingName);

    /**
     * Decides the encoding from the whole of the device's content (reading it from the start in
     * blocks, then seeking back to the start). Returns false and sets errorString() (naming
     * displayName) for an unknown encoding, bytes that are not valid in the explicit encoding, a
     * NUL byte in 8-bit text (a binary file or UTF-16 without a BOM), UTF-8 that ends inside a
     * character (a file cut short; "auto" does not read it as Windows-1252), a UTF-16 file of an
     * odd size, or a read error.
     */
    bool detect(QIODevice *device, const QString &displayName);
    /** The byte-order mark detect() found at the start of the file (0, 2 or 3 bytes), not text. */
    qsizetype bomSize() const { return m_bomSize; }
    /**
     * Appends the text of the next piece of the file (after the BOM) to *text. Unless `last`, an
     * unfinished character at the end of the piece is left undecoded: returns how many bytes of
     * the piece were used, the rest to be given again at the start of the next piece; -1 (and
     * errorString()) for UTF-16 with an unpaired surrogate.
     */
    qsizetype decodePiece(QByteArrayView piece, bool last, QString *text);
    /** detect() and decodePiece() over bytes held in memory: the whole input into *text. */
    bool decode(const QByteArray &bytes, const QString &displayName, QString *text);

    /** What detect() chose: "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", "latin-1". */
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
    QString m_displayName;
    qsizetype m_bomSize = 0;
    qint64 m_offset = 0; // of the next piece in the file, for messages
};

} // namespace fc
