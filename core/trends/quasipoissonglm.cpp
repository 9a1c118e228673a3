#include "trends/quasipoissonglm.h"

#include "trends/countdistributions.h"

#include <cmath>

namespace fc {

namespace {

using Matrix = std::vector<std::vector<double>>;

// Inverse of a symmetric positive definite matrix by Cholesky; false when it is not (rank deficient).
bool invertSpd(const Matrix &a, Matrix *inverse)
{
    const size_t p = a.size();
    Matrix l(p, std::vector<double>(p, 0));
    for (size_t j = 0; j < p; ++j) {
        double s = a[j][j];
        for (size_t k = 0; k < j; ++k)
            s -= l[j][k] * l[j][k];
        if (!(s > 1e-12 * std::max(1.0, std::fabs(a[j][j]))))
            return false;
        l[j][j] = std::sqrt(s);
        for (size_t i = j + 1; i < p; ++i) {
            double t = a[i][j];
            for (size_t k = 0; k < j; ++k)
                t -= l[i][k] * l[j][k];
            l[i][j] = t / l[j][j];
        }
    }
    // inverse = L^-T L^-1, column by column.
    inverse->assign(p, std::vector<double>(p, 0));
    for (size_t c = 0; c < p; ++c) {
        std::vector<double> z(p, 0);
        for (size_t i = 0; i < p; ++i) { // L z = e_c
            double s = i == c ? 1 : 0;
            for (size_t k = 0; k < i; ++k)
                s -= l[i][k] * z[k];
            z[i] = s / l[i][i];
        }
        for (size_t i = p; i-- > 0;) { // L' x = z
            double s = z[i];
            for (size_t k = i + 1; k < p; ++k)
                s -= l[k][i] * (*inverse)[k][c];
            (*inverse)[i][c] = s / l[i][i];
        }
    }
    return true;
}

double deviance(const std::vector<double> &y, const std::vector<double> &mu, const std::vector<double> &w)
{
    double d = 0;
    for (size_t i = 0; i < y.size(); ++i)
        d += 2 * w[i] * ((y[i] > 0 ? y[i] * std::log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
    return d;
}

} // namespace

bool QuasiPoissonGlm::fit(const Matrix &x, const std::vector<double> &y, const std::vector<double> &weights)
{
    m_x = x;
    m_y = y;
    m_w = weights.empty() ? std::vector<double>(y.size(), 1.0) : weights;
    m_converged = false;
    const size_t n = y.size();
    const size_t p = n ? x.front().size() : 0;
    if (n <= p || p == 0)
        return false;
    m_mu.assign(n, 0);
    std::vector<double> eta(n);
    for (size_t i = 0; i < n; ++i) {
        m_mu[i] = y[i] + 0.1;
        eta[i] = std::log(m_mu[i]);
    }
    double devOld = deviance(y, m_mu, m_w);
    m_beta.assign(p, 0);
    for (int iteration = 0; iteration < 25; ++iteration) {
        // Weighted least squares of the working response z on x with weights w mu.
        Matrix xtwx(p, std::vector<double>(p, 0));
        std::vector<double> xtwz(p, 0);
        for (size_t i = 0; i < n; ++i) {
            const double wi = m_w[i] * m_mu[i];
            const double zi = eta[i] + (y[i] - m_mu[i]) / m_mu[i];
            for (size_t a = 0; a < p; ++a) {
                const double xa = x[i][a] * wi;
                if (xa == 0)
                    continue;
                xtwz[a] += xa * zi;
                for (size_t b = 0; b <= a; ++b)
                    xtwx[a][b] += xa * x[i][b];
            }
        }
        for (size_t a = 0; a < p; ++a)
            for (size_t b = a + 1; b < p; ++b)
                xtwx[a][b] = xtwx[b][a];
        if (!invertSpd(xtwx, &m_inverse))
            return false;
        for (size_t a = 0; a < p; ++a) {
            double s = 0;
            for (size_t b = 0; b < p; ++b)
                s += m_inverse[a][b] * xtwz[b];
            m_beta[a] = s;
        }
        for (size_t i = 0; i < n; ++i) {
            double e = 0;
            for (size_t a = 0; a < p; ++a)
                e += x[i][a] * m_beta[a];
            eta[i] = e;
            m_mu[i] = std::exp(e);
        }
        const double dev = deviance(y, m_mu, m_w);
        if (!std::isfinite(dev))
            return false;
        if (std::fabs(dev - devOld) / (std::fabs(dev) + 0.1) < 1e-8) {
            m_converged = true;
            break;
        }
        devOld = dev;
    }
    // (X'WX)^-1 at the final mu (R reports the covariance of the last iteration's weights).
    Matrix xtwx(p, std::vector<double>(p, 0));
    for (size_t i = 0; i < n; ++i) {
        const double wi = m_w[i] * m_mu[i];
        for (size_t a = 0; a < p; ++a)
            for (size_t b = 0; b < p; ++b)
                xtwx[a][b] += x[i][a] * wi * x[i][b];
    }
    invertSpd(xtwx, &m_inverse);
    double pearson = 0;
    int used = 0;
    for (size_t i = 0; i < n; ++i) {
        if (m_w[i] <= 0)
            continue;
        pearson += m_w[i] * (y[i] - m_mu[i]) * (y[i] - m_mu[i]) / m_mu[i];
        ++used;
    }
    const int df = used - int(p);
    m_dispersion = df > 0 ? pearson / df : 1;
    return m_converged;
}

std::vector<double> QuasiPoissonGlm::hatValues() const
{
    std::vector<double> h(m_y.size(), 0);
    const size_t p = m_beta.size();
    for (size_t i = 0; i < m_y.size(); ++i) {
        double q = 0;
        for (size_t a = 0; a < p; ++a)
            for (size_t b = 0; b < p; ++b)
                q += m_x[i][a] * m_inverse[a][b] * m_x[i][b];
        h[i] = q * m_w[i] * m_mu[i];
    }
    return h;
}

double QuasiPoissonGlm::predictLink(const std::vector<double> &x0) const
{
    double e = 0;
    for (size_t a = 0; a < m_beta.size(); ++a)
        e += x0[a] * m_beta[a];
    return e;
}

double QuasiPoissonGlm::priorWeightDispersion() const
{
    double sum = 0;
    int used = 0;
    for (size_t i = 0; i < m_y.size(); ++i) {
        if (m_w[i] <= 0)
            continue;
        sum += m_w[i] * (m_y[i] - m_mu[i]) * (m_y[i] - m_mu[i]) / (m_mu[i] * m_mu[i]);
        ++used;
    }
    const int df = used - int(m_beta.size());
    return df > 0 ? sum / df : 1;
}

double QuasiPoissonGlm::predictLinkSe(const std::vector<double> &x0, double dispersion) const
{
    if (dispersion < 0)
        dispersion = m_dispersion;
    double q = 0;
    for (size_t a = 0; a < m_beta.size(); ++a)
        for (size_t b = 0; b < m_beta.size(); ++b)
            q += x0[a] * m_inverse[a][b] * x0[b];
    return std::sqrt(std::max(0.0, q * dispersion));
}

double QuasiPoissonGlm::pValue(int j, double dispersion) const
{
    if (dispersion < 0)
        dispersion = m_dispersion;
    const double se = std::sqrt(std::max(0.0, m_inverse[j][j] * dispersion));
    if (se <= 0)
        return 1;
    return CountDistributions::studentTwoSided(m_beta[j] / se, residualDf());
}

} // namespace fc
