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
    qint64 id = 0;
    QString offence;
    double valueGbp = 0;
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

    /** Reads incidents with from <= date <= to (either may be invalid: open). False + *error on failure. */
    bool load(Database &db, const QDate &from, const QDate &to, QString *error);
    /** Locates every place (and incidents' own coordinates), writing located places to the R*Tree index. */
    void locate(Database &db, const Projector &project);

    QList<HarmIncident> incidents;
    QHash<qint64, HarmPlace> places;
    /** Offender (person) ids of each incident (suspect_in links). */
    QHash<qint64, QList<qint64>> offenders;
    QHash<qint64, QString> offenderLabels;
    /** BNG position of each located incident (its place's, else its own), by incident index. */
    QList<std::optional<QPointF>> incidentBng;
};

} // namespace fc
