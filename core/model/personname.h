#pragma once

#include <QString>

namespace fc {

/**
 * A person's name split into forenames and surname, whichever way an export writes it:
 * "Amy Khan", "KHAN, Amy", "AMY KHAN", and the police way, "KHAN Amy" (a leading word in capitals
 * followed by forenames in mixed case). "Khan Amy" is not guessed (read as forename Khan).
 * key() is the normalised form used for deterministic matching.
 */
class PersonName
{
public:
    QString forenames; // as written, whitespace collapsed
    QString surname;   // as written, whitespace collapsed

    static PersonName parse(const QString &fullName);
    static PersonName fromParts(const QString &forenames, const QString &surname);

    bool isEmpty() const { return forenames.isEmpty() && surname.isEmpty(); }
    /** "Amy KHAN": forenames in title case, surname in capitals (police nominal style). */
    QString display() const;
    /** "KHAN|AMY": upper case, accents and punctuation removed, for exact matching. */
    QString key() const;
};

} // namespace fc
