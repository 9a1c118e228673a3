#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/**
 * Why a person offends, as the analyst assessed it. The stored names are the lower-case ones
 * Motivations::name() gives; "coerced" marks a possible victim of exploitation (safeguarding first).
 */
enum class Motivation { Organised, Dependency, Need, Opportunistic, Coerced };

/** Names, descriptions and parsing for Motivation. */
class Motivations
{
public:
    static QList<Motivation> all();
    static QString name(Motivation motivation);             // "organised", "dependency"...
    static QString displayName(Motivation motivation);      // translated, short
    static QString description(Motivation motivation);      // translated, one sentence
    /** Accepts the names and a few spellings analysts use ("profit", "exploited", "drugs"...). */
    static std::optional<Motivation> fromName(const QString &name);
    static QStringList names();
};

} // namespace fc
