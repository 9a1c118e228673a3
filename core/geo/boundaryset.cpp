#include "geo/boundaryset.h"

#include "geo/projection.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace fc {

bool Boundary::contains(QPointF bng) const
{
    if (!bounds.contains(bng))
        return false;
    for (const GeoPolygon &polygon : polygons)
        if (polygon.contains(bng))
            return true;
    return false;
}

namespace {

QString describe(const QString &path, int feature, const QString &what)
{
    return QStringLiteral("%1: feature %2: %3").arg(path).arg(feature + 1).arg(what);
}

// A GeoJSON ring [[lon, lat], ...] as points; false if a position is not two numbers.
bool readRing(const QJsonArray &array, QList<QPointF> &ring)
{
    ring.reserve(array.size());
    for (const QJsonValue &position : array) {
        const QJsonArray xy = position.toArray();
        if (xy.size() < 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
        ring.append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    if (!ring.isEmpty() && ring.first() != ring.last())
        ring.append(ring.first()); // GeoJSON requires closed rings; close a sloppy one
    return true;
}

// A GeoJSON Polygon's coordinates [outer, hole, ...] projected to BNG.
bool readPolygon(const QJsonArray &array, const Projection &projection, GeoPolygon &polygon, QString *what)
{
    for (const QJsonValue &ringValue : array) {
        QList<QPointF> ring;
        if (!ringValue.isArray() || !readRing(ringValue.toArray(), ring)) {
            *what = QStringLiteral("a ring is not a list of [longitude, latitude] positions");
            return false;
        }
        if (ring.size() < 4) {
            *what = QStringLiteral("a ring has fewer than 4 positions");
            return false;
        }
        if (!projection.toBngInPlace(ring)) {
            *what = QStringLiteral("a position is outside the British National Grid's area (expected WGS84 "
                                   "longitude, latitude in the UK)");
            return false;
        }
        polygon.rings.append(std::move(ring));
    }
    if (polygon.rings.isEmpty()) {
        *what = QStringLiteral("a polygon has no rings");
        return false;
    }
    polygon.bounds = GeoPolygon::ringBounds(polygon.rings.first());
    return true;
}

} // namespace

std::optional<BoundarySet> BoundarySet::loadGeoJson(const QString &path, QString *error,
                                                    const QString &codeProperty, const QString &nameProperty)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::optional<BoundarySet>();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot open: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("%1: offset %2: not valid JSON: %3")
                        .arg(path)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection"))
        return fail(QStringLiteral("%1: expected a GeoJSON FeatureCollection").arg(path));

    Projection projection;
    if (!projection.isValid())
        return fail(QStringLiteral("%1: %2").arg(path, projection.errorString()));

    QList<Boundary> boundaries;
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    boundaries.reserve(features.size());
    for (int f = 0; f < features.size(); ++f) {
        const QJsonObject feature = features[f].toObject();
        const QJsonObject properties = feature.value(QLatin1String("properties")).toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        Boundary boundary;
        boundary.code = properties.value(codeProperty).toVariant().toString();
        boundary.name = properties.value(nameProperty).toVariant().toString();
        if (boundary.code.isEmpty())
            return fail(describe(path, f, QStringLiteral("no property \"%1\" (the area's code)").arg(codeProperty)));
        const QString type = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
        QString what;
        if (type == QLatin1String("Polygon")) {
            GeoPolygon polygon;
            if (!readPolygon(coordinates, projection, polygon, &what))
                return fail(describe(path, f, what));
            boundary.polygons.append(std::move(polygon));
        } else if (type == QLatin1String("MultiPolygon")) {
            for (const QJsonValue &part : coordinates) {
                GeoPolygon polygon;
                if (!readPolygon(part.toArray(), projection, polygon, &what))
                    return fail(describe(path, f, what));
                boundary.polygons.append(std::move(polygon));
            }
        } else {
            return fail(describe(path, f, QStringLiteral("geometry type \"%1\" (expected Polygon or MultiPolygon)")
                                              .arg(type)));
        }
        if (boundary.polygons.isEmpty())
            return fail(describe(path, f, QStringLiteral("no polygons")));
        boundaries.append(std::move(boundary));
    }
    if (boundaries.isEmpty())
        return fail(QStringLiteral("%1: no features").arg(path));
    return fromBoundaries(std::move(boundaries));
}

BoundarySet BoundarySet::fromBoundaries(QList<Boundary> boundaries)
{
    BoundarySet set;
    set.m_boundaries = std::move(boundaries);
    for (Boundary &b : set.m_boundaries) {
        b.bounds = {};
        b.areaSquareMetres = 0;
        for (GeoPolygon &polygon : b.polygons) {
            if (polygon.rings.isEmpty())
                continue;
            polygon.bounds = GeoPolygon::ringBounds(polygon.rings.first());
            b.bounds = b.bounds.isNull() ? polygon.bounds : b.bounds.united(polygon.bounds);
            b.areaSquareMetres += polygon.area();
        }
        set.m_bounds = set.m_bounds.isNull() ? b.bounds : set.m_bounds.united(b.bounds);
    }
    set.buildIndex();
    return set;
}

int BoundarySet::cellOf(double v, double origin, double size) const
{
    if (size <= 0)
        return 0;
    return std::clamp(int((v - origin) / size * kGrid), 0, kGrid - 1);
}

void BoundarySet::buildIndex()
{
    m_cells = QList<QList<int>>(kGrid * kGrid);
    m_byCode.clear();
    for (int i = 0; i < m_boundaries.size(); ++i) {
        if (!m_byCode.contains(m_boundaries[i].code)) // the first of a repeated code answers
            m_byCode.insert(m_boundaries[i].code, i);
        const QRectF &b = m_boundaries[i].bounds;
        const int x0 = cellOf(b.left(), m_bounds.left(), m_bounds.width());
        const int x1 = cellOf(b.right(), m_bounds.left(), m_bounds.width());
        const int y0 = cellOf(b.top(), m_bounds.top(), m_bounds.height());
        const int y1 = cellOf(b.bottom(), m_bounds.top(), m_bounds.height());
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                m_cells[y * kGrid + x].append(i);
    }
}

int BoundarySet::indexAt(QPointF bng) const
{
    if (m_cells.isEmpty() || !m_bounds.contains(bng))
        return -1;
    const int x = cellOf(bng.x(), m_bounds.left(), m_bounds.width());
    const int y = cellOf(bng.y(), m_bounds.top(), m_bounds.height());
    for (int i : m_cells[y * kGrid + x])
        if (m_boundaries[i].contains(bng))
            return i;
    return -1;
}

int BoundarySet::indexOf(const QString &code) const
{
    return m_byCode.value(code, -1);
}

qsizetype BoundarySet::vertexCount() const
{
    qsizetype n = 0;
    for (const Boundary &b : m_boundaries)
        for (const GeoPolygon &polygon : b.polygons)
            for (const QList<QPointF> &ring : polygon.rings)
                n += ring.size();
    return n;
}

} // namespace fc
