#include "model/personname.h"

#include <QStringList>

#include <algorithm>

namespace fc {

namespace {

// Titles dropped from the front of a name; "Mr." and "MR" too.
bool isTitle(QStringView word)
{
    if (word.endsWith(u'.'))
        word.chop(1);
    static constexpr QStringView titles[] = {u"Mr", u"Mrs", u"Ms", u"Miss", u"Dr"};
    for (const QStringView title : titles) {
        if (word.compare(title, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Drops leading titles as long as a name is left after them ("Dr" alone stays a surname).
QStringList withoutTitles(QStringList words)
{
    while (words.size() > 1 && isTitle(words.first()))
        words.removeFirst();
    return words;
}

// "mary-jane" -> "Mary-Jane": upper case after a space, hyphen or apostrophe, lower elsewhere.
QString titleCase(const QString &text)
{
    QString out = text.toLower();
    bool startOfWord = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (startOfWord)
                out[i] = c.toUpper();
            startOfWord = false;
        } else {
            startOfWord = c.isSpace() || c == u'-' || c == u'\'' || c == QChar(0x2019);
        }
    }
    return out;
}

// Upper case without accents or punctuation: "Zoë O'Neil-Smith" -> "ZOE ONEILSMITH".
QString matchForm(const QString &text)
{
    // ASCII (most names in most exports) decomposes to itself: the same result without the
    // normalisation and the three copies after it.
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        QString out;
        out.reserve(text.size());
        bool space = false;
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == ' ' || (u >= '\t' && u <= '\r')) {
                space = !out.isEmpty();
            } else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9')) {
                if (space)
                    out += QLatin1Char(' ');
                space = false;
                out += QChar(u >= 'a' ? u - ('a' - 'A') : u);
            }
        }
        return out;
    }
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace())
            out += QLatin1Char(' ');
        else if (c.isLetterOrNumber())
            out += c;
    }
    return out.toUpper().simplified();
}

// A word written in capitals: it has two letters or more and no lower-case one ("KHAN", "O'NEILL").
bool isCapitalsWord(QStringView word)
{
    int letters = 0;
    for (const QChar c : word) {
        if (c.isLower())
            return false;
        if (c.isLetter())
            ++letters;
    }
    return letters >= 2;
}

// An initial: one letter, with or without a dot ("J", "J.").
bool isInitial(QStringView word)
{
    if (word.endsWith(u'.'))
        word.chop(1);
    return word.size() == 1 && word.at(0).isLetter();
}

// How many leading words are a surname written the police way, "ALBANESE Giuseppe Domenico" or
// "DE LA CRUZ Maria": capitals words, then forenames none of which is in capitals (initials
// aside) and one at least written in mixed or lower case. 0 when the name is not written so
// ("Amy KHAN", "AMY KHAN", which is ambiguous and read forenames first, "Mary-Jane O'NEILL").
qsizetype policeSurnameWords(const QStringList &words)
{
    qsizetype surnameWords = 0;
    while (surnameWords < words.size() && isCapitalsWord(words.at(surnameWords)))
        ++surnameWords;
    if (surnameWords == 0 || surnameWords == words.size())
        return 0;
    bool mixed = false;
    for (qsizetype i = surnameWords; i < words.size(); ++i) {
        if (isInitial(words.at(i)))
            continue;
        if (isCapitalsWord(words.at(i)))
            return 0;
        mixed = true;
    }
    return mixed ? surnameWords : 0;
}

} // namespace

PersonName PersonName::parse(const QString &fullName)
{
    const QString name = fullName.simplified();
    PersonName result;
    if (name.isEmpty())
        return result;
    const qsizetype comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0) {
        // "KHAN, Amy": surname first.
        result.surname = withoutTitles(name.left(comma).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                             .join(QLatin1Char(' '));
        const QStringList words =
            withoutTitles(name.mid(comma + 1).simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts));
        result.forenames = words.join(QLatin1Char(' ')).remove(QLatin1Char(',')).simplified();
        return result;
    }
    QStringList words = withoutTitles(name.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    if (const qsizetype n = policeSurnameWords(words); n > 0) {
        // "KHAN Amy": surname first, as police systems write a nominal.
        result.surname = words.mid(0, n).join(QLatin1Char(' '));
        result.forenames = words.mid(n).join(QLatin1Char(' '));
        return result;
    }
    result.surname = words.takeLast();
    result.forenames = words.join(QLatin1Char(' '));
    return result;
}

PersonName PersonName::fromParts(const QString &forenames, const QString &surname)
{
    PersonName result;
    result.forenames = forenames.simplified();
    result.surname = surname.simplified();
    return result;
}

QString PersonName::display() const
{
    const QString first = titleCase(forenames);
    const QString last = surname.toUpper();
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    return first + QLatin1Char(' ') + last;
}

QString PersonName::key() const
{
    return matchForm(surname) + QLatin1Char('|') + matchForm(forenames);
}

} // namespace fc
