#include "demo/placecatalogue.h"

#include "demo/demorandom.h"

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

struct TownRow
{
    const char *name, *localAuthority, *outcode;
    double lat, lon;
    int population;
};

// Name, local authority (ONS spelling), central postcode district, centre lat/lon, population (k).
constexpr TownRow kTowns[] = {
    {"Manchester", "Manchester", "M1", 53.4794, -2.2453, 550},
    {"Salford", "Salford", "M5", 53.4875, -2.2901, 270},
    {"Bolton", "Bolton", "BL1", 53.5769, -2.4282, 200},
    {"Bury", "Bury", "BL9", 53.5933, -2.2966, 80},
    {"Rochdale", "Rochdale", "OL16", 53.6097, -2.1561, 110},
    {"Oldham", "Oldham", "OL1", 53.5409, -2.1114, 100},
    {"Stockport", "Stockport", "SK1", 53.4083, -2.1494, 140},
    {"Wigan", "Wigan", "WN1", 53.5450, -2.6325, 100},
    {"Ashton-under-Lyne", "Tameside", "OL6", 53.4897, -2.0952, 45},
    {"Altrincham", "Trafford", "WA14", 53.3838, -2.3547, 50},
    {"Warrington", "Warrington", "WA1", 53.3900, -2.5970, 210},
    {"Liverpool", "Liverpool", "L1", 53.4084, -2.9916, 500},
    {"Birkenhead", "Wirral", "CH41", 53.3934, -3.0148, 90},
    {"St Helens", "St. Helens", "WA10", 53.4534, -2.7370, 100},
    {"Preston", "Preston", "PR1", 53.7632, -2.7031, 140},
    {"Blackburn", "Blackburn with Darwen", "BB1", 53.7486, -2.4875, 120},
    {"Blackpool", "Blackpool", "FY1", 53.8175, -3.0357, 140},
    {"Burnley", "Burnley", "BB11", 53.7893, -2.2405, 75},
    {"Lancaster", "Lancaster", "LA1", 54.0466, -2.8007, 50},
    {"Chester", "Cheshire West and Chester", "CH1", 53.1905, -2.8919, 80},
    {"Crewe", "Cheshire East", "CW1", 53.0979, -2.4416, 75},
    {"Leeds", "Leeds", "LS1", 53.7997, -1.5492, 530},
    {"Bradford", "Bradford", "BD1", 53.7960, -1.7594, 350},
    {"Wakefield", "Wakefield", "WF1", 53.6833, -1.4977, 100},
    {"Huddersfield", "Kirklees", "HD1", 53.6458, -1.7850, 160},
    {"Halifax", "Calderdale", "HX1", 53.7248, -1.8658, 90},
    {"Sheffield", "Sheffield", "S1", 53.3811, -1.4701, 560},
    {"Rotherham", "Rotherham", "S60", 53.4326, -1.3635, 110},
    {"Barnsley", "Barnsley", "S70", 53.5526, -1.4797, 95},
    {"Doncaster", "Doncaster", "DN1", 53.5228, -1.1285, 110},
    {"York", "York", "YO1", 53.9600, -1.0873, 150},
    {"Hull", "Kingston upon Hull, City of", "HU1", 53.7457, -0.3367, 260},
    {"Stoke-on-Trent", "Stoke-on-Trent", "ST1", 53.0246, -2.1766, 250},
    {"Derby", "Derby", "DE1", 52.9225, -1.4746, 260},
    {"Nottingham", "Nottingham", "NG1", 52.9548, -1.1581, 320},
    {"Mansfield", "Mansfield", "NG18", 53.1472, -1.1987, 110},
    {"Chesterfield", "Chesterfield", "S40", 53.2350, -1.4210, 90},
    {"Leicester", "Leicester", "LE1", 52.6369, -1.1398, 370},
    {"Birmingham", "Birmingham", "B1", 52.4862, -1.8904, 1100},
    {"Wolverhampton", "Wolverhampton", "WV1", 52.5862, -2.1286, 260},
    {"Walsall", "Walsall", "WS1", 52.5860, -1.9829, 70},
    {"Coventry", "Coventry", "CV1", 52.4068, -1.5197, 340},
};

} // namespace

const QList<DemoTown> &PlaceCatalogue::towns()
{
    static const QList<DemoTown> kList = [] {
        QList<DemoTown> out;
        for (const TownRow &r : kTowns)
            out << DemoTown{QString::fromUtf8(r.name),
                            QString::fromUtf8(r.localAuthority),
                            QString::fromUtf8(r.outcode),
                            r.lat,
                            r.lon,
                            r.population};
        return out;
    }();
    return kList;
}

double PlaceCatalogue::distanceKm(int a, int b)
{
    const DemoTown &ta = towns().at(a);
    const DemoTown &tb = towns().at(b);
    constexpr double kDeg = 3.14159265358979323846 / 180.0;
    const double dLat = (tb.lat - ta.lat) * kDeg;
    const double dLon = (tb.lon - ta.lon) * kDeg;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(ta.lat * kDeg) *
                                                                   std::cos(tb.lat * kDeg) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
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
