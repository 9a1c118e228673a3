#pragma once

#include <QList>
#include <QString>

class QMimeData;

namespace fc {

/**
 * The drag-and-drop format for entities: entity ids as decimal text, one per line, offered as
 * application/x-fusioncell-entities and, for the chart view, application/x-fusioncell-entity-ids.
 */
class EntityMimeData
{
public:
    static QString mimeType();
    static QString chartMimeType();
    static QMimeData *create(const QList<qint64> &ids);
    static void write(QMimeData *mime, const QList<qint64> &ids);
    /** The ids carried by mime; empty if it carries none. */
    static QList<qint64> ids(const QMimeData *mime);
};

} // namespace fc
