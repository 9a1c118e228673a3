#include "demo/retailnetwork.h"

#include "demo/demorandom.h"
#include "demo/placecatalogue.h"

#include <QSet>

namespace fc {

namespace {

const int kStoreCounts[RetailerCount] = {36, 28, 18};
// Larger chains report more incidents per store; this is their weight when a town has several.
const double kRetailerWeight[RetailerCount] = {1.0, 0.7, 0.6};
const char *const kSites[RetailerCount][6] = {
    {"High Street", "Central", "Retail Park", "Express", "Superstore", "Market Street"},
    {"Market Street", "Shopping Centre", "High Street", "Health Centre", "Station Road", "Arndale"},
    {"Retail Park", "Trade Park", "Ring Road", "Central", "Valley Way", "Junction"},
};
} // namespace

QString RetailNetwork::retailerName(int retailer)
{
    switch (retailer) {
    case NorthgateFoods:
        return QStringLiteral("Northgate Foods");
    case BrightwayPharmacy:
        return QStringLiteral("Brightway Pharmacy");
    case CastleHomeDiy:
        return QStringLiteral("Castle Home & DIY");
    }
    return QString();
}

int RetailNetwork::opensAt(int retailer)
{
    static const int kOpen[RetailerCount] = {7 * 60, 8 * 60 + 30, 8 * 60};
    return kOpen[retailer];
}

int RetailNetwork::closesAt(int retailer)
{
    static const int kClose[RetailerCount] = {22 * 60, 18 * 60 + 30, 20 * 60};
    return kClose[retailer];
}

void RetailNetwork::build(DemoRandom &rng)
{
    const QList<DemoTown> &towns = PlaceCatalogue::towns();
    const int townCount = int(towns.size());
    m_byTown = QList<QList<int>>(townCount);

    // Every town gets one store of the retailer whose turn it is, then the rest of each chain
    // goes where people are (weighted by population), a town at most three times per chain.
    QList<QList<int>> chainTowns(RetailerCount);
    for (int t = 0; t < townCount; ++t)
        chainTowns[t % RetailerCount] << t;
    QList<double> weights;
    for (const DemoTown &t : towns)
        weights << t.population;
    for (int r = 0; r < RetailerCount; ++r) {
        while (chainTowns[r].size() < kStoreCounts[r]) {
            const int t = rng.weighted(weights);
            if (chainTowns[r].count(t) < 3)
                chainTowns[r] << t;
        }
    }

    for (int r = 0; r < RetailerCount; ++r) {
        QSet<int> usedNumbers;
        QList<int> sitesUsed(townCount, 0);
        for (int t : chainTowns[r]) {
            DemoStore s;
            s.retailer = r;
            s.town = t;
            int number = 0;
            do {
                number = r == NorthgateFoods
                             ? rng.range(100, 899)
                             : (r == BrightwayPharmacy ? rng.range(1000, 4999) : rng.range(10, 299));
            } while (usedNumbers.contains(number));
            usedNumbers.insert(number);
            switch (r) {
            case NorthgateFoods:
                s.key = QString::number(number).rightJustified(4, QLatin1Char('0'));
                break;
            case BrightwayPharmacy:
                s.key = QStringLiteral("BP%1").arg(number);
                break;
            default:
                s.key = QStringLiteral("C%1").arg(number, 3, 10, QLatin1Char('0'));
                break;
            }
            const QString site = QString::fromLatin1(kSites[r][sitesUsed[t]++ % 6]);
            switch (r) {
            case NorthgateFoods:
                s.name = QStringLiteral("%1 %2").arg(towns.at(t).name, site);
                break;
            case BrightwayPharmacy:
                s.name = QStringLiteral("Brightway %1 %2").arg(towns.at(t).name, site);
                break;
            default:
                s.name = QStringLiteral("Castle %1 %2").arg(towns.at(t).name, site);
                break;
            }
            s.postcode = PlaceCatalogue::postcode(t, rng);
            // Stores sit within a few kilometres of the town centre.
            s.lat = towns.at(t).lat + (rng.real() - 0.5) * 0.04;
            s.lon = towns.at(t).lon + (rng.real() - 0.5) * 0.06;
            m_stores << s;
            m_byTown[t] << int(m_stores.size() - 1);
        }
    }
}

int RetailNetwork::pickStore(int town, DemoRandom &rng) const
{
    const QList<int> &candidates = m_byTown.at(town);
    QList<double> weights;
    for (int s : candidates)
        weights << kRetailerWeight[m_stores.at(s).retailer];
    return candidates.at(rng.weighted(weights));
}

} // namespace fc
