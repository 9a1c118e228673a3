#pragma once

#include "resolve/resolvetypes.h"

#include <QCoreApplication>

namespace fc {

/**
 * Scores whether two vehicle records are the same vehicle from their registration marks (VRMs),
 * normalised to upper case without spaces. Beyond equality it knows the common misreadings 0/O,
 * 1/I, 5/S and 8/B: a mark that cannot be a current-style registration (two letters, two
 * digits, three letters) but becomes one by undoing misreadings is that registration.
 */
class VehicleScorer
{
    Q_DECLARE_TR_FUNCTIONS(VehicleScorer)

public:
    enum class VrmRelation { Same, Misread, Confusable, Different };

    /** Every confusable character folded to its letter (0→O, 1→I, 5→S, 8→B): the blocking key. */
    static QString confusableKey(const QString &vrm);
    /** Whether the mark has the current UK format AA99AAA. */
    static bool isCurrentFormat(const QString &vrm);
    /** The current-format mark a misread mark stands for, or an empty string. */
    static QString repaired(const QString &vrm);
    static VrmRelation compareVrms(const QString &a, const QString &b);

    static MatchResult score(const ResolveRecord &a, const ResolveRecord &b, bool explain);
};

} // namespace fc
