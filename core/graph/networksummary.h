#pragma once

#include <QList>
#include <QStringList>

namespace fc {

/** What one group of people did together: the figures an analyst reads first about a network. */
struct NetworkSummary
{
    QList<qint64> members;   // people, ascending id
    QList<qint64> incidents; // incidents any member offended in
    QList<qint64> vehicles;  // vehicles any member used or keeps
    QList<qint64> places;    // incident locations and members' addresses
    double totalValueGbp = 0; // summed loss of the incidents
    QString firstSeen;       // earliest incident occurredAt (ISO 8601), empty if none dated
    QString lastSeen;        // latest incident occurredAt
    QStringList areas;       // areas of the incidents and places, sorted
    qint64 ties = 0;         // tied pairs of members
    double weight = 0;       // summed tie weights (shared incidents / items / direct links)
};

} // namespace fc
