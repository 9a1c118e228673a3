#include "model/linktype.h"

#include <QCoreApplication>

namespace fc {

namespace {
struct Entry
{
    const char *name;
    const char *display;
};
constexpr Entry kLinks[] = {
    {"suspect_in", QT_TRANSLATE_NOOP("LinkTypes", "Suspect in")},
    {"offender_in", QT_TRANSLATE_NOOP("LinkTypes", "Offender in")},
    {"witness_in", QT_TRANSLATE_NOOP("LinkTypes", "Witness in")},
    {"victim_in", QT_TRANSLATE_NOOP("LinkTypes", "Victim in")},
    {"occurred_at", QT_TRANSLATE_NOOP("LinkTypes", "Occurred at")},
    {"used_vehicle", QT_TRANSLATE_NOOP("LinkTypes", "Used vehicle")},
    {"registered_keeper", QT_TRANSLATE_NOOP("LinkTypes", "Registered keeper")},
    {"co_offender", QT_TRANSLATE_NOOP("LinkTypes", "Co-offender")},
    {"associate", QT_TRANSLATE_NOOP("LinkTypes", "Associate")},
    {"family", QT_TRANSLATE_NOOP("LinkTypes", "Family")},
    {"lives_at", QT_TRANSLATE_NOOP("LinkTypes", "Lives at")},
    {"uses_phone", QT_TRANSLATE_NOOP("LinkTypes", "Uses phone")},
    {"stolen_item", QT_TRANSLATE_NOOP("LinkTypes", "Stolen item")},
    {"owned_by", QT_TRANSLATE_NOOP("LinkTypes", "Owned by")},
    {"reported_by", QT_TRANSLATE_NOOP("LinkTypes", "Reported by")},
    {"member_of", QT_TRANSLATE_NOOP("LinkTypes", "Member of")},
    {"located_in", QT_TRANSLATE_NOOP("LinkTypes", "Located in")},
};
} // namespace

QStringList LinkTypes::builtIn()
{
    QStringList out;
    for (const Entry &e : kLinks)
        out << QString::fromLatin1(e.name);
    return out;
}

bool LinkTypes::isKnown(const QString &name)
{
    for (const Entry &e : kLinks)
        if (name == QLatin1String(e.name))
            return true;
    return false;
}

QString LinkTypes::displayName(const QString &name)
{
    for (const Entry &e : kLinks)
        if (name == QLatin1String(e.name))
            return QCoreApplication::translate("LinkTypes", e.display);
    return name;
}

bool LinkTypes::isPersonToPerson(const QString &name)
{
    return name == QLatin1String("co_offender") || name == QLatin1String("associate")
        || name == QLatin1String("family");
}

} // namespace fc
