#pragma once

#include "graph/networksummary.h"

#include <QList>
#include <QtNumeric>

namespace fc {

/** One connected offender network and, if it was large enough to split, its communities. */
struct Network
{
    NetworkSummary summary;
    QList<NetworkSummary> communities; // empty unless the network was split
    double modularity = qQNaN();       // modularity of the split, NaN if not split
    bool isSplit() const { return !communities.isEmpty(); }
};

} // namespace fc
