#include "analysis/concentration.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace fc {

double Concentration::topShare(const QList<double> &descending, double total, double fraction)
{
    if (descending.isEmpty() || total <= 0)
        return 0;
    const qsizetype k = std::max<qsizetype>(1, qsizetype(std::ceil(fraction * double(descending.size()) - 1e-9)));
    double sum = 0;
    for (qsizetype i = 0; i < k && i < descending.size(); ++i)
        sum += descending.at(i);
    return sum / total;
}

ConcentrationResult Concentration::of(QList<double> values)
{
    ConcentrationResult r;
    r.units = int(values.size());
    r.method = QCoreApplication::translate(
        "Concentration", "share of harm in the top 1%, 5% and 10% of places (ceil of the percentage of places, at "
                         "least one); Lorenz curve and Gini coefficient over every place, places with no harm included");
    std::sort(values.begin(), values.end(), std::greater<double>());
    r.total = std::accumulate(values.begin(), values.end(), 0.0);
    r.top1 = topShare(values, r.total, 0.01);
    r.top5 = topShare(values, r.total, 0.05);
    r.top10 = topShare(values, r.total, 0.10);
    r.lorenz << QPointF(0, 0);
    if (values.isEmpty() || r.total <= 0)
        return r;
    const double n = double(values.size());
    double cumulative = 0;
    double area = 0; // under the Lorenz curve
    double previousY = 0;
    for (qsizetype i = values.size() - 1, k = 1; i >= 0; --i, ++k) {
        cumulative += values.at(i);
        const double y = cumulative / r.total;
        area += (1.0 / n) * (y + previousY) / 2.0;
        previousY = y;
        r.lorenz << QPointF(double(k) / n, y);
    }
    r.gini = 1.0 - 2.0 * area;
    return r;
}

} // namespace fc
