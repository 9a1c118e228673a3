#pragma once

#include "offenders/incidentfact.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <span>
#include <utility>
#include <vector>

namespace fc {

class Workspace;

/** A person's incidents as held by OffendingHistory (a view: valid while the history is). */
struct IncidentSpan : std::span<const IncidentFact>
{
    using std::span<const IncidentFact>::span;
    bool isEmpty() const { return empty(); }
};

/**
 * Who offended in what, read from the workspace in one pass: for every live person, the distinct
 * live incidents they are linked to as suspect or offender (merges followed), in date order. The
 * priority and the before/after windows read this rather than the workspace. All incidents are held
 * in one array, each person's as one run of it (people in id order), so nothing is copied to read them.
 */
class OffendingHistory
{
public:
    static QStringList offenderLinkTypes();
    static OffendingHistory load(Workspace &workspace);

    /** Adds an incident to a person (tests and benchmarks); call finish() after the last. */
    void add(qint64 personId, const QString &label, const IncidentFact &incident);
    /** Sorts every person's incidents by date and drops repeats of one incident. */
    void finish();

    /** The people with at least one incident, in id order: the i-th's id, label and incidents. */
    int personCount() const { return int(m_people.size()); }
    qint64 personAt(int i) const { return m_people[size_t(i)]; }
    const QString &labelAt(int i) const { return m_labels[size_t(i)]; }
    IncidentSpan incidentsAt(int i) const
    {
        return IncidentSpan(m_incidents.data() + m_begin[size_t(i)], m_begin[size_t(i) + 1] - m_begin[size_t(i)]);
    }
    /** A person's incidents (empty when none). */
    IncidentSpan of(qint64 personId) const;
    QString label(qint64 personId) const;

private:
    int indexOf(qint64 personId) const;
    /** Sorts each person's run and drops repeats, closing the gaps. */
    void sortRuns();

    std::vector<qint64> m_people;          // ascending
    std::vector<QString> m_labels;         // by person index
    std::vector<size_t> m_begin;           // person i's run is [m_begin[i], m_begin[i + 1])
    std::vector<IncidentFact> m_incidents; // all, by person then date
    // Added (add()) and not yet finished.
    std::vector<std::pair<qint64, IncidentFact>> m_added;
    QHash<qint64, QString> m_addedLabels;
};

} // namespace fc
