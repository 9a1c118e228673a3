#pragma once

#include <QList>
#include <QString>

namespace fc {

/**
 * Forenames and surnames for synthetic people, in the mix seen in the North of England and the
 * Midlands. Every character is in Windows-1252, so that each export can write every name; a few
 * forenames carry accents (Zoë, Seán, Siobhán) to exercise the encodings.
 */
class NameCatalogue
{
public:
    static const QList<QString> &femaleForenames();
    static const QList<QString> &maleForenames();
    static const QList<QString> &surnames();
    /** Forename by index over female then male forenames (how the population stores them). */
    static const QString &forename(int index);
};

} // namespace fc
