#pragma once

#include "demo/demotypes.h"

#include <QDate>
#include <QList>
#include <QString>

namespace fc {

class DemoRandom;

/**
 * The recording errors real exports have, applied to a controlled share of mentions. Standard
 * noise (the default demo): about 9% easy variants that deterministic resolution undoes (letter
 * case, name order, VRM spacing) and about 5% hard ones (a one-letter typo, initials, missing or
 * day/month-swapped date of birth, a misread VRM character), one kind per mention. Hard noise
 * (DemoNoise::Hard), the errors of hand-keyed exports, several per mention: keying typos in
 * surnames and forenames (transposed, dropped, doubled letters, a neighbouring key), all capitals,
 * "SURNAME, Forename", police style "SURNAME Forenames" and forename and surname swapped, dates of
 * birth often missing (how often is the export's own habit), day and month swapped or one digit
 * wrong, and VRMs misread (O/0, I/1, S/5, B/8) or with a character missed or added. What was done
 * is reported so that the ground truth can say so.
 */
class SpellingNoise
{
public:
    enum Noise : quint8 {
        None,
        Case,
        Order,
        Typo, // surname
        Initials,
        NoDob,
        DobSwap,
        VrmSpacing,
        VrmMisread,
        ForenameTypo, // hard noise only from here on
        PoliceStyle,
        Swapped,
        DobDigit,
        VrmDropped,
        VrmAdded,
        NoiseCount
    };
    /** The kinds of noise applied to one mention, a bit (1 << Noise) each; 0 when none. */
    using NoiseSet = quint32;
    static constexpr NoiseSet bit(Noise noise) { return noise == None ? 0 : NoiseSet(1) << noise; }
    /** How an export writes a name when nothing goes wrong. */
    enum NameStyle {
        Forward,      // "Amy Khan"
        SurnameFirst, // "KHAN, Amy"
        SplitUpper,   // forenames "AMY", surname "KHAN" in separate columns
    };

    /** How an export writes a VRM when nothing goes wrong. */
    enum VrmStyle {
        Spaced,      // "AB12 CDE"
        Compact,     // "AB12CDE"
        LowerSpaced, // "ab12 cde"
    };

    /** One written mention of a person. */
    struct PersonText
    {
        QString fullName;  // for Forward and SurnameFirst
        QString forenames; // for SplitUpper
        QString surname;
        QDate dob; // null when missing
        NoiseSet noise = 0;
    };

    explicit SpellingNoise(DemoRandom *rng, DemoNoise level = DemoNoise::Standard);

    /** A mention of a person as an export writes it. missingDob is the export's own share of
     *  mentions written without a date of birth under hard noise (standard noise ignores it). */
    PersonText person(const DemoPerson &person, NameStyle style, double missingDob = 0.0);
    /** The VRM as the export writes it; canonical is "AB12 CDE". */
    QString vrm(const QString &canonical, VrmStyle style, NoiseSet *noise);

    static QString noiseName(Noise noise);
    /** "typo+no_dob": the names of a set in the order of Noise, joined by '+'; empty for none. */
    static QString noiseNames(NoiseSet noise);

    /** The character at position misread as its look-alike (0<->O, 1<->I, 5<->S, 8<->B); the
     *  text unchanged when that character has none. */
    static QString misread(const QString &vrm, int position);
    /** Positions in text of the characters misread() can change. */
    static QList<int> misreadablePositions(const QString &text);
    /** A keying slip in a word, at position (1 <= position < size): kind 0 swaps the letter with
     *  the next one, 1 drops it, 2 doubles it, 3 replaces it by a neighbouring key on a QWERTY
     *  keyboard (the choice-th neighbour, wrapping), keeping its case. */
    static QString keyingTypo(const QString &word, int kind, int position, int choice = 0);
    /** The date with one digit of its written form yyyy-MM-dd replaced (position 0..9, not a
     *  hyphen); null when that gives no valid date or the same one. */
    static QDate dobDigit(const QDate &date, int position, int digit);

private:
    QString typo(const QString &word);
    QString hardTypo(const QString &word);
    PersonText hardPerson(const DemoPerson &person, NameStyle style, double missingDob);
    QString hardVrm(const QString &canonical, VrmStyle style, NoiseSet *noise);

    DemoRandom *m_rng;
    DemoNoise m_level;
};

} // namespace fc
