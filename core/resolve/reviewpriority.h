#pragma once

#include "resolve/resolvetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace fc {

class Workspace;

/**
 * Orders the review queue by what a decision is worth. A pair whose merge would join two
 * different offender networks (connected components of persons linked directly or by a shared
 * incident as offender or suspect, the links of ProjectionRules) comes first, larger networks
 * first; then a pair involving a prolific offender (at least prolificIncidents incidents), more
 * incidents first; then every other pair. Within each group the pair closest to the decision
 * boundary (the middle of the review band, where the score says least) comes first; skipped
 * pairs stay at the back. The networks are found with a union-find over the workspace's links,
 * merged entities counted as one.
 */
class ReviewPriority
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPriority)

public:
    enum class Worth { JoinsNetworks, Prolific, Ordinary };

    /** A queued pair with why it stands where it does. */
    struct Ranked
    {
        ReviewItem item;
        Worth worth = Worth::Ordinary;
        int networkA = 1;  // people in side A's network (1: no links to other people)
        int networkB = 1;
        int incidentsA = 0;
        int incidentsB = 0;
        double boundary = 0; // the score the closeness is measured from
        QString reason;      // e.g. "joins two networks (7 and 3 people)"
    };

    explicit ReviewPriority(Workspace &workspace);

    /** A side with at least this many incidents is a prolific offender (default 10). */
    void setProlificIncidents(int incidents) { m_prolific = incidents; }
    int prolificIncidents() const { return m_prolific; }
    /** The decision boundary per type (default: the middle of the review band of the thresholds
     *  of the model whose saved match model the workspace holds, else of the hand-set scores). */
    void setBoundary(EntityType type, double score) { m_boundary.insert(type, score); }

    /** The items in review order, each with its reason. */
    QList<Ranked> order(const QList<ReviewItem> &items);

private:
    void findNetworks();
    qint64 find(qint64 person);
    Workspace &m_workspace;
    int m_prolific = 10;
    QHash<EntityType, double> m_boundary;
    QHash<qint64, qint64> m_parent;        // union-find over root person ids
    QHash<qint64, int> m_size;             // people per component (at its representative)
    QHash<qint64, int> m_incidents;        // distinct incidents per root person
};

} // namespace fc
