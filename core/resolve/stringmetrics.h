#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace fc {

/**
 * String comparisons for record linkage, written by hand so that they are fast and exactly the
 * published definitions: Jaro and Jaro–Winkler similarity (Winkler 1990: prefix scale 0.1, prefix
 * of at most four characters) and American Soundex (as in the US National Archives rules, with
 * H and W not separating consonants of the same code).
 */
class StringMetrics
{
public:
    /** Jaro similarity in [0, 1]; 1 for two empty strings. Case-sensitive: normalise first. */
    static double jaro(QStringView a, QStringView b);
    /** Jaro–Winkler similarity in [0, 1]. */
    static double jaroWinkler(QStringView a, QStringView b);
    /** Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
     *  substitutions and transpositions of two adjacent characters, each costing one). */
    static int damerauLevenshtein(QStringView a, QStringView b);
    /** In how many characters the ISO 8601 texts (yyyy-MM-dd) of two dates differ, worked out
     *  from the numbers without writing the texts; 0 when either date has no such text (invalid,
     *  or a year outside 1–9999, where QDate::toString(Qt::ISODate) is empty). */
    static int isoDateDifferences(const QDate &a, const QDate &b);
    /** The same from the parts QDate::getDate gives (all 0 for an invalid date), for a caller
     *  that has them already. */
    static int isoDateDifferences(int yearA, int monthA, int dayA, int yearB, int monthB, int dayB);
    /** Four-character Soundex code ("R163" for Robert); empty when the text has no letter A–Z. */
    static QString soundex(QStringView text);
    /** Upper-case A–Z and digits only: accents removed, punctuation and spaces dropped. */
    static QString matchForm(QStringView text);
};

} // namespace fc
