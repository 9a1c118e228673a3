#include "analysis/falsediscovery.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fc {

std::vector<char> FalseDiscovery::benjaminiHochberg(const std::vector<double> &p, double q)
{
    std::vector<char> out(p.size(), 0);
    std::vector<size_t> order;
    order.reserve(p.size());
    for (size_t i = 0; i < p.size(); ++i)
        if (!std::isnan(p[i]))
            order.push_back(i);
    const double m = double(order.size());
    if (order.empty())
        return out;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] < p[b]; });
    size_t k = 0; // number significant
    for (size_t r = order.size(); r >= 1; --r) {
        if (p[order[r - 1]] <= double(r) / m * q) {
            k = r;
            break;
        }
    }
    for (size_t r = 0; r < k; ++r)
        out[order[r]] = 1;
    return out;
}

} // namespace fc
