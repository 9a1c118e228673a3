#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QIODevice;

namespace fc {

/**
 * What a workbook's cell styles (xl/styles.xml, cellXfs) say about the numbers of the cells
 * using them: a plain number, or a serial date, time or date-time (by the built-in number format
 * ids 14-22 and 45-47, or a custom format holding date or time tokens). Also turns a serial
 * number into the ISO text the importer reads, in the 1900 date system (with Excel's 1900-02-29,
 * serial 60, which does not exist) or the 1904 one, and a number into the text a user sees.
 */
class XlsxStyles
{
public:
    enum class Kind { Number, Date, Time, DateTime };

    /** Reads styles.xml; false and *error (naming file and part) if its XML is broken. */
    bool load(QIODevice *device, const QString &displayName, const QString &part, QString *error);

    /** The kind of the style index a cell's s attribute gives (Number if unknown). */
    Kind kindOfStyle(int styleIndex) const;
    /** The kind of a number format: a built-in id, or a custom format code. */
    static Kind kindOfFormat(int numFmtId, const QString &customCode);

    /**
     * ISO text for a serial: "yyyy-MM-dd" (Date), "HH:mm:ss" (Time, below one day) or
     * "yyyy-MM-ddTHH:mm:ss", rounded to the second. A serial Excel shows as ##### (negative, or
     * past 9999-12-31) gives an empty string: the caller keeps the number. Serial 60 of the 1900
     * system is Excel's 1900-02-29, written as such (the importer rejects it as no real date).
     */
    static QString serialToIso(double serial, Kind kind, bool date1904);
    /** A number as a user sees it in a General cell: at most 15 significant digits, no ".0". */
    static QString numberText(double value);

    int styleCount() const { return int(m_kinds.size()); }

private:
    QList<Kind> m_kinds; // by cellXfs index
};

} // namespace fc
