#pragma once

#include <QString>
#include <QStringList>

namespace fc {

/**
 * The typed links between entities. Link types are stored by name so that specs can use the
 * vocabulary directly; this class knows the built-in ones and what they mean, and the display
 * names of the ones import specs declared ("link_types"), which a workspace registers when it is
 * opened or imported into (declare()).
 */
class LinkTypes
{
public:
    static QStringList builtIn();
    /** A built-in link type. */
    static bool isKnown(const QString &name);
    /** A built-in one's translated display name, a declared one's, else the name itself. */
    static QString displayName(const QString &name);
    /** Links that tie two people directly (used by the offender network projection). */
    static bool isPersonToPerson(const QString &name);

    /** Registers a link type an import spec declared, with its display name (thread-safe). */
    static void declare(const QString &name, const QString &displayName);
    static bool isDeclared(const QString &name);
};

} // namespace fc
