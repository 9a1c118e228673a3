#pragma once

#include "demo/demotypes.h"

#include <QList>
#include <QSet>
#include <array>

namespace fc {

class DemoRandom;

/**
 * The synthetic people behind the demo incidents: organised groups with their shared vehicles,
 * prolific local offenders, opportunists created as incidents need them, and the police
 * nominal records (with associates) for a share of them. Everything is held compactly so that
 * a million-incident run stays within a bounded, modest amount of memory.
 */
class Population
{
public:
    /** Hard noise draws surnames as often as they are in real life (the catalogue lists the
     *  common ones first), so that namesakes are as common as in real exports; standard noise
     *  draws every surname equally often. Call before build(). */
    void setSkewedSurnames(bool skewed);

    /** Creates the groups and prolific offenders for a data set of the given size. */
    void build(int incidents, int hotspotTown, int hotspotFromDay, DemoRandom &rng);

    /** An opportunist for an incident: now and then one who offended before, else a new person
     *  living in town. */
    qint32 opportunist(int town, DemoRandom &rng);
    /** Decides which people the police hold nominal records for and who their associates are;
     *  call once, after the incidents. */
    void chooseNominals(DemoRandom &rng);

    const QList<DemoPerson> &persons() const { return m_persons; }
    DemoPerson &person(qint32 index) { return m_persons[index]; }
    const QList<DemoVehicle> &vehicles() const { return m_vehicles; }
    const QList<DemoGroup> &groups() const { return m_groups; }
    const QList<qint32> &prolifics() const { return m_prolifics; }
    /** Prolific offenders living in a town (indices into persons()). */
    QList<qint32> prolificsIn(int town) const;
    /** People with a nominal record, in PNC order of creation. */
    const QList<qint32> &nominals() const { return m_nominals; }
    /** Up to three associates (person indices, -1 when unused) of nominals()[i]. */
    const std::array<qint32, 3> &associatesOf(int nominalIndex) const
    {
        return m_associates.at(nominalIndex);
    }
    /** "97/123456X" style PNC id of a person with a nominal record. */
    QString pncId(qint32 person) const;

    static QString kindName(OffenderKind kind);
    static QString makeName(int make);
    static QString colourName(int colour);

private:
    qint32 addPerson(OffenderKind kind, int homeTown, DemoRandom &rng);
    qint32 addVehicle(qint32 group, qint32 keeper, DemoRandom &rng);
    QString newVrm(DemoRandom &rng);
    void giveNominalRecord(qint32 person, DemoRandom &rng);

    QList<DemoPerson> m_persons;
    QList<DemoVehicle> m_vehicles;
    QList<DemoGroup> m_groups;
    QList<qint32> m_prolifics;
    QList<qint32> m_repeatCandidates; // opportunists who may offend once more
    QList<qint32> m_nominals;
    QList<std::array<qint32, 3>> m_associates;
    QSet<QString> m_usedVrms;
    QList<double> m_surnameCumulative; // empty: surnames drawn uniformly
    QSet<qint64> m_usedPnc;
};

} // namespace fc
