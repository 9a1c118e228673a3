#pragma once

#include <QString>

namespace fc {

/** One person's recency-frequency-harm priority: every figure the score was made from, and why. */
struct PriorityScore
{
    qint64 personId = 0;
    QString label;
    QString lastSeen;        // occurredAt of the last incident on or before the as-of date
    int daysSinceLast = -1;  // -1: no dated incident
    int frequency = 0;       // incidents in the frequency window
    double harm = 0;         // weighted harm in the harm window
    int harmWeighted = 0;    // incidents whose offence has a harm weight
    int harmCounted = 0;     // incidents counted 1 for want of a weight
    int recencyPoints = 0;
    int frequencyPoints = 0;
    int harmPoints = 0;
    int networkPoints = 0;
    QString networkRole;     // in words, empty when the network is not scored
    int score = 0;
    int rank = 0;            // 1 = highest priority
    int previousRank = 0;    // at the last review; 0 when the person was not ranked then
    QString explanation;     // the score in words and numbers
};

} // namespace fc
