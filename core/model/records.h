#pragma once

#include "model/entitytype.h"
#include "model/grading.h"

#include <QString>

namespace fc {

/** An entity as the workspace lists it: enough to draw, label and analyse it. */
struct EntityRecord
{
    qint64 id = 0;
    EntityType type = EntityType::Person;
    QString subtype;    // e.g. "store", "phone"
    QString label;      // display label (name, VRM, reference...)
    QString occurredAt; // incidents: ISO 8601 date-time; empty otherwise
    double valueGbp = 0; // incidents: loss value; 0 otherwise
    QString area;       // locations: town or district; incidents: the area of their place if known
    QString offence;    // incidents: canonical offence (shop_theft, robbery...)
};

/** A typed link between two entities with the provenance needed to filter it. */
struct LinkRecord
{
    qint64 id = 0;
    QString type;          // see LinkTypes
    qint64 from = 0;
    qint64 to = 0;
    QString occurredAt;    // ISO 8601, may be empty
    QString organisation;  // source organisation of the record it came from
    qint64 importId = 0;
    Grading grading;       // grading of the source record it came from
    double weight = 1;     // strength given by the source (edge lists); 1 otherwise
};

} // namespace fc
