#pragma once

#include <QDate>
#include <QList>
#include <QString>

// Plain data the demo generator passes between its parts. Kept compact (indices, not strings)
// because a million-incident run holds every person and vehicle in memory.

namespace fc {

/** How much recording noise the demo exports carry (DemoOptions::noise). */
enum class DemoNoise : quint8 {
    Standard, // the default demo: 14% of mentions with one easy or hard variant each
    Hard,     // the errors of hand-keyed real exports, several per mention (see SpellingNoise)
};

/** How an offender behaves; the values are written to the ground truth by name. */
enum class OffenderKind : quint8 { Opportunistic, Prolific, Organised, Associate };

/** A synthetic person: an offender, or a police nominal who is only somebody's associate. */
struct DemoPerson
{
    qint32 forename = 0; // NameCatalogue::forename index
    qint32 surname = 0;  // NameCatalogue::surnames index
    qint64 dob = 0;      // QDate Julian day
    OffenderKind kind = OffenderKind::Opportunistic;
    qint32 group = -1;    // index into the group list, -1 if none
    qint32 vehicle = -1;  // vehicle this person is the registered keeper of, -1 if none
    qint16 homeTown = 0;  // PlaceCatalogue index
    qint32 incidents = 0; // incidents this person took part in
    qint32 pncSerial = 0; // > 0 when the police hold a nominal record
    qint8 pncYear = 0;    // two-digit year of the first police record
    float rate = 1;       // relative activity (prolific offenders)
};

/** A vehicle used in incidents. */
struct DemoVehicle
{
    QString vrm;     // canonical "AB12 CDE"
    qint16 make = 0; // index into the generator's make list
    qint16 colour = 0;
    qint32 group = -1;
    qint32 keeper = -1; // person index of the registered keeper, -1 if unknown
};

/** An organised group that travels between towns and co-offends. */
struct DemoGroup
{
    QList<qint32> members;  // person indices
    QList<qint32> vehicles; // vehicle indices
    QList<int> towns;       // PlaceCatalogue indices, the base town first
    int activeFromDay = 0;  // day index (from the first day) when the group starts offending
    double rate = 1;        // relative activity
};

/** A store of one retailer. */
struct DemoStore
{
    int retailer = 0;
    QString key; // the retailer's own store number or code
    QString name;
    int town = 0;
    QString postcode;
    double lat = 0;
    double lon = 0;
};

/** One incident, ready to be written by the retailer's writer. */
struct DemoIncident
{
    int retailer = 0;
    int store = 0; // index into the store list
    QDate date;
    int minuteOfDay = 0;
    int second = 0;
    int offence = 0; // DemoIncidentPlanner offence index (canonical order)
    QString goods;
    qint64 valuePence = 0;
    bool violence = false;
    QList<qint32> offenders; // person indices, may be empty (no identified suspect)
    qint32 vehicle = -1;
    QString narrative;
};

} // namespace fc
