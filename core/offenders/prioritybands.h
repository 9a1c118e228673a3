#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace fc {

/** One band of a priority factor: a bound and the points a value within it earns. */
struct PriorityBand
{
    double bound = 0;
    int points = 0;
    friend bool operator==(const PriorityBand &, const PriorityBand &) = default;
};

/**
 * The bands of the recency-frequency-harm priority, which the analyst can see and change (stored
 * in the workspace by PriorityStore). Recency bands are read in order and the first whose bound
 * the days since the last incident do not exceed gives the points; frequency and harm bands are
 * read in order and the first whose bound the value reaches gives them. A value no band takes
 * scores 0. Network role is an optional fourth factor (0 points by default: off).
 */
struct PriorityBands
{
    Q_DECLARE_TR_FUNCTIONS(PriorityBands)

public:
    QList<PriorityBand> recency;   // days since last incident <= bound (ascending bounds)
    QList<PriorityBand> frequency; // incidents in the window >= bound (descending bounds)
    QList<PriorityBand> harm;      // harm >= bound (descending bounds)
    int windowDays = 365;          // the frequency window, days up to the as-of date
    int harmWindowDays = 0;        // the harm window; 0 = every incident on record
    int brokerPoints = 0;          // network role: a broker (articulation point) of an offender network
    int betweennessPoints = 0;     // network role: normalised betweenness at least the threshold
    double betweennessThreshold = 0.1;

    static PriorityBands defaults();
    /** The highest score the bands allow. */
    int maximum() const;
    bool usesNetwork() const { return brokerPoints > 0 || betweennessPoints > 0; }

    QJsonObject toJson() const;
    /** nullopt + *error naming the key and what was expected when the object is not valid bands. */
    static std::optional<PriorityBands> fromJson(const QJsonObject &json, QString *error);
    /** The bands in words, one factor a line, for the CLI, the README and the UI. */
    QString describe() const;

    friend bool operator==(const PriorityBands &, const PriorityBands &) = default;
};

} // namespace fc
