#include "model/linktype.h"

#include <QCoreApplication>
#include <QHash>
#include <QReadWriteLock>

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
    {"uses_vehicle", QT_TRANSLATE_NOOP("LinkTypes", "Uses vehicle")}, // person -> vehicle
    {"sighted_at", QT_TRANSLATE_NOOP("LinkTypes", "Sighted at")},     // vehicle -> location (ANPR read)
    {"seen_with", QT_TRANSLATE_NOOP("LinkTypes", "Seen with")},       // person -> person
};

// Declared link types (name -> display name), for every workspace opened in this process.
QReadWriteLock &declaredLock()
{
    static QReadWriteLock lock;
    return lock;
}
QHash<QString, QString> &declaredNames()
{
    static QHash<QString, QString> names;
    return names;
}
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
    QReadLocker lock(&declaredLock());
    return declaredNames().value(name, name);
}

void LinkTypes::declare(const QString &name, const QString &displayName)
{
    QWriteLocker lock(&declaredLock());
    declaredNames().insert(name, displayName.isEmpty() ? name : displayName);
}

bool LinkTypes::isDeclared(const QString &name)
{
    QReadLocker lock(&declaredLock());
    return declaredNames().contains(name);
}

bool LinkTypes::isPersonToPerson(const QString &name)
{
    return name == QLatin1String("co_offender") || name == QLatin1String("associate")
        || name == QLatin1String("family") || name == QLatin1String("seen_with");
}

} // namespace fc
