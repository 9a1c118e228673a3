#pragma once

#include <QList>
#include <QString>

namespace fc {

class DemoRandom;

/** One real UK town as the demo uses it. */
struct DemoTown
{
    QString name;
    QString localAuthority; // local authority district name as ONS writes it
    QString outcode;        // a real postcode district (outward code) in the town centre
    double lat = 0;
    double lon = 0;
    int population = 0; // approximate, thousands; weights where incidents happen
};

/**
 * A hand-written catalogue of real towns and cities in the North of England and the Midlands
 * where the demo retailers have stores. These are facts written from knowledge (checked once
 * against ONS and postcode district tables) so that the product needs no data files to run.
 */
class PlaceCatalogue
{
public:
    static const QList<DemoTown> &towns();
    /** Great-circle distance in kilometres between two towns of the catalogue. */
    static double distanceKm(int a, int b);
    /** Indices of the other towns, nearest first (computed once). */
    static const QList<int> &nearest(int town);
    /** A postcode in the town: its real outward code and a generated inward code ("BL1 4QT"). */
    static QString postcode(int town, DemoRandom &rng);
};

} // namespace fc
