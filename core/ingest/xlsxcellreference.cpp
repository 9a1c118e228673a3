#include "ingest/xlsxcellreference.h"

#include <QString>

namespace fc {

int XlsxCellReference::columnFromLetters(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return -1;
    int column = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return -1;
        column = column * 26 + (u - u'A' + 1);
    }
    return column <= kMaxColumns ? column - 1 : -1;
}

bool XlsxCellReference::parse(QStringView text, int *column, qint64 *row)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isLetter())
        ++i;
    const int c = columnFromLetters(text.first(i));
    if (c < 0 || i == text.size() || text.size() - i > 7)
        return false;
    qint64 r = 0;
    for (qsizetype j = i; j < text.size(); ++j) {
        const char16_t u = text.at(j).unicode();
        if (u < u'0' || u > u'9')
            return false;
        r = r * 10 + (u - u'0');
    }
    if (r < 1 || r > kMaxRows)
        return false;
    *column = c;
    *row = r;
    return true;
}

QString XlsxCellReference::columnLetters(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

} // namespace fc
