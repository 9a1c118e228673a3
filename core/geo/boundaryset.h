#pragma once

#include "geo/geopolygon.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace fc {

/** One area (local authority, LSOA...) with its multipolygon in BNG metres. */
struct Boundary
{
    QString code;
    QString name;
    QList<GeoPolygon> polygons;
    QRectF bounds;
    double areaSquareMetres = 0;

    bool contains(QPointF bng) const;
};

/**
 * A set of areas loaded from GeoJSON (WGS84 coordinates, properties "code" and "name" by default),
 * projected to BNG; finds the area containing a point through a grid index of the areas' bounding
 * boxes (64 x 64 cells over the set's bounds), then an exact point-in-polygon test with holes.
 */
class BoundarySet
{
public:
    static std::optional<BoundarySet> loadGeoJson(const QString &path, QString *error,
                                                  const QString &codeProperty = QStringLiteral("code"),
                                                  const QString &nameProperty = QStringLiteral("name"));
    /** A set from areas already in BNG metres (tests, other sources); bounds, areas and index computed. */
    static BoundarySet fromBoundaries(QList<Boundary> boundaries);

    const QList<Boundary> &boundaries() const { return m_boundaries; }
    /** Index into boundaries() of the area containing the BNG point, or -1. */
    int indexAt(QPointF bng) const;
    int indexOf(const QString &code) const;
    QRectF bounds() const { return m_bounds; }
    /** Total number of ring vertices (for the record and the map's level-of-detail figures). */
    qsizetype vertexCount() const;

private:
    static constexpr int kGrid = 64;
    void buildIndex();
    int cellOf(double v, double origin, double size) const;

    QList<Boundary> m_boundaries;
    QRectF m_bounds;
    QHash<QString, int> m_byCode;
    QList<QList<int>> m_cells; // kGrid * kGrid lists of boundary indices whose bounds touch the cell
};

} // namespace fc
