#pragma once

#include <QList>
#include <vector>

namespace fc {

/**
 * A Poisson GLM with log link fitted by iteratively reweighted least squares (as R's glm: start
 * mu = y + 0.1, deviance tolerance 1e-8, at most 25 iterations), with prior weights, for the
 * quasi-Poisson family: the dispersion is the Pearson statistic over the residual degrees of
 * freedom. A few parameters only: the normal equations are solved by Cholesky.
 */
class QuasiPoissonGlm
{
public:
    /** x: n rows of p covariates (include the intercept column); weights empty = all 1. */
    bool fit(const std::vector<std::vector<double>> &x, const std::vector<double> &y,
             const std::vector<double> &weights = {});

    bool converged() const { return m_converged; }
    const std::vector<double> &coefficients() const { return m_beta; }
    const std::vector<double> &fitted() const { return m_mu; }
    /** Pearson dispersion sum(w (y - mu)^2 / mu) / (n - p) (not floored at 1). */
    double dispersion() const { return m_dispersion; }
    /** Diagonal of the hat matrix W^1/2 X (X'WX)^-1 X' W^1/2 at convergence. */
    std::vector<double> hatValues() const;
    /** Linear predictor x0'beta and its standard error sqrt(dispersion x0'(X'WX)^-1 x0). */
    double predictLink(const std::vector<double> &x0) const;
    /** se with the given dispersion (< 0: dispersion()). */
    double predictLinkSe(const std::vector<double> &x0, double dispersion = -1) const;
    /** Two-sided p-value of coefficient j: t = beta_j / se_j on n - p degrees of freedom. */
    double pValue(int j, double dispersion = -1) const;
    /**
     * sum(w (y - mu)^2 / mu^2) / (n - p): what R's summary.glm computes when a model's working weights
     * have been replaced by its prior weights, as R surveillance (1.20.3) does after reweighting.
     */
    double priorWeightDispersion() const;
    int residualDf() const { return int(m_y.size()) - int(m_beta.size()); }

private:
    std::vector<std::vector<double>> m_x;
    std::vector<double> m_y, m_w, m_mu, m_beta;
    std::vector<std::vector<double>> m_inverse; // (X'WX)^-1 at convergence
    double m_dispersion = 1;
    bool m_converged = false;
};

} // namespace fc
