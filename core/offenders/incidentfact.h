#pragma once

#include <QString>

namespace fc {

/** One incident a person is recorded as offending in (suspect or offender), as the priority reads it. */
struct IncidentFact
{
    qint64 incidentId = 0;
    QString occurredAt; // ISO 8601 as stored; empty when undated
    qint64 day = 0;     // Julian day of occurredAt; 0 when undated
    QString offence;    // canonical offence category
    double valueGbp = 0;
};

} // namespace fc
