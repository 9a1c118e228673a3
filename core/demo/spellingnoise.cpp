#include "demo/spellingnoise.h"

#include "demo/demorandom.h"
#include "demo/demotypes.h"
#include "demo/namecatalogue.h"

namespace fc {

namespace {

const double kEasyShare = 0.09;
const double kHardShare = 0.05;

// Hard noise: the share of retailer mentions each error is drawn for, independently (so that a
// mention can carry several). Calibrated so that the resolution engine of December 2026 scores on
// a hard demo about what it scored on hand-keyed exports (issue 14): see bench_resolve.
const double kSurnameTypo = 0.12;
const double kForenameTypo = 0.07;
const double kInitials = 0.04;
const double kDobSwap = 0.04; // of the dates written
const double kDobDigit = 0.03;
// Name layouts, one per mention: as the export writes it, all capitals (or lower case),
// the other order, police style, forename and surname swapped.
const double kLayouts[] = {0.66, 0.12, 0.10, 0.08, 0.04};
const double kVrmMisread = 0.06;
const double kVrmDropped = 0.02;
const double kVrmAdded = 0.02;
const double kVrmSpacing = 0.09;

// Neighbouring keys on a UK QWERTY keyboard, for each letter a-z.
const char *const kNeighbours[26] = {
    "qwsz", "vghn", "xdfv", "serfcx", "wrsd", "drtgvc", "ftyhbv", "gyujnb", "uojk", "huikmn",
    "jiolm", "kop", "njk", "bhjm", "ipkl", "ol", "wa", "etdf", "awedxz", "ryfg",
    "yihj", "cfgb", "qeas", "zsdc", "tugh", "asx"};

// What a misread VRM character is taken for, both ways round.
const char kMisreadFrom[] = "0O1I5S8B";
const char kMisreadTo[] = "O0I1S5B8";

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouAEIOU").contains(c);
}

} // namespace

SpellingNoise::SpellingNoise(DemoRandom *rng, DemoNoise level) : m_rng(rng), m_level(level) {}

QString SpellingNoise::noiseName(Noise noise)
{
    static const char *const kNames[NoiseCount] = {
        "",         "case",        "order",       "typo",          "initials",
        "no_dob",   "dob_swap",    "vrm_spacing", "vrm_misread",   "forename_typo",
        "police_style", "swapped", "dob_digit",   "vrm_dropped",   "vrm_added"};
    return QString::fromLatin1(kNames[noise]);
}

QString SpellingNoise::noiseNames(NoiseSet noise)
{
    QString out;
    for (int n = 1; n < NoiseCount; ++n) {
        if (noise & bit(Noise(n))) {
            if (!out.isEmpty())
                out += QLatin1Char('+');
            out += noiseName(Noise(n));
        }
    }
    return out;
}

QString SpellingNoise::typo(const QString &word)
{
    // One-letter slips as seen in typed reports: Khan -> Kahn, Smith -> Smyth, Hall -> Hal.
    for (int attempt = 0; attempt < 8; ++attempt) {
        QString out = word;
        const int n = int(word.size());
        switch (m_rng->below(3)) {
        case 0: { // swap two neighbouring letters inside the word
            if (n < 3)
                break;
            const int i = m_rng->range(1, n - 2);
            std::swap(out[i], out[i + 1]);
            break;
        }
        case 1: { // a vowel becomes another vowel
            QList<int> vowels;
            for (int i = 1; i < n; ++i)
                if (isVowel(word.at(i)))
                    vowels << i;
            if (vowels.isEmpty())
                break;
            static const char kVowels[] = "aeiouy";
            out[vowels.at(m_rng->range(0, int(vowels.size()) - 1))] = QLatin1Char(kVowels[m_rng->below(6)]);
            break;
        }
        default: // a letter dropped
            if (n < 5)
                break;
            out.remove(m_rng->range(1, n - 1), 1);
            break;
        }
        if (out.compare(word, Qt::CaseInsensitive) != 0)
            return out;
    }
    return word + word.right(1); // doubled last letter: always a change
}

SpellingNoise::PersonText SpellingNoise::person(const DemoPerson &person, NameStyle style, double missingDob)
{
    if (m_level == DemoNoise::Hard)
        return hardPerson(person, style, missingDob);
    PersonText out;
    QString forenames = NameCatalogue::forename(person.forename);
    QString surname = NameCatalogue::surnames().at(person.surname);
    out.dob = QDate::fromJulianDay(person.dob);

    Noise noise = None;
    const double r = m_rng->real();
    if (r < kHardShare) {
        static const double kHard[] = {0.3, 0.2, 0.3, 0.2}; // typo, initials, no dob, swapped dob
        switch (m_rng->weighted(kHard)) {
        case 0:
            noise = Typo;
            surname = typo(surname);
            break;
        case 1:
            noise = Initials;
            forenames = forenames.left(1) + (style == SplitUpper ? QString() : QStringLiteral("."));
            break;
        case 2:
            noise = NoDob;
            out.dob = QDate();
            break;
        default:
            // Only a date whose day can be a month can be swapped; otherwise it is left out.
            if (out.dob.day() <= 12 && out.dob.day() != out.dob.month()) {
                noise = DobSwap;
                out.dob = QDate(out.dob.year(), out.dob.day(), out.dob.month());
            } else {
                noise = NoDob;
                out.dob = QDate();
            }
            break;
        }
    } else if (r < kHardShare + kEasyShare) {
        noise = (style != SplitUpper && m_rng->chance(0.5)) ? Order : Case;
    }
    out.noise = bit(noise);

    switch (style) {
    case Forward:
        if (noise == Order)
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
        else if (noise == Case)
            out.fullName = m_rng->chance(0.7) ? (forenames + QLatin1Char(' ') + surname).toUpper()
                                              : (forenames + QLatin1Char(' ') + surname).toLower();
        else
            out.fullName = forenames + QLatin1Char(' ') + surname;
        break;
    case SurnameFirst:
        if (noise == Order)
            out.fullName = forenames + QLatin1Char(' ') + surname;
        else if (noise == Case)
            out.fullName = m_rng->chance(0.5) ? surname + QStringLiteral(", ") + forenames
                                              : (surname + QStringLiteral(", ") + forenames).toUpper();
        else
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
        break;
    case SplitUpper:
        if (noise == Case) {
            out.forenames = forenames;
            out.surname = surname;
        } else {
            out.forenames = forenames.toUpper();
            out.surname = surname.toUpper();
        }
        break;
    }
    return out;
}

QString SpellingNoise::vrm(const QString &canonical, VrmStyle style, NoiseSet *noiseSet)
{
    if (m_level == DemoNoise::Hard)
        return hardVrm(canonical, style, noiseSet);
    QString text = canonical;
    Noise noise = None;
    const double r = m_rng->real();
    if (r < kHardShare) {
        // Misread characters: 0/O, 1/I, 5/S, 8/B, either way round.
        static const char kFrom[] = "0O1I5S8B";
        static const char kTo[] = "O0I1S5B8";
        QList<int> positions;
        for (int i = 0; i < text.size(); ++i)
            if (QByteArrayView(kFrom).contains(char(text.at(i).unicode())))
                positions << i;
        if (!positions.isEmpty()) {
            const int i = positions.at(m_rng->range(0, int(positions.size()) - 1));
            const int k = int(QByteArrayView(kFrom).indexOf(char(text.at(i).unicode())));
            text[i] = QLatin1Char(kTo[k]);
            noise = VrmMisread;
        }
    } else if (r < kHardShare + kEasyShare) {
        // The other spacing: compact where the export spaces, spaced where it does not.
        noise = VrmSpacing;
        style = style == Compact ? Spaced : (style == Spaced ? Compact : LowerSpaced);
        if (style == LowerSpaced)
            text.remove(QLatin1Char(' '));
    }
    *noiseSet = bit(noise);
    switch (style) {
    case Spaced:
        return text;
    case Compact:
        return QString(text).remove(QLatin1Char(' '));
    case LowerSpaced:
        return text.toLower();
    }
    return text;
}

QString SpellingNoise::misread(const QString &vrm, int position)
{
    QString out = vrm;
    if (position < 0 || position >= out.size())
        return out;
    const qsizetype k = QByteArrayView(kMisreadFrom).indexOf(char(out.at(position).unicode()));
    if (k >= 0 && out.at(position).unicode() < 128)
        out[position] = QLatin1Char(kMisreadTo[k]);
    return out;
}

QList<int> SpellingNoise::misreadablePositions(const QString &text)
{
    QList<int> positions;
    for (int i = 0; i < text.size(); ++i)
        if (text.at(i).unicode() < 128 && QByteArrayView(kMisreadFrom).contains(char(text.at(i).unicode())))
            positions << i;
    return positions;
}

QString SpellingNoise::keyingTypo(const QString &word, int kind, int position, int choice)
{
    QString out = word;
    const int n = int(word.size());
    if (position < 0 || position >= n)
        return out;
    switch (kind) {
    case 0: // transposed with the next letter: Khan -> Kahn
        if (position + 1 < n)
            std::swap(out[position], out[position + 1]);
        break;
    case 1: // dropped: Hall -> Hal
        out.remove(position, 1);
        break;
    case 2: // doubled: Patel -> Pattel
        out.insert(position, word.at(position));
        break;
    default: { // a neighbouring key: Smith -> Smitg
        const QChar c = word.at(position);
        const char16_t lower = c.toLower().unicode();
        if (lower < u'a' || lower > u'z')
            break;
        const char *near = kNeighbours[lower - u'a'];
        const QChar replacement = QLatin1Char(near[choice % int(qstrlen(near))]);
        out[position] = c.isUpper() ? replacement.toUpper() : replacement;
        break;
    }
    }
    return out;
}

QDate SpellingNoise::dobDigit(const QDate &date, int position, int digit)
{
    QString text = date.toString(Qt::ISODate);
    if (position < 0 || position >= text.size() || !text.at(position).isDigit() || digit < 0 || digit > 9)
        return QDate();
    text[position] = QLatin1Char(char('0' + digit));
    const QDate out = QDate::fromString(text, Qt::ISODate);
    return out.isValid() && out != date ? out : QDate();
}

QString SpellingNoise::hardTypo(const QString &word)
{
    // Never the first letter: it is the one a keyer looks at.
    const int n = int(word.size());
    for (int attempt = 0; attempt < 8 && n >= 3; ++attempt) {
        const int kind = int(m_rng->below(4));
        if (kind == 1 && n < 4)
            continue;
        const int position = m_rng->range(1, kind == 0 ? n - 2 : n - 1);
        const QString out = keyingTypo(word, kind, position, int(m_rng->below(8)));
        if (out.compare(word, Qt::CaseInsensitive) != 0)
            return out;
    }
    return word + word.right(1);
}

SpellingNoise::PersonText SpellingNoise::hardPerson(const DemoPerson &person, NameStyle style,
                                                    double missingDob)
{
    PersonText out;
    QString forenames = NameCatalogue::forename(person.forename);
    QString surname = NameCatalogue::surnames().at(person.surname);
    QDate dob = QDate::fromJulianDay(person.dob);
    NoiseSet noise = 0;

    if (m_rng->chance(kSurnameTypo)) {
        surname = hardTypo(surname);
        noise |= bit(Typo);
    }
    if (m_rng->chance(kInitials)) {
        forenames = forenames.left(1) + (style == SplitUpper ? QString() : QStringLiteral("."));
        noise |= bit(Initials);
    } else if (m_rng->chance(kForenameTypo)) {
        forenames = hardTypo(forenames);
        noise |= bit(ForenameTypo);
    }

    const double d = m_rng->real();
    if (d < missingDob) {
        dob = QDate();
        noise |= bit(NoDob);
    } else if (d < missingDob + (1 - missingDob) * kDobSwap) {
        if (dob.day() <= 12 && dob.day() != dob.month()) {
            dob = QDate(dob.year(), dob.day(), dob.month());
            noise |= bit(DobSwap);
        }
    } else if (d < missingDob + (1 - missingDob) * (kDobSwap + kDobDigit)) {
        // A digit of the year's last two, the month or the day (the century is seldom mistyped);
        // a slip that makes the offender unborn or a child is noticed and not written, as an
        // importer would reject the row.
        static const int kPositions[] = {2, 3, 5, 6, 8, 9};
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QDate slipped = dobDigit(dob, kPositions[m_rng->below(6)], int(m_rng->below(10)));
            if (slipped.isValid() && slipped.year() >= 1930 && slipped.year() <= 2010) {
                dob = slipped;
                noise |= bit(DobDigit);
                break;
            }
        }
    }
    out.dob = dob;

    static const Noise kLayoutNoise[] = {None, Case, Order, PoliceStyle, Swapped};
    Noise layout = kLayoutNoise[m_rng->weighted(kLayouts)];
    if (style == SplitUpper && (layout == Order || layout == PoliceStyle))
        layout = None; // separate columns have no order to get wrong
    noise |= bit(layout);
    const QString space = QStringLiteral(" ");
    switch (style) {
    case Forward: // "Amy Khan"
        switch (layout) {
        case Case:
            out.fullName = m_rng->chance(0.7) ? (forenames + space + surname).toUpper()
                                              : (forenames + space + surname).toLower();
            break;
        case Order:
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
            break;
        case PoliceStyle:
            out.fullName = surname.toUpper() + space + forenames;
            break;
        case Swapped:
            out.fullName = surname + space + forenames;
            break;
        default:
            out.fullName = forenames + space + surname;
            break;
        }
        break;
    case SurnameFirst: // "KHAN, Amy"
        switch (layout) {
        case Case:
            out.fullName = m_rng->chance(0.5) ? surname + QStringLiteral(", ") + forenames
                                              : (surname + QStringLiteral(", ") + forenames).toUpper();
            break;
        case Order:
            out.fullName = forenames + space + surname;
            break;
        case PoliceStyle:
            out.fullName = surname.toUpper() + space + forenames;
            break;
        case Swapped:
            out.fullName = forenames.toUpper() + QStringLiteral(", ") + surname;
            break;
        default:
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
            break;
        }
        break;
    case SplitUpper: // "AMY" | "KHAN"
        if (layout == Case) {
            out.forenames = forenames;
            out.surname = surname;
        } else if (layout == Swapped) {
            out.forenames = surname.toUpper();
            out.surname = forenames.toUpper();
        } else {
            out.forenames = forenames.toUpper();
            out.surname = surname.toUpper();
        }
        break;
    }
    out.noise = noise;
    return out;
}

QString SpellingNoise::hardVrm(const QString &canonical, VrmStyle style, NoiseSet *noise)
{
    QString text = canonical;
    *noise = 0;
    const double r = m_rng->real();
    if (r < kVrmMisread) {
        const QList<int> positions = misreadablePositions(text);
        if (!positions.isEmpty()) {
            text = misread(text, positions.at(m_rng->range(0, int(positions.size()) - 1)));
            *noise |= bit(VrmMisread);
        }
    } else if (r < kVrmMisread + kVrmDropped) {
        int i = m_rng->range(0, int(text.size()) - 1);
        if (text.at(i) == QLatin1Char(' '))
            ++i;
        text.remove(i, 1);
        *noise |= bit(VrmDropped);
    } else if (r < kVrmMisread + kVrmDropped + kVrmAdded) {
        static const char kCharacters[] = "ABCDEFGHJKLMNOPRSTUVWXY0123456789";
        text.insert(m_rng->range(0, int(text.size())),
                    QLatin1Char(kCharacters[m_rng->below(sizeof(kCharacters) - 1)]));
        *noise |= bit(VrmAdded);
    }
    if (m_rng->chance(kVrmSpacing)) {
        *noise |= bit(VrmSpacing);
        style = style == Compact ? Spaced : (style == Spaced ? Compact : LowerSpaced);
        if (style == LowerSpaced)
            text.remove(QLatin1Char(' '));
    }
    switch (style) {
    case Spaced:
        return text;
    case Compact:
        return QString(text).remove(QLatin1Char(' '));
    case LowerSpaced:
        return text.toLower();
    }
    return text;
}

} // namespace fc
