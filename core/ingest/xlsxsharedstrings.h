#pragma once

#include <QString>
#include <QStringList>

class QIODevice;
class QXmlStreamReader;

namespace fc {

/**
 * The shared string table of a workbook (xl/sharedStrings.xml), which cells of type "s" index.
 * It is held in memory whole (the one part of a workbook that is: a sheet's cells may refer to
 * any entry at any time); rich text runs (<r><t>) are joined, phonetic runs (<rPh>) left out.
 */
class XlsxSharedStrings
{
public:
    /** Reads the part as a stream; false and *error (naming file and part) if it is broken. */
    bool load(QIODevice *device, const QString &displayName, const QString &part, QString *error);

    qsizetype size() const { return m_strings.size(); }
    /** Entry i; false if there is none. */
    bool at(qsizetype i, QString *text) const;
    /** Characters held by the table (a counter for tests of memory use). */
    qint64 characters() const { return m_characters; }

    /**
     * The text of a string item (<si> or <is>) the reader stands on: its <t> elements, in and
     * out of runs, joined; phonetic runs left out. Leaves the reader on the item's end element.
     */
    static QString readStringItem(QXmlStreamReader &xml);

private:
    QStringList m_strings;
    qint64 m_characters = 0;
};

} // namespace fc
