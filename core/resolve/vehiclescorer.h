#pragma once

#include "resolve/resolvetypes.h"

#include <QCoreApplication>

namespace fc {

/**
 * Scores whether two vehicle records are the same vehicle from their registration marks (VRMs),
 * normalised to upper case without spaces. Beyond equality it knows the common misreadings 0/O,
 * 1/I, 5/S and 8/B: a mark that cannot be a current-style registration (two letters, two
 * digits, three letters) but becomes one by undoing misreadings is that registration. A mark one
 * character shorter or longer than a current-style mark (a character missed or added in keying),
 * the rest agreeing up to those misreadings, is that registration too (OneCharacter); when neither
 * is a current-style mark it is only a candidate for review.
 */
class VehicleScorer
{
    Q_DECLARE_TR_FUNCTIONS(VehicleScorer)

public:
    enum class VrmRelation { Same, Misread, OneCharacter, Confusable, OneCharacterUnsure, Different };

    /** Every confusable character folded to its letter (0→O, 1→I, 5→S, 8→B): the blocking key. */
    static QString confusableKey(const QString &vrm);
    /** Whether the mark has the current UK format AA99AAA. */
    static bool isCurrentFormat(const QString &vrm);
    /** The current-format mark a misread mark stands for, or an empty string. */
    static QString repaired(const QString &vrm);
    static VrmRelation compareVrms(const QString &a, const QString &b);
    /** Whether the longer mark with one character removed is the shorter (lengths differ by one). */
    static bool oneCharacterApart(const QString &a, const QString &b);
    /** Blocking keys of a mark: its confusable key and the keys with each character removed, so
     *  that a mark with a character missed or added meets the mark it stands for. */
    static QStringList blockingKeys(const QString &vrm);

    static MatchResult score(const ResolveRecord &a, const ResolveRecord &b, bool explain);
};

} // namespace fc
