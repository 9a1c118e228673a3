#pragma once

#include "demo/demotypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fc {

class DemoRandom;
class Population;
class RetailNetwork;

/**
 * Decides when, where and by whom the demo incidents happen: two years from 1 November 2024 (or
 * any number of whole months to 31 October 2026),
 * more in November-December and fewer in February, about +15% a year, and one emerging hot spot
 * town that rises over the last six months. Incidents are planned one day at a time so that any
 * number of them can be streamed to disk.
 */
class IncidentPlanner
{
public:
    /** Canonical offence values, in the order DemoIncident::offence indexes them. */
    enum Offence {
        ShopTheft,
        Robbery,
        Burglary,
        CriminalDamage,
        Assault,
        PublicOrder,
        Threats,
        Fraud,
        Other,
        OffenceCount
    };

    /** The demo spans whole months ending on 31 October 2026: by default 24, from 1 November 2024. */
    static constexpr int kDefaultMonths = 24;
    static constexpr int kMinMonths = 12;
    static constexpr int kMaxMonths = 120;

    IncidentPlanner(Population *population, const RetailNetwork *network, int hotspotTown, DemoRandom *rng,
                    int months = kDefaultMonths);

    static QDate firstDay(int months = kDefaultMonths) { return lastDay().addDays(1).addMonths(-months); }
    static QDate lastDay() { return QDate(2026, 10, 31); }
    static int dayCount(int months = kDefaultMonths) { return int(firstDay(months).daysTo(lastDay())) + 1; }
    /** First day index of the hot spot's rise (1 May 2026: six months before the end). */
    static int hotspotFromDay(int months = kDefaultMonths) { return int(firstDay(months).daysTo(QDate(2026, 5, 1))); }
    static QString offenceName(int offence);

    /** Splits the total over the days, proportionally to seasonality, weekday and trend. */
    static QList<int> dailyCounts(int total, int months = kDefaultMonths);
    /** Plans the incidents of one day, in time order. */
    QList<DemoIncident> planDay(int day, int count);

private:
    enum class Kind { Unknown, Opportunistic, Prolific, Organised };

    DemoIncident planOne(const QDate &date, int day);
    void chooseOffenders(Kind kind, int day, bool hotspot, DemoIncident *incident, int *town);
    void describe(Kind kind, DemoIncident *incident);
    QString narrative(const DemoIncident &incident, Kind kind);
    int townByPopulation();

    Population *m_population;
    const RetailNetwork *m_network;
    DemoRandom *m_rng;
    int m_hotspotTown;
    int m_months;
    QList<double> m_townWeights;
    // Cumulative activity weights, so that picking among thousands of offenders is a binary search.
    QList<double> m_prolificCumulative;
    QList<qint32> m_hotspotProlifics;
    QList<double> m_hotspotProlificCumulative;
    QList<int> m_groupsByStart;      // group indices ordered by the day they become active
    QList<int> m_groupStartDays;     // their start days, ascending
    QList<double> m_groupCumulative; // in m_groupsByStart order
};

} // namespace fc
