#pragma once

#include "model/entitytype.h"

#include <QColor>
#include <QPixmap>
#include <QString>

class QPainter;
class QRectF;

namespace fc {

/**
 * The entity-type icons (the SVG files in resources/icons) and colours. Icons are rasterised once per type
 * and cached as pixmaps for screen drawing; exports to SVG and PDF draw the SVG itself so that
 * print output stays sharp.
 */
class EntityIcons
{
public:
    /** The icon resource for a type; locations of subtype "store" get the store icon. */
    static QString resourcePath(EntityType type, const QString &subtype = QString());
    static QColor colour(EntityType type);
    static QPixmap pixmap(EntityType type, const QString &subtype = QString());
    /** Draws the icon into rect: the cached pixmap on screen, the vector SVG elsewhere. */
    static void paint(QPainter *painter, const QRectF &rect, EntityType type, const QString &subtype);
};

} // namespace fc
