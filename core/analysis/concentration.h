#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace fc {

/** How concentrated harm is among places: the "power few". */
struct ConcentrationResult
{
    int units = 0;      // places counted (including those with no harm)
    double total = 0;
    double top1 = 0;    // share of the total harm in the top 1% of places
    double top5 = 0;
    double top10 = 0;
    double gini = 0;
    /** Lorenz curve: x = cumulative share of places (least harmful first), y = cumulative share of harm. */
    QList<QPointF> lorenz;
    QString method;
};

/**
 * Concentration of harm over places. The top p% is the ceil(p% of n) places with the most harm (at
 * least one); Gini = 1 - sum over places (x_k - x_{k-1})(y_k + y_{k-1}) over the Lorenz curve
 * (trapezoids), 0 when harm is equal everywhere, (n-1)/n when one place holds it all.
 */
class Concentration
{
public:
    static ConcentrationResult of(QList<double> values);
    /** Share of the total in the top `fraction` of values (0..1). */
    static double topShare(const QList<double> &descending, double total, double fraction);
};

} // namespace fc
