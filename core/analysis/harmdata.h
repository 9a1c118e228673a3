#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <functional>
#include <optional>

namespace fc {

class Database;

/** One incident as the harm analyses see it. */
struct HarmIncident
{
    qint64 id = 0; // 0 for a group of incidents (HarmData::Reading::Grouped...)
    qint64 count = 1; // the incidents this stands for: 1, or a group's size
    QString offence;
    double valueGbp = 0; // summed over a group
    QString occurredAt; // ISO date-time text
    qint64 placeId = 0; // the location it occurred_at (after merges), 0 = none
    QString organisation; // the retailer or force that reported it
    std::optional<double> latitude, longitude; // the incident's own coordinates, if it has any
};

/** A place (location entity) with what can locate it. */
struct HarmPlace
{
    qint64 id = 0;
    QString label;
    QString subtype;
    QString postcode;
    QString lsoaCode, lsoaName;
    std::optional<double> latitude, longitude;
    // Filled by locate():
    bool located = false;
    QPointF bng; // British National Grid metres
    QString unlocatedReason;
};

/**
 * The incidents of a date range with their places, reporting organisations and offenders, read from
 * the workspace in a few set queries (no per-incident lookups), and the places located: by their
 * coordinates, else by their postcode or postcode district in the postcode table the analyst loaded.
 */
class HarmData
{
public:
    /** WGS84 latitude/longitude to BNG metres (core/geo Projection), nullopt outside the grid. */
    using Projector = std::function<std::optional<QPointF>(double latitude, double longitude)>;

    /**
     * How incidents are read. PerIncident: one HarmIncident each, with its id, date, own coordinates and
     * offenders (what the map and the offender rankings need). Grouped: one HarmIncident per place,
     * reporting organisation and offence, with the count and summed value (what the place, area, LSOA
     * and retailer rankings need; one aggregate over the entities_incident_place index);
     * GroupedByMonth adds the month (occurredAt is "yyyy-MM") for the hot spots and their PAI. Grouped
     * readings fill no offenders, and an incident that has a place is positioned by its place only
     * (incidents with no place are still read one by one, with their own coordinates).
     * GroupedByDay ("yyyy-MM-dd") and GroupedByHour ("yyyy-MM-ddTHH") are the same aggregate by day
     * or by day and hour (the trends by week, weekday or hour of the day). GroupedByMonthLatest: by
     * month, occurredAt the group's latest date-time (the monthly trends: their data's last date).
     * For a range of whole months (or open) GroupedByMonthLatest reads the monthly totals of schema 11
     * (incident_months, kept by triggers) rather than the incidents: each group's occurredAt is then its
     * month's 1st, except the group with the greatest latest date-time and one whose latest is not a
     * 1st (if any), which keep it: the data's last date and "every date is a 1st" come out as from the
     * incidents.
     */
    enum class Reading { PerIncident, Grouped, GroupedByMonth, GroupedByDay, GroupedByHour, GroupedByMonthLatest };

    /** Reads incidents with from <= date <= to (either may be invalid: open). False + *error on failure. */
    bool load(Database &db, const QDate &from, const QDate &to, QString *error,
              Reading reading = Reading::PerIncident);
    /**
     * Locates every place (and incidents' own coordinates). Writes nothing: the R*Tree of located
     * places is written by writePlaceIndex, on a writable connection of its own.
     */
    void locate(Database &db, const Projector &project);
    /** Rewrites the R*Tree place_index from the located places. False + *error on failure. */
    bool writePlaceIndex(Database &db, QString *error) const;

    QList<HarmIncident> incidents;
    QHash<qint64, HarmPlace> places;
    /** Offender (person) ids of each incident (suspect_in links). */
    QHash<qint64, QList<qint64>> offenders;
    QHash<qint64, QString> offenderLabels;
    /** The offender network (key, label) of each person in one (HarmAnalysis::findNetworks fills it). */
    QHash<qint64, std::pair<QString, QString>> networkOfOffender;
    /** BNG position of each located incident (its place's, else its own), by incident index. */
    QList<std::optional<QPointF>> incidentBng;
};

} // namespace fc
