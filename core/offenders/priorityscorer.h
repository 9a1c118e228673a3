#pragma once

#include "offenders/harmlookup.h"
#include "offenders/incidentfact.h"
#include "offenders/networkrole.h"
#include "offenders/prioritybands.h"
#include "offenders/priorityscore.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <span>

namespace fc {

class OffendingHistory;

/**
 * The transparent recency-frequency-harm priority, in the spirit of the recency-frequency-gravity
 * matrices UK forces use: each factor is banded (PriorityBands) and the score is the sum of the
 * points, optionally with a network-role factor. Incidents after the as-of date are ignored.
 * Every score carries an explanation in words and numbers. Ranking: score, then harm, then the
 * more recent last incident, then the lower person id.
 */
class PriorityScorer
{
    Q_DECLARE_TR_FUNCTIONS(PriorityScorer)

public:
    explicit PriorityScorer(const PriorityBands &bands, HarmLookup harm = {});

    /** Roles used by the network factor (NetworkRoles::compute); none: nobody scores on it. */
    void setNetworkRoles(const QHash<qint64, NetworkRole> &roles) { m_roles = roles; }

    /** The score of one person's incidents (sorted or not) on the as-of date. */
    PriorityScore score(qint64 personId, std::span<const IncidentFact> incidents, const QDate &asOf,
                        bool explain = true) const;
    PriorityScore score(qint64 personId, const QList<IncidentFact> &incidents, const QDate &asOf,
                        bool explain = true) const
    {
        return score(personId, std::span<const IncidentFact>(incidents), asOf, explain);
    }
    /** Everyone in the history, ranked; previous ranks filled from previousRanks when given. */
    QList<PriorityScore> rank(const OffendingHistory &history, const QDate &asOf, bool explain = true,
                              const QHash<qint64, int> &previousRanks = {}) const;

    /** Points a value earns under a factor's bands (recency: ascending "up to"; others: "at least"). */
    static int recencyPoints(const QList<PriorityBand> &bands, int days);
    static int atLeastPoints(const QList<PriorityBand> &bands, double value);
    /** The method in one paragraph (for output next to the figures). */
    static QString method();

private:
    /** Sentences already made during one ranking, by the figures they depend on. */
    struct ExplanationCache
    {
        /** The figures a whole explanation depends on when the network is not scored. */
        struct Figures
        {
            int daysSinceLast;
            int frequency;
            double harm;
            int harmWeighted;
            int harmCounted;
            friend bool operator==(const Figures &, const Figures &) = default;
            friend size_t qHash(const Figures &f, size_t seed = 0)
            {
                return qHashMulti(seed, f.daysSinceLast, f.frequency, f.harm, f.harmWeighted, f.harmCounted);
            }
        };
        QString date;                         // the as-of date, ISO 8601, made once
        QHash<quint64, QString> sentences[4]; // score, recency, frequency, harm; by their figures packed
        QHash<Figures, QString> whole;        // whole explanations (shared) when the network is not scored
    };
    QString explanation(const PriorityScore &s, const QDate &asOf) const;
    QString explanation(const PriorityScore &s, const QDate &asOf, ExplanationCache *cache) const;

    PriorityBands m_bands;
    HarmLookup m_harm;
    QHash<qint64, NetworkRole> m_roles;
};

} // namespace fc
