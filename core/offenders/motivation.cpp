#include "offenders/motivation.h"

#include <QCoreApplication>

namespace fc {

QList<Motivation> Motivations::all()
{
    return {Motivation::Organised, Motivation::Dependency, Motivation::Need, Motivation::Opportunistic,
            Motivation::Coerced};
}

QString Motivations::name(Motivation motivation)
{
    switch (motivation) {
    case Motivation::Organised: return QStringLiteral("organised");
    case Motivation::Dependency: return QStringLiteral("dependency");
    case Motivation::Need: return QStringLiteral("need");
    case Motivation::Opportunistic: return QStringLiteral("opportunistic");
    case Motivation::Coerced: return QStringLiteral("coerced");
    }
    return QString();
}

QString Motivations::displayName(Motivation motivation)
{
    switch (motivation) {
    case Motivation::Organised: return QCoreApplication::translate("Motivations", "Organised / for profit");
    case Motivation::Dependency: return QCoreApplication::translate("Motivations", "Dependency-driven");
    case Motivation::Need: return QCoreApplication::translate("Motivations", "Need-driven");
    case Motivation::Opportunistic: return QCoreApplication::translate("Motivations", "Opportunistic");
    case Motivation::Coerced: return QCoreApplication::translate("Motivations", "Coerced or exploited");
    }
    return QString();
}

QString Motivations::description(Motivation motivation)
{
    switch (motivation) {
    case Motivation::Organised:
        return QCoreApplication::translate("Motivations", "Steals to order or to sell on, alone or in a group.");
    case Motivation::Dependency:
        return QCoreApplication::translate("Motivations", "Offends to fund a drug or alcohol dependency.");
    case Motivation::Need:
        return QCoreApplication::translate("Motivations", "Offends out of need (food, essentials, debt).");
    case Motivation::Opportunistic:
        return QCoreApplication::translate("Motivations", "Offends when the chance arises, without planning.");
    case Motivation::Coerced:
        return QCoreApplication::translate("Motivations",
                                           "Made to offend by others: a possible victim of exploitation; "
                                           "safeguarding comes first.");
    }
    return QString();
}

std::optional<Motivation> Motivations::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Motivation m : all())
        if (n == Motivations::name(m))
            return m;
    if (n == QLatin1String("profit") || n == QLatin1String("for-profit") || n == QLatin1String("for_profit"))
        return Motivation::Organised;
    if (n == QLatin1String("dependency-driven") || n == QLatin1String("drugs") || n == QLatin1String("addiction"))
        return Motivation::Dependency;
    if (n == QLatin1String("need-driven"))
        return Motivation::Need;
    if (n == QLatin1String("exploited") || n == QLatin1String("coercion"))
        return Motivation::Coerced;
    return std::nullopt;
}

QStringList Motivations::names()
{
    QStringList out;
    for (Motivation m : all())
        out << name(m);
    return out;
}

} // namespace fc
