#pragma once

#include "model/grading.h"
#include "offenders/interventionregister.h"
#include "offenders/motivationregister.h"
#include "offenders/networkrole.h"
#include "offenders/persondisplay.h"
#include "resolve/resolvetypes.h"
#include "store/workspacetypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <array>
#include <optional>

namespace fc {

/** Where one fact of a profile came from: the link's source record, its organisation and grading. */
struct FactSource
{
    qint64 linkId = 0;
    qint64 importId = 0;
    QString organisation;
    QString fileName;
    Grading grading;
};

/** One incident of the person, with its place and where the person's part in it came from. */
struct ProfileIncident
{
    qint64 id = 0;
    QString reference;       // the incident's label
    QString occurredAt;
    QString offence;
    double valueGbp = 0;
    std::optional<double> harm; // the harm weight of its offence; nullopt: none set (counted 1)
    qint64 placeId = 0;
    QString place;           // store / place label
    QString area;
    QString role;            // suspect_in / offender_in
    QList<FactSource> sources;
};

/** A co-offender, vehicle or place linked to the person, with how many incidents it shares. */
struct ProfileLinked
{
    qint64 id = 0;
    QString label;
    QString detail;          // place: postcode; person: the namesake display detail
    QStringList via;         // link types it was reached through
    int incidents = 0;       // incidents of the person it shares
    QList<FactSource> sources;
};

/** The distance between two consecutive offences whose places have coordinates. */
struct ProfileLeg
{
    qint64 fromIncident = 0;
    qint64 toIncident = 0;
    double km = 0;
    qint64 days = 0;
};

/**
 * Everything FusionCell holds about one person as an offender: the incidents in order with their
 * sources and grading, totals, co-offenders, vehicles, places and areas, network and role, when
 * they offend, how far they travel, the records merged into them, the analyst's motivation
 * assessment. Built by ProfileBuilder; shown by the CLI (text and JSON) and later the profile pane.
 */
struct OffenderProfile
{
    Q_DECLARE_TR_FUNCTIONS(OffenderProfile)

public:
    PersonDisplay person;
    QList<AttributeValue> attributes;
    QList<ProfileIncident> incidents; // date order, undated last
    double totalValueGbp = 0;
    double totalHarm = 0;
    int harmWeighted = 0;
    int harmCounted = 0;
    QString firstSeen;
    QString lastSeen;
    QList<ProfileLinked> coOffenders; // most incidents shared first
    QList<ProfileLinked> vehicles;
    QList<ProfileLinked> places;
    QList<QPair<QString, int>> areas; // area and incidents there, most first
    bool networkComputed = false;
    NetworkRole network;
    std::array<int, 24> hours{};     // incidents by hour of day (those with a time)
    std::array<int, 7> weekdays{};   // Monday first (those with a date)
    int withoutTime = 0;             // dated incidents without a time of day
    QList<ProfileLeg> legs;
    double totalKm = 0;
    int legsWithoutCoordinates = 0;  // consecutive pairs where a place has no coordinates
    QList<MergeRecord> mergedFrom;
    std::optional<MotivationRecord> motivation;
    QStringList suggestedInterventions;      // for the motivation, from the analyst's table; never applied
    QList<InterventionEffect> interventions; // recorded, with offending before and after

    /** The great-circle distance in km (haversine, mean Earth radius 6371.0088 km). */
    static double haversineKm(double lat1, double lon1, double lat2, double lon2);
    static constexpr double earthRadiusKm = 6371.0088;

    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace fc
