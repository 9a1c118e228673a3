#pragma once

#include <QString>
#include <QStringList>

namespace fc {

/**
 * The typed links between entities. Link types are stored by name so that specs can use the
 * vocabulary directly; this class knows the built-in ones and what they mean.
 */
class LinkTypes
{
public:
    static QStringList builtIn();
    static bool isKnown(const QString &name);
    static QString displayName(const QString &name);
    /** Links that tie two people directly (used by the offender network projection). */
    static bool isPersonToPerson(const QString &name);
};

} // namespace fc
