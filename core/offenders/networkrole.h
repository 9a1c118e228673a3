#pragma once

#include "graph/offenderprojection.h"

#include <QCoreApplication>
#include <QHash>

namespace fc {

class Workspace;

/** A person's place in the offender networks (core/graph's offender projection). */
struct NetworkRole
{
    int network = 0;         // 1-based, networks largest first as `fusioncell-cli networks` lists them; 0: tied to nobody
    int networkSize = 1;     // people in that network
    int degree = 0;          // distinct people tied to this one
    double tieWeight = 0;    // summed tie weights (shared incidents / items / direct links)
    bool broker = false;     // an articulation point: removing them splits their network
    double betweenness = 0;  // normalised shortest-path betweenness within their network (networkx convention)
    int coreNumber = 0;      // k-core number
    int community = 0;       // 1-based community within a split network (largest first); 0: not split
    int communityCount = 0;
    double modularity = 0;   // of the split, when split
};

/**
 * Works out network roles from the offender projection: brokers (articulation points, Boost),
 * k-core numbers, and betweenness within each person's network (Brandes, normalised by
 * (n-1)(n-2)/2 of that network). Networks are the connected components of the projection, largest
 * first, split into Leiden communities above 12 members, as NetworkFinder does.
 */
class NetworkRoles
{
    Q_DECLARE_TR_FUNCTIONS(NetworkRoles)

public:
    /** The offender projection of the whole workspace with the default rules. */
    static OffenderProjection projection(Workspace &workspace);
    /** Roles of every person in a network of two or more; betweenness only when asked (it costs most). */
    static QHash<qint64, NetworkRole> compute(const OffenderProjection &projection, bool betweenness);
    /** The full role of one person, with their community when their network is split. */
    static NetworkRole of(const OffenderProjection &projection, qint64 personId);
    /** The role in words, e.g. "broker in network 3 (14 people), betweenness 0.412". */
    static QString describe(const NetworkRole &role);
};

} // namespace fc
