#pragma once

#include "graph/offenderprojection.h"

#include <QCoreApplication>
#include <QList>

namespace fc {

/** Two people of the association view and what ties them: the incidents and value they share. */
struct Association
{
    qint64 a = 0;                // the lower person id
    qint64 b = 0;
    double weight = 0;           // the projection's tie weight (shared incidents / items + direct links)
    QList<qint64> incidents;     // incidents both offended in, by id
    double valueGbp = 0;         // the value of those incidents
    int otherTies = 0;           // what else ties them (shared vehicles, addresses, direct links): weight - incidents

    /** "3 incidents · £450.00" (+ " · 1 other tie"); what the link of the association view says. */
    QString label() const;
};

/**
 * The association view of a network: its people linked directly to people, one link per pair,
 * from the offender projection (core/graph). Instead of a hairball of people and incidents, each
 * pair carries the incidents and value it shares, and the incidents themselves are kept for the
 * analyst to expand a link into.
 */
class AssociationGraph
{
    Q_DECLARE_TR_FUNCTIONS(AssociationGraph)

public:
    /** The associations among people (all the projection's people when empty), by pair. */
    static AssociationGraph build(const OffenderProjection &projection, const QList<qint64> &people = {});

    const QList<qint64> &people() const { return m_people; }
    const QList<Association> &associations() const { return m_associations; }
    /** The pair's association (either order), or nullptr. */
    const Association *between(qint64 a, qint64 b) const;
    QString label(qint64 entityId) const { return m_labels.value(entityId); }

private:
    QList<qint64> m_people;
    QList<Association> m_associations;
    QHash<qint64, QString> m_labels; // people and incidents
};

} // namespace fc
