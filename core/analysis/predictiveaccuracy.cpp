#include "analysis/predictiveaccuracy.h"

#include <QCoreApplication>

#include <cmath>

namespace fc {

PaiOrigin PredictiveAccuracy::score(const std::vector<char> &hot, const std::vector<double> &next)
{
    PaiOrigin o;
    double total = 0, inHot = 0;
    qsizetype hotCells = 0;
    for (size_t i = 0; i < next.size(); ++i) {
        total += next[i];
        if (i < hot.size() && hot[i]) {
            inHot += next[i];
            ++hotCells;
        }
    }
    o.areaShare = next.empty() ? 0 : double(hotCells) / double(next.size());
    o.hitRate = total > 0 ? inHot / total : 0;
    if (total > 0 && hotCells > 0)
        o.pai = o.hitRate / o.areaShare;
    return o;
}

PaiResult PredictiveAccuracy::rolling(const QList<HotspotPoint> &points, const QStringList &months,
                                      const HotspotGrid &extent, const HotspotMaker &make)
{
    PaiResult r;
    r.method = QCoreApplication::translate(
        "PredictiveAccuracy", "Predictive Accuracy Index = (share of the month's harm in the hot-spot cells) / (share "
                              "of the grid's cells that are hot spots), by rolling origin: hot spots from all earlier "
                              "months, scored on the next month. Caveat: A is the grid's extent, so the PAI grows "
                              "with the study area.");
    double sum = 0;
    int counted = 0;
    for (int t = 1; t < months.size(); ++t) {
        QList<HotspotPoint> training;
        HotspotGrid test = extent;
        test.values.assign(size_t(test.size()), 0.0);
        for (const HotspotPoint &p : points) {
            if (p.month < t) {
                training << p;
            } else if (p.month == t) {
                const qsizetype i = test.indexOf(p.bng);
                if (i >= 0)
                    test.values[size_t(i)] += p.weight;
            }
        }
        HotspotGrid grid = extent;
        make(grid, training);
        std::vector<char> hot(size_t(grid.size()), 0);
        for (qsizetype i = 0; i < grid.size(); ++i)
            hot[size_t(i)] = grid.isHot(i) ? 1 : 0;
        PaiOrigin o = score(hot, test.values);
        o.month = months.at(t);
        o.trainingMonths = t;
        if (!std::isnan(o.pai)) {
            sum += o.pai;
            ++counted;
        }
        r.origins << o;
    }
    if (counted > 0)
        r.meanPai = sum / counted;
    return r;
}

} // namespace fc
