#pragma once

#include "analysis/hotspotgrid.h"

#include <QStringList>
#include <functional>

namespace fc {

/** The PAI of one forecast month. */
struct PaiOrigin
{
    QString month;         // the month forecast (the test month)
    int trainingMonths = 0;
    double hitRate = 0;    // share of the month's harm in the hot-spot cells
    double areaShare = 0;  // share of the grid's area in the hot-spot cells
    double pai = NAN;      // hitRate / areaShare (NaN when no hot spot or no harm that month)
};

/** The Predictive Accuracy Index by rolling origin. */
struct PaiResult
{
    QList<PaiOrigin> origins;
    double meanPai = NAN; // over the origins with a PAI
    QString method;
};

/**
 * Predictive Accuracy Index (Chainey, Tompson & Uhlig 2008): PAI = (n / N) / (a / A), the share of the
 * harm of a period that falls in the hot spots over the share of the area they cover. By rolling
 * origin: for each month after the first, the hot spots are computed from all earlier months and
 * scored on that month; the grid (its extent, hence A) is the same for every origin.
 */
class PredictiveAccuracy
{
public:
    /** PAI of one forecast: hot[i] marks hot cells, next[i] the test period's weight in cell i. */
    static PaiOrigin score(const std::vector<char> &hot, const std::vector<double> &next);

    /** Builds the hot spots of a training set on a grid (values and significant filled). */
    using HotspotMaker = std::function<void(HotspotGrid &grid, const QList<HotspotPoint> &training)>;
    /** points' month is an index into months (sorted). */
    static PaiResult rolling(const QList<HotspotPoint> &points, const QStringList &months, const HotspotGrid &extent,
                             const HotspotMaker &make);
};

} // namespace fc
