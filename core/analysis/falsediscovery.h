#pragma once

#include <vector>

namespace fc {

/**
 * The Benjamini-Hochberg procedure: with m p-values sorted p(1) <= ... <= p(m), the largest k with
 * p(k) <= k/m * q is found and the k smallest p-values are declared significant, which bounds the
 * expected share of false discoveries among them by q (for independent or positively dependent tests).
 */
class FalseDiscovery
{
public:
    /** 1 where significant, for each p-value in its original order (NaN p-values never are). */
    static std::vector<char> benjaminiHochberg(const std::vector<double> &p, double q);
};

} // namespace fc
