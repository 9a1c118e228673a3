#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

struct pj_ctx;
struct PJconsts;

namespace fc {

/**
 * WGS84 latitude/longitude (EPSG:4326) to and from British National Grid metres (EPSG:27700), through
 * PROJ. One instance per thread (a PROJ context is not shared).
 *
 * Accuracy: Debian's proj-data carries no OSTN15 grid (uk_os_OSTN15_NTv2_OSGBtoETRS.tif is only on
 * the PROJ CDN, and network access is switched off here), so PROJ uses the best operation it has
 * offline: the seven-parameter Helmert transformation "OSGB36 to WGS 84 (6)" (EPSG:1314, stated
 * accuracy 2 m), then the Transverse Mercator of the National Grid. Against the OS's published OSTN15
 * value for its worked example (Caister water tower) this is 3.45 m off (tests/geo/tst_geo.cpp); the OS
 * puts a single Helmert at a few metres over Great Britain: far below the size of a map symbol or a
 * hot-spot cell, but not survey grade. Installing the OSTN15 grid in PROJ's data directory makes PROJ
 * use it instead, with no change here. Northern Ireland is projected onto the
 * British grid too (an extension of it, with larger scale error), so that the whole UK draws on one map.
 */
class Projection
{
public:
    Projection(); // EPSG:4326 <-> EPSG:27700, axis order normalised (lon, lat)
    ~Projection();
    Projection(const Projection &) = delete;
    Projection &operator=(const Projection &) = delete;

    bool isValid() const;
    QString errorString() const;
    /** The description of the operation PROJ uses (for the record, e.g. in About or a test). */
    QString operationName() const;

    /** Easting (x) and northing (y) in metres, or nullopt outside the grid / on error. */
    std::optional<QPointF> toBng(double latitude, double longitude) const;
    /** x = longitude, y = latitude; nullopt outside the grid / on error. */
    std::optional<QPointF> toWgs84(double easting, double northing) const;

    /**
     * Projects points given as (x = longitude, y = latitude) to BNG in place, in one PROJ call (fast
     * for the hundreds of thousands of vertices of a boundary file). False on error or if any point
     * is outside the grid.
     */
    bool toBngInPlace(QList<QPointF> &lonLat) const;

    /** The area where toBng() answers: the UK and its waters, with a margin. */
    static bool inGridArea(double latitude, double longitude);

private:
    pj_ctx *m_context = nullptr;
    PJconsts *m_transform = nullptr;
    QString m_error;
};

} // namespace fc
