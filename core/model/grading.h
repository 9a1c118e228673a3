#pragma once

#include <QString>
#include <optional>

namespace fc {

/**
 * The 3x5x2 intelligence grading of one source record (College of Policing APP, 2021):
 * source evaluation 1-3, intelligence assessment A-E, handling code P or C (+ conditions).
 * A legacy 5x5x5 grade is kept verbatim in its own fields and never coerced into 3x5x2.
 */
class Grading
{
public:
    QChar source;        // '1' reliable, '2' untested, '3' not reliable; null if ungraded
    QChar intelligence;  // 'A'..'E'; null if ungraded
    QChar handling;      // 'P' lawful sharing permitted, 'C' with conditions; null if ungraded
    QString conditions;  // handling conditions, required when handling is 'C'
    QString legacySource;       // 5x5x5 source evaluation (A-E) as given
    QString legacyIntelligence; // 5x5x5 intelligence evaluation (1-5) as given
    QString legacyHandling;     // 5x5x5 handling code (1-5) as given

    bool isGraded() const { return !source.isNull() || !intelligence.isNull() || !handling.isNull(); }
    /** "2B P" style short code, or an empty string when ungraded. */
    QString code() const;
    /** Rank for "minimum grading" filters: lower is better; ungraded ranks last. */
    int strength() const;

    /**
     * Builds a grading from text values. Returns std::nullopt and sets *error (naming the
     * offending value and what was expected) when a value is not a 3x5x2 code.
     */
    static std::optional<Grading> parse(const QString &source, const QString &intelligence,
                                         const QString &handling, const QString &conditions,
                                         QString *error);

    static QString sourceMeaning(QChar source);
    static QString intelligenceMeaning(QChar intelligence);
    static QString handlingMeaning(QChar handling);

    friend bool operator==(const Grading &, const Grading &) = default;
};

} // namespace fc
