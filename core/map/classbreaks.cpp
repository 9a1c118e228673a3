#include "map/classbreaks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace fc {

QList<double> ClassBreaks::quantiles(QList<double> values, int classes)
{
    QList<double> bounds;
    if (values.isEmpty() || classes < 1)
        return bounds;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    for (int i = 1; i <= classes; ++i) {
        const qsizetype rank = qsizetype(std::ceil(double(i) * double(n) / classes)); // 1-based
        const double v = values[std::clamp<qsizetype>(rank, 1, n) - 1];
        if (bounds.isEmpty() || v > bounds.last())
            bounds.append(v);
    }
    return bounds;
}

int ClassBreaks::classOf(const QList<double> &upperBounds, double value)
{
    for (int i = 0; i < upperBounds.size(); ++i)
        if (value <= upperBounds[i])
            return i;
    return int(upperBounds.size()) - 1;
}

QString ClassBreaks::methodName(int classes)
{
    return QCoreApplication::translate("fc::ClassBreaks", "Quantiles, %n classes", nullptr, classes);
}

} // namespace fc
