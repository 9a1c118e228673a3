#pragma once

#include "resolve/resolvetypes.h"

#include <QCoreApplication>

namespace fc {

/**
 * Scores whether two person records are the same person. Names are compared in match form
 * (case, accents and punctuation gone) allowing a typo (Jaro–Winkler, Soundex), an initial for
 * the forename and forename/surname the wrong way round; dates of birth may be equal, day and
 * month swapped or one digit off. Two dates of birth that differ by more keep the two apart
 * whatever their names, because merging namesakes puts an innocent person into a network.
 * Shared vehicles, co-offenders and areas only ever support a name match, never replace it.
 */
class PersonScorer
{
    Q_DECLARE_TR_FUNCTIONS(PersonScorer)

public:
    enum class NameRelation { Same, Typo, Initial, Reversed, Different };
    enum class DobRelation { Same, DayMonthSwapped, OneDigit, Missing, Different };

    static NameRelation compareNames(const NameForm &a, const NameForm &b);
    static DobRelation compareDobs(const QDate &a, const QDate &b);
    /** The score of a name relation with a date-of-birth relation, before supporting evidence. */
    static double baseScore(NameRelation name, DobRelation dob);

    /** Scores a pair; reasons are only written when explain is true (they cost time). */
    static MatchResult score(const ResolveRecord &a, const ResolveRecord &b, bool explain);
};

} // namespace fc
