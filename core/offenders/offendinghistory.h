#pragma once

#include "offenders/incidentfact.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace fc {

class Workspace;

/**
 * Who offended in what, read from the workspace in one pass: for every live person, the distinct
 * live incidents they are linked to as suspect or offender (merges followed), in date order. The
 * priority and the before/after windows read this rather than the workspace.
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

    const QHash<qint64, QList<IncidentFact>> &byPerson() const { return m_incidents; }
    QList<IncidentFact> of(qint64 personId) const { return m_incidents.value(personId); }
    QString label(qint64 personId) const { return m_labels.value(personId); }
    int personCount() const { return int(m_incidents.size()); }

    /** The Julian day of an ISO 8601 date or date-time ("2025-03-01T10:00"), 0 if not one. */
    static qint64 julianDay(QStringView iso);

private:
    QHash<qint64, QList<IncidentFact>> m_incidents;
    QHash<qint64, QString> m_labels;
};

} // namespace fc
