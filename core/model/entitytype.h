#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace fc {

/** The POLE(+) entity kinds a workspace holds. The numeric values are stored in the workspace. */
enum class EntityType {
    Person = 1,
    Vehicle = 2,
    Location = 3,
    Incident = 4,
    Object = 5,
    Organisation = 6,
};

/** Names and parsing for EntityType; the lower-case names are what specs, the CLI and JSON use. */
class EntityTypes
{
public:
    static QString name(EntityType type);
    static QString displayName(EntityType type); // translated, for the UI
    static std::optional<EntityType> fromName(const QString &name);
    static QStringList names();
    static QList<EntityType> all();
};

} // namespace fc
