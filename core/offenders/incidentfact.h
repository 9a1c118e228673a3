#pragma once

#include <QString>
#include <QTypeInfo>

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

// Moved in memory as a block when lists grow (its members are Qt's relocatable types).
Q_DECLARE_TYPEINFO(fc::IncidentFact, Q_RELOCATABLE_TYPE);
