#include "geo/projection.h"

#include <proj.h>

#include <cmath>

namespace fc {

namespace {
// British National Grid's extent (EPSG:27700 area of use: 49.75..61.01 N, 9.01 W..2.01 E) widened to
// take in Northern Ireland and the sea around the islands.
constexpr double kMinLatitude = 49.0, kMaxLatitude = 62.0;
constexpr double kMinLongitude = -11.0, kMaxLongitude = 3.0;
// The same box in grid metres, with a margin (the grid's false origin is south-west of the Scillies).
constexpr double kMinEasting = -300000, kMaxEasting = 900000;
constexpr double kMinNorthing = -150000, kMaxNorthing = 1400000;
} // namespace

Projection::Projection()
{
    m_context = proj_context_create();
    if (!m_context) {
        m_error = QStringLiteral("PROJ: cannot create a context");
        return;
    }
    // Offline by design: never fetch grids from the PROJ CDN.
    proj_context_set_enable_network(m_context, 0);
    PJ *raw = proj_create_crs_to_crs(m_context, "EPSG:4326", "EPSG:27700", nullptr);
    if (!raw) {
        m_error = QStringLiteral("PROJ: no transformation from EPSG:4326 to EPSG:27700 (%1)")
                      .arg(QString::fromUtf8(proj_context_errno_string(m_context, proj_context_errno(m_context))));
        return;
    }
    m_transform = proj_normalize_for_visualization(m_context, raw);
    proj_destroy(raw);
    if (!m_transform)
        m_error = QStringLiteral("PROJ: cannot normalise the axis order");
}

Projection::~Projection()
{
    if (m_transform)
        proj_destroy(m_transform);
    if (m_context)
        proj_context_destroy(m_context);
}

bool Projection::isValid() const
{
    return m_transform != nullptr;
}

QString Projection::errorString() const
{
    return m_error;
}

QString Projection::operationName() const
{
    if (!m_transform)
        return {};
    // The candidate chosen for a point in England (crs_to_crs picks per point among its candidates).
    PJ_COORD c = proj_coord(-1.5, 52.5, 0, 0);
    proj_trans(m_transform, PJ_FWD, c);
    PJ *last = proj_trans_get_last_used_operation(m_transform);
    if (!last)
        return QString::fromUtf8(proj_pj_info(m_transform).description);
    const QString name = QString::fromUtf8(proj_pj_info(last).description);
    proj_destroy(last);
    return name;
}

bool Projection::inGridArea(double latitude, double longitude)
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= kMinLatitude &&
           latitude <= kMaxLatitude && longitude >= kMinLongitude && longitude <= kMaxLongitude;
}

std::optional<QPointF> Projection::toBng(double latitude, double longitude) const
{
    if (!m_transform || !inGridArea(latitude, longitude))
        return std::nullopt;
    const PJ_COORD out = proj_trans(m_transform, PJ_FWD, proj_coord(longitude, latitude, 0, 0));
    if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL)
        return std::nullopt;
    return QPointF(out.xy.x, out.xy.y);
}

std::optional<QPointF> Projection::toWgs84(double easting, double northing) const
{
    if (!m_transform || !std::isfinite(easting) || !std::isfinite(northing) || easting < kMinEasting ||
        easting > kMaxEasting || northing < kMinNorthing || northing > kMaxNorthing)
        return std::nullopt;
    const PJ_COORD out = proj_trans(m_transform, PJ_INV, proj_coord(easting, northing, 0, 0));
    if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi) || out.lp.lam == HUGE_VAL)
        return std::nullopt;
    return QPointF(out.lp.lam, out.lp.phi);
}

bool Projection::toBngInPlace(QList<QPointF> &lonLat) const
{
    if (!m_transform)
        return false;
    for (const QPointF &p : lonLat)
        if (!inGridArea(p.y(), p.x()))
            return false;
    if (lonLat.isEmpty())
        return true;
    // QPointF is two packed doubles: PROJ reads and writes x and y with a stride of one QPointF.
    static_assert(sizeof(QPointF) == 2 * sizeof(double));
    double *base = reinterpret_cast<double *>(lonLat.data());
    const size_t n = size_t(lonLat.size());
    const size_t done = proj_trans_generic(m_transform, PJ_FWD, base, sizeof(QPointF), n, base + 1,
                                           sizeof(QPointF), n, nullptr, 0, 0, nullptr, 0, 0);
    if (done != n)
        return false;
    for (const QPointF &p : lonLat)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || p.x() == HUGE_VAL)
            return false;
    return true;
}

} // namespace fc
