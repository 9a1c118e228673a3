#include "analysis/kerneldensity.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace fc {

double KernelDensity::quartic(double distance, double bandwidth)
{
    if (!(bandwidth > 0) || distance >= bandwidth)
        return 0;
    const double u = distance / bandwidth;
    const double t = 1 - u * u;
    return 3.0 / (std::numbers::pi * bandwidth * bandwidth) * t * t;
}

void KernelDensity::flagTop(HotspotGrid &grid, double share)
{
    grid.significant.assign(grid.values.size(), 0);
    grid.significantCount = 0;
    std::vector<double> nonZero;
    for (double v : grid.values)
        if (v > 0)
            nonZero.push_back(v);
    if (nonZero.empty() || share <= 0)
        return;
    const size_t k = std::max<size_t>(1, size_t(std::ceil(share * double(nonZero.size()) - 1e-9)));
    std::nth_element(nonZero.begin(), nonZero.begin() + (k - 1), nonZero.end(), std::greater<double>());
    const double threshold = nonZero[k - 1];
    for (size_t i = 0; i < grid.values.size(); ++i)
        if (grid.values[i] > 0 && grid.values[i] >= threshold) {
            grid.significant[i] = 1;
            ++grid.significantCount;
        }
}

void KernelDensity::estimate(HotspotGrid &grid, const QList<HotspotPoint> &points, double bandwidth, double hotShare)
{
    grid.method = QStringLiteral("kde");
    grid.kernel = QStringLiteral("quartic");
    grid.bandwidth = bandwidth;
    grid.valueUnit = QCoreApplication::translate("KernelDensity", "weight per km²");
    grid.description = QCoreApplication::translate(
        "KernelDensity", "kernel density, quartic kernel of radius %1 m, on %2 m cells (British National Grid); "
                         "density at each cell centre per km²; hot spots: the top %3% of cells with a density. "
                         "Caveat: the picture depends on the bandwidth and cell size chosen.")
                           .arg(bandwidth).arg(grid.cellSize).arg(hotShare * 100);
    grid.values.assign(size_t(grid.size()), 0.0);
    const double c = grid.cellSize;
    const int reach = int(std::ceil(bandwidth / c)) + 1;
    const double perKm2 = 1e6;
    for (const HotspotPoint &pt : points) {
        const double fx = (pt.bng.x() - grid.originX) / c - 0.5; // in cell-centre units
        const double fy = (pt.bng.y() - grid.originY) / c - 0.5;
        const int cx = int(std::lround(fx)), cy = int(std::lround(fy));
        for (int row = std::max(0, cy - reach); row <= std::min(grid.rows - 1, cy + reach); ++row) {
            const double dy = (row - fy) * c;
            for (int column = std::max(0, cx - reach); column <= std::min(grid.columns - 1, cx + reach); ++column) {
                const double dx = (column - fx) * c;
                const double k = quartic(std::sqrt(dx * dx + dy * dy), bandwidth);
                if (k > 0)
                    grid.values[size_t(row) * grid.columns + column] += pt.weight * k * perKm2;
            }
        }
    }
    grid.z.clear();
    grid.p.clear();
    flagTop(grid, hotShare);
}

HotspotGrid KernelDensity::run(const QList<HotspotPoint> &points, double cellSize, double bandwidth, double hotShare)
{
    HotspotGrid g = HotspotGrid::covering(points, cellSize, bandwidth);
    estimate(g, points, bandwidth, hotShare);
    return g;
}

} // namespace fc
