#include "demo/spellingnoise.h"

#include "demo/demorandom.h"
#include "demo/demotypes.h"
#include "demo/namecatalogue.h"

namespace fc {

namespace {

const double kEasyShare = 0.09;
const double kHardShare = 0.05;

bool isVowel(QChar c)
{
    return QStringLiteral("aeiouAEIOU").contains(c);
}

} // namespace

SpellingNoise::SpellingNoise(DemoRandom *rng) : m_rng(rng) {}

QString SpellingNoise::noiseName(Noise noise)
{
    static const char *const kNames[NoiseCount] = {
        "", "case", "order", "typo", "initials", "no_dob", "dob_swap", "vrm_spacing", "vrm_misread"};
    return QString::fromLatin1(kNames[noise]);
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

SpellingNoise::PersonText SpellingNoise::person(const DemoPerson &person, NameStyle style)
{
    PersonText out;
    QString forenames = NameCatalogue::forename(person.forename);
    QString surname = NameCatalogue::surnames().at(person.surname);
    out.dob = QDate::fromJulianDay(person.dob);

    const double r = m_rng->real();
    if (r < kHardShare) {
        static const double kHard[] = {0.3, 0.2, 0.3, 0.2}; // typo, initials, no dob, swapped dob
        switch (m_rng->weighted(kHard)) {
        case 0:
            out.noise = Typo;
            surname = typo(surname);
            break;
        case 1:
            out.noise = Initials;
            forenames = forenames.left(1) + (style == SplitUpper ? QString() : QStringLiteral("."));
            break;
        case 2:
            out.noise = NoDob;
            out.dob = QDate();
            break;
        default:
            // Only a date whose day can be a month can be swapped; otherwise it is left out.
            if (out.dob.day() <= 12 && out.dob.day() != out.dob.month()) {
                out.noise = DobSwap;
                out.dob = QDate(out.dob.year(), out.dob.day(), out.dob.month());
            } else {
                out.noise = NoDob;
                out.dob = QDate();
            }
            break;
        }
    } else if (r < kHardShare + kEasyShare) {
        out.noise = (style != SplitUpper && m_rng->chance(0.5)) ? Order : Case;
    }

    switch (style) {
    case Forward:
        if (out.noise == Order)
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
        else if (out.noise == Case)
            out.fullName = m_rng->chance(0.7) ? (forenames + QLatin1Char(' ') + surname).toUpper()
                                              : (forenames + QLatin1Char(' ') + surname).toLower();
        else
            out.fullName = forenames + QLatin1Char(' ') + surname;
        break;
    case SurnameFirst:
        if (out.noise == Order)
            out.fullName = forenames + QLatin1Char(' ') + surname;
        else if (out.noise == Case)
            out.fullName = m_rng->chance(0.5) ? surname + QStringLiteral(", ") + forenames
                                              : (surname + QStringLiteral(", ") + forenames).toUpper();
        else
            out.fullName = surname.toUpper() + QStringLiteral(", ") + forenames;
        break;
    case SplitUpper:
        if (out.noise == Case) {
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

QString SpellingNoise::vrm(const QString &canonical, VrmStyle style, Noise *noise)
{
    QString text = canonical;
    *noise = None;
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
            *noise = VrmMisread;
        }
    } else if (r < kHardShare + kEasyShare) {
        // The other spacing: compact where the export spaces, spaced where it does not.
        *noise = VrmSpacing;
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
