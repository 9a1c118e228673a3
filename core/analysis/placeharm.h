#pragma once

#include "analysis/harmdata.h"
#include "analysis/harmtable.h"

#include <QPointF>
#include <functional>

namespace fc {

/** One ranked row: a place, area, retailer or offender with its harm, counts and value. */
struct HarmRow
{
    QString key;   // place/offender id, area code, organisation
    QString label;
    qint64 incidents = 0;
    qint64 unweightedIncidents = 0; // incidents whose offence has no weight (not in harm)
    double harm = 0;
    double valueGbp = 0;
    double share = 0; // of the total harm
    int rank = 0;     // 1 = most harm; ties broken by incidents, then label
    bool located = false;
    QPointF bng;      // BNG metres, when located
    QString unlocatedReason;
};

/** Incidents of one offence with no weight in the harm table. */
struct UnweightedOffence
{
    QString offence;
    qint64 incidents = 0;
};

/** The result of PlaceHarm::rank: every group, nothing dropped, with totals and the method. */
struct PlaceHarmResult
{
    QString groupBy;    // place | area | lsoa | retailer | offender
    QString harmTable;  // title and edition
    QString unit;
    QString method;     // what was summed, and the caveats
    QList<HarmRow> rows; // ranked
    double totalHarm = 0;
    qint64 totalIncidents = 0;
    double totalValueGbp = 0;
    QList<UnweightedOffence> unweighted; // by incidents, descending
};

/**
 * Harm, counts and value summed per place, area (local authority through a lookup the caller gives,
 * or LSOA when the data names one), retailer (the reporting organisation) or offender, ranked, with
 * each group's share of the total harm. Incidents with no place or an unlocated place are kept in
 * rows of their own with the reason; an offence with no weight adds no harm and is listed.
 */
class PlaceHarm
{
public:
    enum class GroupBy { Place, Area, Lsoa, Retailer, Offender };
    static std::optional<GroupBy> groupByFromName(const QString &name);
    static QString name(GroupBy by);

    /** Area (code, name) of a BNG point, or an empty code when outside every area. */
    using AreaLookup = std::function<std::pair<QString, QString>(QPointF bng)>;

    static PlaceHarmResult rank(const HarmData &data, const HarmTable &table, GroupBy by,
                                const AreaLookup &areaOf = {});
};

} // namespace fc
