#include "analysis/getisord.h"

#include "analysis/falsediscovery.h"

#include <QCoreApplication>
#include <cmath>

namespace fc {

void GetisOrd::fromValues(HotspotGrid &grid, double band, double q)
{
    grid.method = QStringLiteral("gi");
    grid.bandwidth = band;
    grid.fdrQ = q;
    grid.description = QCoreApplication::translate(
        "GetisOrd", "Getis-Ord Gi* on %1 m cells (British National Grid), binary weights: cells whose centres are "
                    "within %2 m (the cell itself included); z-scores, two-sided p-values, Benjamini-Hochberg false "
                    "discovery rate %3. Hot spots: significant with z > 0. Caveat: results depend on the cell size, "
                    "the band and the extent of the grid (empty cells count).")
                         .arg(grid.cellSize).arg(band).arg(q);
    const qsizetype n = grid.size();
    grid.z.assign(size_t(n), NAN);
    grid.p.assign(size_t(n), NAN);
    if (n < 2)
        return;
    double sum = 0, sumSq = 0;
    for (double v : grid.values) {
        sum += v;
        sumSq += v * v;
    }
    const double mean = sum / double(n);
    const double s = std::sqrt(std::max(0.0, sumSq / double(n) - mean * mean));
    // Offsets of the neighbours within the band.
    const int reach = int(std::floor(band / grid.cellSize + 1e-9));
    std::vector<std::pair<int, int>> offsets;
    for (int dy = -reach; dy <= reach; ++dy)
        for (int dx = -reach; dx <= reach; ++dx)
            if (std::hypot(dx * grid.cellSize, dy * grid.cellSize) <= band + 1e-9)
                offsets.emplace_back(dx, dy);
    for (int row = 0; row < grid.rows; ++row) {
        for (int column = 0; column < grid.columns; ++column) {
            double local = 0;
            double w = 0;
            for (const auto &[dx, dy] : offsets) {
                const int c = column + dx, r = row + dy;
                if (c < 0 || r < 0 || c >= grid.columns || r >= grid.rows)
                    continue;
                local += grid.values[size_t(r) * grid.columns + c];
                w += 1;
            }
            const double denominator = s * std::sqrt((double(n) * w - w * w) / double(n - 1));
            const size_t i = size_t(row) * grid.columns + column;
            if (denominator > 0) {
                const double zi = (local - mean * w) / denominator;
                grid.z[i] = zi;
                grid.p[i] = std::erfc(std::fabs(zi) / std::sqrt(2.0));
            }
        }
    }
    grid.significant = FalseDiscovery::benjaminiHochberg(grid.p, q);
    grid.significantCount = 0;
    for (char c : grid.significant)
        grid.significantCount += c ? 1 : 0;
}

void GetisOrd::compute(HotspotGrid &grid, const QList<HotspotPoint> &points, double band, double q)
{
    grid.values.assign(size_t(grid.size()), 0.0);
    for (const HotspotPoint &pt : points) {
        const qsizetype i = grid.indexOf(pt.bng);
        if (i >= 0)
            grid.values[size_t(i)] += pt.weight;
    }
    grid.valueUnit = QCoreApplication::translate("GetisOrd", "summed weight in the cell");
    fromValues(grid, band, q);
}

HotspotGrid GetisOrd::run(const QList<HotspotPoint> &points, double cellSize, double band, double q)
{
    HotspotGrid g = HotspotGrid::covering(points, cellSize, band);
    compute(g, points, band, q);
    return g;
}

} // namespace fc
