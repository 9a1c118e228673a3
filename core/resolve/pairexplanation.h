#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/**
 * Why the match model scores a pair as it does, as a waterfall of match weights (bits): the
 * prior, each comparison's level and weight log2(m/u), the term-frequency adjustment, the total
 * and the match probability 2^w / (1 + 2^w). The steps sum to the total by construction; the
 * safety rules (a veto on two different dates of birth, a name without a date of birth needing
 * context) are listed as notes with their effect on the decision.
 */
class PairExplanation
{
    Q_DECLARE_TR_FUNCTIONS(PairExplanation)

public:
    /** One bar of the waterfall. */
    struct Step
    {
        QString comparison; // "prior", a comparison key, or "tf"
        QString label;      // the comparison as the analyst reads it
        QString level;      // the level that held ("null" when missing)
        QString detail;     // the values compared, e.g. "SMITH / SMYTH"
        double m = 0;       // 0 for prior and tf
        double u = 0;
        double weight = 0;  // bits
    };

    QList<Step> steps;
    QStringList notes; // safety rules applied, context evidence, reasons for review
    bool veto = false;
    double cappedProbability = -1; // when a safety rule lowered the probability, what it became

    double totalWeight() const;
    double probability() const;   // from the total weight
    double finalScore() const;    // the probability after safety rules (what the engine uses)

    QJsonObject toJson() const;
    /** A plain-text table with one line per step and a bar of '+' or '-' per half bit. */
    QStringList toText() const;
    /** Short sentences for the merge ledger and the review queue. */
    QStringList reasons() const;

    static double probabilityOf(double weight);
};

} // namespace fc
