#include "map/densitygrid.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>
#include <numbers>

namespace fc {

MapHotSpots DensityGrid::quartic(const QList<Point> &points, double cellSize, double bandwidth)
{
    MapHotSpots out;
    out.method = QCoreApplication::translate("fc::DensityGrid", "Kernel density, quartic kernel");
    out.cellSize = cellSize;
    out.bandwidth = bandwidth;
    out.valueName = QCoreApplication::translate("fc::DensityGrid", "harm per km²");
    if (points.isEmpty() || cellSize <= 0 || bandwidth <= 0)
        return out;
    const double h2 = bandwidth * bandwidth;
    const double norm = 3.0 / (std::numbers::pi * h2) * 1e6; // per m² -> per km²
    const int reach = int(std::ceil(bandwidth / cellSize));
    // Grid cells are aligned on multiples of the cell size (so that grids of the same size line up).
    QHash<quint64, double> density;
    auto key = [](qint64 i, qint64 j) { return (quint64(quint32(qint32(i))) << 32) | quint32(qint32(j)); };
    for (const Point &p : points) {
        const qint64 ci = qint64(std::floor(p.bng.x() / cellSize));
        const qint64 cj = qint64(std::floor(p.bng.y() / cellSize));
        for (qint64 i = ci - reach; i <= ci + reach; ++i)
            for (qint64 j = cj - reach; j <= cj + reach; ++j) {
                const double dx = (double(i) + 0.5) * cellSize - p.bng.x();
                const double dy = (double(j) + 0.5) * cellSize - p.bng.y();
                const double d2 = dx * dx + dy * dy;
                if (d2 >= h2)
                    continue;
                const double u = 1 - d2 / h2;
                density[key(i, j)] += p.weight * norm * u * u;
            }
    }
    double sum = 0, sum2 = 0;
    for (double v : std::as_const(density)) {
        sum += v;
        sum2 += v * v;
    }
    const double n = double(density.size());
    const double mean = sum / n, sd = std::sqrt(std::max(0.0, sum2 / n - mean * mean));
    out.cells.reserve(density.size());
    for (auto it = density.cbegin(); it != density.cend(); ++it) {
        const qint64 i = qint32(quint32(it.key() >> 32)), j = qint32(quint32(it.key() & 0xffffffffu));
        MapHotSpotCell cell;
        cell.cell = QRectF(double(i) * cellSize, double(j) * cellSize, cellSize, cellSize);
        cell.value = it.value();
        cell.z = sd > 0 ? (it.value() - mean) / sd : 0;
        cell.significance = 0; // density is a surface, not a test: no cell is called significant
        out.cells.append(cell);
    }
    return out;
}

} // namespace fc
