#pragma once

#include <QDate>
#include <QString>

namespace fc {

class DemoRandom;
struct DemoPerson;

/**
 * The recording errors real exports have, applied to a controlled share of mentions: about 9%
 * easy variants that deterministic resolution undoes (letter case, name order, VRM spacing) and
 * about 5% hard ones (a one-letter typo, initials, missing or day/month-swapped date of birth,
 * a misread VRM character). What was done is reported so that the ground truth can say so.
 */
class SpellingNoise
{
public:
    enum Noise : quint8 {
        None,
        Case,
        Order,
        Typo,
        Initials,
        NoDob,
        DobSwap,
        VrmSpacing,
        VrmMisread,
        NoiseCount
    };
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
        Noise noise = None;
    };

    explicit SpellingNoise(DemoRandom *rng);

    PersonText person(const DemoPerson &person, NameStyle style);
    /** The VRM as the export writes it; canonical is "AB12 CDE". */
    QString vrm(const QString &canonical, VrmStyle style, Noise *noise);

    static QString noiseName(Noise noise);

private:
    QString typo(const QString &word);

    DemoRandom *m_rng;
};

} // namespace fc
