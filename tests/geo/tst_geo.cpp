#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "geo/projection.h"
#include "geo/simplifier.h"

#include <QTemporaryFile>
#include <QTest>

#include <cmath>

using namespace fc;

/** Projection against published control values, polygons and simplification by hand, the bundled areas. */
class TestGeo : public QObject
{
    Q_OBJECT

private:
    static QList<QPointF> ring(std::initializer_list<QPointF> points) { return QList<QPointF>(points); }

    // A 10 m square (0,0)-(10,10) with a 2 m square hole (4,4)-(6,6), as one area; a second area
    // (20,0)-(30,10) next to it.
    static BoundarySet handSet()
    {
        Boundary a;
        a.code = QStringLiteral("A");
        a.name = QStringLiteral("Square with a hole");
        GeoPolygon p;
        p.rings << ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}})
                << ring({{4, 4}, {4, 6}, {6, 6}, {6, 4}, {4, 4}});
        a.polygons << p;
        Boundary b;
        b.code = QStringLiteral("B");
        b.name = QStringLiteral("Plain square");
        GeoPolygon q;
        q.rings << ring({{20, 0}, {30, 0}, {30, 10}, {20, 10}, {20, 0}});
        b.polygons << q;
        return BoundarySet::fromBoundaries({a, b});
    }

private slots:
    void projectionControlPoints_data()
    {
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        QTest::addColumn<double>("easting");
        QTest::addColumn<double>("northing");
        QTest::addColumn<double>("tolerance");
        // Ordnance Survey, "Transformations and OSGM15 User Guide", Annexe A worked example: Caister
        // water tower, ETRS89 52°39'28.8282" N 1°42'57.8663" E (52.658007833, 1.716073973); with OSTN15
        // OSGB36 E 651409.804, N 313177.450 (ETRS89 grid 651307.003, 313255.686 plus shifts 102.801,
        // -78.236). WGS84 is taken as ETRS89 (PROJ's null transformation between them; they differ by
        // under a metre in the UK). Without the OSTN15 grid offline, PROJ uses the Helmert EPSG:1314,
        // which the OS puts at a few metres over Great Britain: the tolerance is 5 m. Measured here
        // (PROJ 9.1.1): 651411.222, 313180.597, 3.45 m off.
        QTest::newRow("Caister water tower (OS worked example)")
            << 52.658007833 << 1.716073973 << 651409.804 << 313177.450 << 5.0;
    }

    void projectionControlPoints()
    {
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QFETCH(double, easting);
        QFETCH(double, northing);
        QFETCH(double, tolerance);
        Projection projection;
        QVERIFY2(projection.isValid(), qPrintable(projection.errorString()));
        const auto bng = projection.toBng(latitude, longitude);
        QVERIFY(bng);
        const double error = std::hypot(bng->x() - easting, bng->y() - northing);
        qInfo("%s: %.3f, %.3f (published %.3f, %.3f): %.2f m off; operation: %s", QTest::currentDataTag(),
              bng->x(), bng->y(), easting, northing, error, qPrintable(projection.operationName()));
        QVERIFY2(error <= tolerance, qPrintable(QStringLiteral("%1 m off").arg(error)));
        // And back: the inverse returns the latitude and longitude within 1e-6° (about 0.1 m; the 2D
        // Helmert drops the height it changes on the way, so the round trip is not exact).
        const auto back = projection.toWgs84(bng->x(), bng->y());
        QVERIFY(back);
        qInfo("round trip: %.2e°, %.2e°", back->x() - longitude, back->y() - latitude);
        QVERIFY(std::abs(back->x() - longitude) < 1e-6);
        QVERIFY(std::abs(back->y() - latitude) < 1e-6);
    }

    void axisOrderIsLongitudeLatitude()
    {
        Projection projection;
        // London is east of the grid's central meridian (2° W) only a little and about 180 km north of
        // the false origin's northing (-100 km at 49° N): easting ~530 km, northing ~180 km. Swapped axes
        // would throw the point far outside the grid.
        const auto p = projection.toBng(51.5080, -0.1281); // Trafalgar Square
        QVERIFY(p);
        QVERIFY(p->x() > 525000 && p->x() < 535000);
        QVERIFY(p->y() > 175000 && p->y() < 185000);
        const auto ll = projection.toWgs84(p->x(), p->y());
        QVERIFY(ll && std::abs(ll->x() + 0.1281) < 1e-6 && std::abs(ll->y() - 51.5080) < 1e-6);
    }

    void outsideTheGridIsRefused()
    {
        Projection projection;
        QVERIFY(!projection.toBng(48.8566, 2.3522)); // Paris
        QVERIFY(!projection.toBng(0, 0));
        QVERIFY(!projection.toBng(std::nan(""), -1));
        QVERIFY(!projection.toWgs84(5e6, 5e6));
        QList<QPointF> points{{-1.5, 52.5}, {2.3522, 48.8566}};
        QVERIFY(!projection.toBngInPlace(points));
    }

    void batchEqualsSingle()
    {
        Projection projection;
        QList<QPointF> points{{-1.5, 52.5}, {-3.1999, 55.9486}, {-5.9301, 54.5964}};
        const QList<QPointF> original = points;
        QVERIFY(projection.toBngInPlace(points));
        for (int i = 0; i < points.size(); ++i) {
            const auto one = projection.toBng(original[i].y(), original[i].x());
            QVERIFY(one);
            QCOMPARE(points[i], *one);
        }
    }

    void pointInPolygonWithHole_data()
    {
        QTest::addColumn<QPointF>("point");
        QTest::addColumn<int>("expected");
        // By hand: A is the square 0..10 less the hole 4..6; B is the square 20..30 x 0..10.
        QTest::newRow("in A") << QPointF(2, 2) << 0;
        QTest::newRow("in A beside the hole") << QPointF(3.9, 5) << 0;
        QTest::newRow("in the hole") << QPointF(5, 5) << -1;
        QTest::newRow("in the hole, near its corner") << QPointF(5.9, 4.1) << -1;
        QTest::newRow("between A and B") << QPointF(15, 5) << -1;
        QTest::newRow("in B") << QPointF(25, 9) << 1;
        QTest::newRow("above both") << QPointF(5, 11) << -1;
    }

    void pointInPolygonWithHole()
    {
        QFETCH(QPointF, point);
        QFETCH(int, expected);
        const BoundarySet set = handSet();
        QCOMPARE(set.indexAt(point), expected);
    }

    void areasAndBoundsByHand()
    {
        const BoundarySet set = handSet();
        // A: 10 x 10 - 2 x 2 = 96 m²; B: 100 m².
        QCOMPARE(set.boundaries()[0].areaSquareMetres, 96.0);
        QCOMPARE(set.boundaries()[1].areaSquareMetres, 100.0);
        QCOMPARE(set.bounds(), QRectF(0, 0, 30, 10));
        QCOMPARE(set.indexOf(QStringLiteral("B")), 1);
        QCOMPARE(set.indexOf(QStringLiteral("nope")), -1);
    }

    void simplifyByHand()
    {
        // A 10 m square with a 0.2 m bump half-way along its bottom edge. Douglas-Peucker by hand:
        // the first chord is degenerate ((0,0) to itself), so the farthest point from (0,0), (10,10) at
        // 14.1 m, is kept; chord (0,0)-(10,10): (10,0) is 7.07 m off, kept; chord (0,0)-(10,0): the bump
        // (5,0.2) is 0.2 m off: dropped at 0.5 m, kept at 0.1 m; chord (10,10)-(0,0): (0,10) 7.07 m, kept.
        const QList<QPointF> square =
            ring({{0, 0}, {5, 0.2}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
        QCOMPARE(simplifyRing(square, 0.5), ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}));
        QCOMPARE(simplifyRing(square, 0.1), square);
        // Larger than the square: (10,10) is 14.1 m from (0,0), so at 15 m the ring collapses to its
        // closing points, and the caller skips it.
        QCOMPARE(simplifyRing(square, 15), ring({{0, 0}, {0, 0}}));
        // An open line: the middle point is 1 m off the chord (0,0)-(10,0).
        const QList<QPointF> line = ring({{0, 0}, {5, 1}, {10, 0}});
        QCOMPARE(simplifyRing(line, 0.99).size(), 3);
        QCOMPARE(simplifyRing(line, 1.01).size(), 2);
    }

    void bundledLocalAuthorities()
    {
        const QString path = GeoResources::localAuthoritiesPath();
        QVERIFY2(!path.isEmpty(), "resources/geo/uk_local_authorities.geojson not found");
        QString error;
        const auto set = BoundarySet::loadGeoJson(path, &error);
        QVERIFY2(set, qPrintable(error));
        // 391 features in the file (python: len(json.load(f)["features"])): the UK's local authority districts.
        QCOMPARE(set->boundaries().size(), 391);
        Projection projection;
        struct Place { double lat, lon; const char *code; };
        // Well-known places and the authority they are in.
        const Place places[] = {
            {51.5138, -0.0984, "E09000001"}, // St Paul's Cathedral: City of London
            {51.5080, -0.1281, "E09000033"}, // Trafalgar Square: Westminster
            {53.4794, -2.2446, "E08000003"}, // Manchester Town Hall
            {55.9486, -3.1999, "S12000036"}, // Edinburgh Castle: City of Edinburgh
            {54.5964, -5.9301, "N09000003"}, // Belfast City Hall
            {51.4816, -3.1791, "W06000015"}, // Cardiff Castle
        };
        for (const Place &p : places) {
            const auto bng = projection.toBng(p.lat, p.lon);
            QVERIFY(bng);
            const int index = set->indexAt(*bng);
            QVERIFY2(index >= 0, p.code);
            QCOMPARE(set->boundaries()[index].code, QString::fromLatin1(p.code));
        }
        QCOMPARE(set->indexAt(*projection.toBng(50.5, -4.0 - 3.0)), -1); // at sea off Cornwall
        // ONS Standard Area Measurements: City of London 2.90 km² (land), 3.15 km² to mean high water.
        // The file's coordinates are rounded to 0.001°, so allow 2.6-3.5 km².
        const double city = set->boundaries()[set->indexOf(QStringLiteral("E09000001"))].areaSquareMetres;
        QVERIFY2(city > 2.6e6 && city < 3.5e6, qPrintable(QString::number(city)));
        // Great Britain and Northern Ireland span roughly E -100..660 km, N 0..1220 km on the grid.
        QVERIFY(set->bounds().left() < 0 && set->bounds().left() > -150000);
        QVERIFY(set->bounds().right() > 600000 && set->bounds().right() < 700000);
        QVERIFY(set->bounds().bottom() > 1150000 && set->bounds().bottom() < 1250000);
    }

    void badGeoJsonNamesTheFeature()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(R"({"type":"FeatureCollection","features":[
            {"type":"Feature","properties":{"code":"X1","name":"ok"},
             "geometry":{"type":"Polygon","coordinates":[[[-1,52],[-1,52.1],[-0.9,52.1],[-1,52]]]}},
            {"type":"Feature","properties":{"code":"X2","name":"bad"},
             "geometry":{"type":"LineString","coordinates":[[-1,52],[-1,53]]}}]})");
        file.close();
        QString error;
        QVERIFY(!BoundarySet::loadGeoJson(file.fileName(), &error));
        QVERIFY2(error.contains(QLatin1String("feature 2")) && error.contains(QLatin1String("LineString")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestGeo)
#include "tst_geo.moc"
