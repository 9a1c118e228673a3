#pragma once

#include <QStringView>

namespace fc {

/**
 * A cell reference of a worksheet ("B7", "AA12"): the 0-based column and 1-based row it names.
 * Sheet XML gives each cell's reference; cells that are empty are not written at all, so the
 * reference is what puts a value in its column.
 */
class XlsxCellReference
{
public:
    static constexpr int kMaxColumns = 16384;     // XFD, Excel's last column
    static constexpr qint64 kMaxRows = 1048576;   // Excel's last row

    /** Parses "B7"; false for anything else (lower case letters are accepted). */
    static bool parse(QStringView text, int *column, qint64 *row);
    /** Parses the column letters alone ("AA" -> 26); -1 if they are not valid. */
    static int columnFromLetters(QStringView letters);
    /** "A" for 0, "AA" for 26. */
    static QString columnLetters(int column);
};

} // namespace fc
