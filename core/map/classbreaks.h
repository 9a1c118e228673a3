#pragma once

#include <QList>
#include <QString>

namespace fc {

/**
 * Class breaks for a choropleth: quantiles (equal counts). With k classes over n values, break i
 * (1..k-1) is the value at rank ceil(i*n/k) of the sorted values, so that class i holds the values
 * above break i-1 and up to break i; repeated values can leave a class empty, and the breaks are then
 * deduplicated. Stated on screen as "Quantiles, k classes".
 */
class ClassBreaks
{
public:
    /** Upper bounds of each class, ascending; the last is the maximum. Empty for no values. */
    static QList<double> quantiles(QList<double> values, int classes);
    /** The class (0-based) of a value under these upper bounds. */
    static int classOf(const QList<double> &upperBounds, double value);
    static QString methodName(int classes);
};

} // namespace fc
