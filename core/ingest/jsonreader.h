#pragma once

#include "ingest/tablereader.h"

#include <QHash>
#include <QList>
#include <QStringView>
#include <utility>

namespace fc {

/**
 * Reads a JSON array of objects or JSON Lines (one object a line) as a table. Every object is
 * read up front so that headers() is the union of the keys in the order they first appear in
 * the file; nested objects become "a.b" columns, arrays their compact JSON text, numbers the
 * text they were written as, booleans "true"/"false" and null an empty field.
 */
class JsonReader : public TableReader
{
public:
    enum class Layout { Document, Lines };

    /** sha256: of the file's bytes, which have all been read to give load() its text. */
    JsonReader(const QString &displayName, const QString &encoding, const QString &sha256);

    /**
     * Parses the whole text. Returns false and sets *error (naming the file, the line for JSON
     * Lines or the line and offset for a document, and the parser's message) on a syntax error
     * or an element that is not an object.
     */
    bool load(const QString &text, Layout layout, QString *error);

    /** True when the text is JSON Lines: a first line holding an object, or more lines starting with '{'. */
    static bool looksLikeJsonLines(QStringView text);

    QStringList headers() const override { return m_headers; }
    bool next(SourceRow *row) override;
    QString errorString() const override { return QString(); } // all errors are found by load()
    QString encoding() const override { return m_encoding; }
    QString delimiter() const override { return QString(); }
    QString formatName() const override;
    double progress() const override;
    QString sha256() const override { return m_sha256; }

private:
    struct Record
    {
        qint64 rowNumber = 0;
        qint64 lineNumber = 0;
        QList<std::pair<int, QString>> values; // column index, text
        QString raw;
    };

    bool addObject(QStringView objectText, qint64 rowNumber, qint64 lineNumber, QString raw = QString());
    int columnFor(const QString &key);

    QString m_displayName;
    QString m_encoding;
    QString m_sha256;
    Layout m_layout = Layout::Document;
    QStringList m_headers;
    QHash<QString, int> m_columns;
    QList<Record> m_records;
    qsizetype m_next = 0;
};

} // namespace fc
