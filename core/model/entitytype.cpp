#include "model/entitytype.h"

#include <QCoreApplication>

namespace fc {

namespace {
struct Entry
{
    EntityType type;
    const char *name;
    const char *display;
};
constexpr Entry kEntries[] = {
    {EntityType::Person, "person", QT_TRANSLATE_NOOP("EntityTypes", "Person")},
    {EntityType::Vehicle, "vehicle", QT_TRANSLATE_NOOP("EntityTypes", "Vehicle")},
    {EntityType::Location, "location", QT_TRANSLATE_NOOP("EntityTypes", "Location")},
    {EntityType::Incident, "incident", QT_TRANSLATE_NOOP("EntityTypes", "Incident")},
    {EntityType::Object, "object", QT_TRANSLATE_NOOP("EntityTypes", "Object")},
    {EntityType::Organisation, "organisation", QT_TRANSLATE_NOOP("EntityTypes", "Organisation")},
};
} // namespace

QString EntityTypes::name(EntityType type)
{
    for (const Entry &e : kEntries)
        if (e.type == type)
            return QString::fromLatin1(e.name);
    return QString();
}

QString EntityTypes::displayName(EntityType type)
{
    for (const Entry &e : kEntries)
        if (e.type == type)
            return QCoreApplication::translate("EntityTypes", e.display);
    return QString();
}

std::optional<EntityType> EntityTypes::fromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const Entry &e : kEntries)
        if (n == QLatin1String(e.name))
            return e.type;
    return std::nullopt;
}

QStringList EntityTypes::names()
{
    QStringList out;
    for (const Entry &e : kEntries)
        out << QString::fromLatin1(e.name);
    return out;
}

QList<EntityType> EntityTypes::all()
{
    QList<EntityType> out;
    for (const Entry &e : kEntries)
        out << e.type;
    return out;
}

} // namespace fc
