#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace fc {

class MapCanvas;

/**
 * The map's legend: what harm counts, the choropleth's classes with their breaks and method, the
 * place symbols, and the hot-spot layer's method, cell size and bandwidth. Drawn over the map in the
 * pane and beside it in an export; lines() is the same text, for the pane's status and the tests.
 */
class MapLegend
{
    Q_DECLARE_TR_FUNCTIONS(MapLegend)

public:
    static QStringList lines(const MapCanvas &canvas);
    /** The class ranges "a – b" of a set of upper bounds (the first from the minimum value). */
    static QStringList classLabels(const QList<double> &upperBounds, double minimum);
    /** The legend's size for the canvas's layers and breaks: at most maxTextWidth wide (lines wrap). */
    static QSizeF size(const MapCanvas &canvas);
    /** The widest a line of text may be: long lines (a hot-spot method) wrap rather than run off the map. */
    static double maxTextWidth(const MapCanvas &canvas);
    static void paint(QPainter *painter, const QPointF &topLeft, const MapCanvas &canvas);
};

} // namespace fc
