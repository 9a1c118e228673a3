#pragma once

#include "demo/demotypes.h"

#include <QList>
#include <QString>

namespace fc {

class DemoRandom;

/** The demo retailers, in the order of their exports. */
enum DemoRetailer { NorthgateFoods = 0, BrightwayPharmacy = 1, CastleHomeDiy = 2, RetailerCount = 3 };

/**
 * The three demo retailers and their stores at real towns. Each retailer numbers its stores its
 * own way; every town has at least one store so that incidents can happen anywhere.
 */
class RetailNetwork
{
public:
    void build(DemoRandom &rng);

    static QString retailerName(int retailer);
    const QList<DemoStore> &stores() const { return m_stores; }
    /** A random store in town, retailers weighted by their share of incidents. */
    int pickStore(int town, DemoRandom &rng) const;

    /** Opening hours in minutes after midnight, [open, close). */
    static int opensAt(int retailer);
    static int closesAt(int retailer);

private:
    QList<DemoStore> m_stores;
    QList<QList<int>> m_byTown;
};

} // namespace fc
