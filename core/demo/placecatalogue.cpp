#include "demo/placecatalogue.h"

#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace fc {

const QList<DemoTown> &PlaceCatalogue::towns()
{
    static const QList<DemoTown> kTowns = {
        {QStringLiteral("Manchester"), QStringLiteral("Manchester"), QStringLiteral("M1"), 53.4794, -2.2453, 550},
        {QStringLiteral("Salford"), QStringLiteral("Salford"), QStringLiteral("M5"), 53.4875, -2.2901, 270},
        {QStringLiteral("Bolton"), QStringLiteral("Bolton"), QStringLiteral("BL1"), 53.5769, -2.4282, 200},
        {QStringLiteral("Bury"), QStringLiteral("Bury"), QStringLiteral("BL9"), 53.5933, -2.2966, 80},
        {QStringLiteral("Rochdale"), QStringLiteral("Rochdale"), QStringLiteral("OL16"), 53.6097, -2.1561, 110},
        {QStringLiteral("Oldham"), QStringLiteral("Oldham"), QStringLiteral("OL1"), 53.5409, -2.1114, 100},
        {QStringLiteral("Stockport"), QStringLiteral("Stockport"), QStringLiteral("SK1"), 53.4083, -2.1494, 140},
        {QStringLiteral("Wigan"), QStringLiteral("Wigan"), QStringLiteral("WN1"), 53.5450, -2.6325, 100},
        {QStringLiteral("Ashton-under-Lyne"), QStringLiteral("Tameside"), QStringLiteral("OL6"), 53.4897, -2.0952, 45},
        {QStringLiteral("Altrincham"), QStringLiteral("Trafford"), QStringLiteral("WA14"), 53.3838, -2.3547, 50},
        {QStringLiteral("Warrington"), QStringLiteral("Warrington"), QStringLiteral("WA1"), 53.3900, -2.5970, 210},
        {QStringLiteral("Liverpool"), QStringLiteral("Liverpool"), QStringLiteral("L1"), 53.4084, -2.9916, 500},
        {QStringLiteral("Birkenhead"), QStringLiteral("Wirral"), QStringLiteral("CH41"), 53.3934, -3.0148, 90},
        {QStringLiteral("St Helens"), QStringLiteral("St. Helens"), QStringLiteral("WA10"), 53.4534, -2.7370, 100},
        {QStringLiteral("Preston"), QStringLiteral("Preston"), QStringLiteral("PR1"), 53.7632, -2.7031, 140},
        {QStringLiteral("Blackburn"), QStringLiteral("Blackburn with Darwen"), QStringLiteral("BB1"), 53.7486, -2.4875, 120},
        {QStringLiteral("Blackpool"), QStringLiteral("Blackpool"), QStringLiteral("FY1"), 53.8175, -3.0357, 140},
        {QStringLiteral("Burnley"), QStringLiteral("Burnley"), QStringLiteral("BB11"), 53.7893, -2.2405, 75},
        {QStringLiteral("Lancaster"), QStringLiteral("Lancaster"), QStringLiteral("LA1"), 54.0466, -2.8007, 50},
        {QStringLiteral("Chester"), QStringLiteral("Cheshire West and Chester"), QStringLiteral("CH1"), 53.1905, -2.8919, 80},
        {QStringLiteral("Crewe"), QStringLiteral("Cheshire East"), QStringLiteral("CW1"), 53.0979, -2.4416, 75},
        {QStringLiteral("Leeds"), QStringLiteral("Leeds"), QStringLiteral("LS1"), 53.7997, -1.5492, 530},
        {QStringLiteral("Bradford"), QStringLiteral("Bradford"), QStringLiteral("BD1"), 53.7960, -1.7594, 350},
        {QStringLiteral("Wakefield"), QStringLiteral("Wakefield"), QStringLiteral("WF1"), 53.6833, -1.4977, 100},
        {QStringLiteral("Huddersfield"), QStringLiteral("Kirklees"), QStringLiteral("HD1"), 53.6458, -1.7850, 160},
        {QStringLiteral("Halifax"), QStringLiteral("Calderdale"), QStringLiteral("HX1"), 53.7248, -1.8658, 90},
        {QStringLiteral("Sheffield"), QStringLiteral("Sheffield"), QStringLiteral("S1"), 53.3811, -1.4701, 560},
        {QStringLiteral("Rotherham"), QStringLiteral("Rotherham"), QStringLiteral("S60"), 53.4326, -1.3635, 110},
        {QStringLiteral("Barnsley"), QStringLiteral("Barnsley"), QStringLiteral("S70"), 53.5526, -1.4797, 95},
        {QStringLiteral("Doncaster"), QStringLiteral("Doncaster"), QStringLiteral("DN1"), 53.5228, -1.1285, 110},
        {QStringLiteral("York"), QStringLiteral("York"), QStringLiteral("YO1"), 53.9600, -1.0873, 150},
        {QStringLiteral("Hull"), QStringLiteral("Kingston upon Hull, City of"), QStringLiteral("HU1"), 53.7457, -0.3367, 260},
        {QStringLiteral("Stoke-on-Trent"), QStringLiteral("Stoke-on-Trent"), QStringLiteral("ST1"), 53.0246, -2.1766, 250},
        {QStringLiteral("Derby"), QStringLiteral("Derby"), QStringLiteral("DE1"), 52.9225, -1.4746, 260},
        {QStringLiteral("Nottingham"), QStringLiteral("Nottingham"), QStringLiteral("NG1"), 52.9548, -1.1581, 320},
        {QStringLiteral("Mansfield"), QStringLiteral("Mansfield"), QStringLiteral("NG18"), 53.1472, -1.1987, 110},
        {QStringLiteral("Chesterfield"), QStringLiteral("Chesterfield"), QStringLiteral("S40"), 53.2350, -1.4210, 90},
        {QStringLiteral("Leicester"), QStringLiteral("Leicester"), QStringLiteral("LE1"), 52.6369, -1.1398, 370},
        {QStringLiteral("Birmingham"), QStringLiteral("Birmingham"), QStringLiteral("B1"), 52.4862, -1.8904, 1100},
        {QStringLiteral("Wolverhampton"), QStringLiteral("Wolverhampton"), QStringLiteral("WV1"), 52.5862, -2.1286, 260},
        {QStringLiteral("Walsall"), QStringLiteral("Walsall"), QStringLiteral("WS1"), 52.5860, -1.9829, 70},
        {QStringLiteral("Coventry"), QStringLiteral("Coventry"), QStringLiteral("CV1"), 52.4068, -1.5197, 340},
    };
    return kTowns;
}

double PlaceCatalogue::distanceKm(int a, int b)
{
    const DemoTown &ta = towns().at(a);
    const DemoTown &tb = towns().at(b);
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double dLat = (tb.lat - ta.lat) * kDeg;
    const double dLon = (tb.lon - ta.lon) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(ta.lat * kDeg) * std::cos(tb.lat * kDeg) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * 6371.0 * std::asin(std::sqrt(h));
}

const QList<int> &PlaceCatalogue::nearest(int town)
{
    static const QList<QList<int>> kNearest = [] {
        QList<QList<int>> all;
        for (int t = 0; t < towns().size(); ++t) {
            QList<int> out;
            for (int i = 0; i < towns().size(); ++i)
                if (i != t)
                    out << i;
            // Ties broken by index so that the order never depends on the sort implementation.
            std::sort(out.begin(), out.end(), [t](int a, int b) {
                const double da = distanceKm(t, a), db = distanceKm(t, b);
                return da != db ? da < db : a < b;
            });
            all << out;
        }
        return all;
    }();
    return kNearest.at(town);
}

QString PlaceCatalogue::postcode(int town, DemoRandom &rng)
{
    // Inward codes use a digit and two letters from a set without C, I, K, M, O and V.
    static const char kLetters[] = "ABDEFGHJLNPQRSTUWXYZ";
    QString code = towns().at(town).outcode + QLatin1Char(' ') + QString::number(rng.range(1, 9));
    for (int i = 0; i < 2; ++i)
        code += QLatin1Char(kLetters[rng.below(sizeof(kLetters) - 1)]);
    return code;
}

} // namespace fc
