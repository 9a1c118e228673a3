#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <cmath>
#include <vector>

namespace fc {

/** A point for hot-spot analysis: BNG metres, a weight (harm, or 1 for counts), a month index. */
struct HotspotPoint
{
    QPointF bng;
    double weight = 1;
    int month = 0;
};

/** One cell of a hot-spot grid, BNG metres at its centre. */
struct HotspotCell
{
    double x = 0, y = 0;
    double value = 0;     // density (kde) or the cell's summed weight (gi)
    double z = NAN;       // Gi* z-score (gi only)
    double p = NAN;       // two-sided p-value (gi only)
    bool significant = false; // after the Benjamini-Hochberg correction (gi), or in the top cells (kde)
};

/**
 * A regular grid in British National Grid metres with one value per cell, and the method, cell size
 * and bandwidth that made it (to be stated wherever the grid is shown). Cells are row-major from
 * (originX, originY), the south-west corner; cell(i) gives one with its centre.
 */
struct HotspotGrid
{
    QString method;      // "kde" or "gi"
    QString description; // the method in words, with its parameters and caveats
    QString kernel;      // kde: "quartic"
    double cellSize = 250;
    double bandwidth = 500; // kde: kernel radius; gi: distance band of the binary weights
    double fdrQ = 0.05;     // gi: Benjamini-Hochberg false discovery rate
    QString valueUnit;
    double originX = 0, originY = 0;
    int columns = 0, rows = 0;
    std::vector<double> values;
    std::vector<double> z, p;         // gi
    std::vector<char> significant;   // gi: BH-significant (either sign); kde: top cells
    int significantCount = 0;

    qsizetype size() const { return qsizetype(columns) * rows; }
    HotspotCell cell(qsizetype index) const;
    /** Whether cell i is a hot spot: significant with z > 0 (gi), or among the top cells (kde). */
    bool isHot(qsizetype index) const;
    /** The cells with a value or a significant result (the rest are empty), for drawing or export. */
    QList<HotspotCell> nonEmptyCells() const;

    /** A grid (no values) covering the points plus a margin, its corner snapped to the cell size. */
    static HotspotGrid covering(const QList<HotspotPoint> &points, double cellSize, double margin);
    /** Index of the cell containing a BNG point, or -1. */
    qsizetype indexOf(QPointF bng) const;
};

} // namespace fc
