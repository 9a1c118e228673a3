#pragma once

#include <QCoreApplication>
#include <QStringList>

class QPainter;

namespace fc {

class MapCanvas;

/**
 * Writes the map as the canvas shows it (same centre and zoom, full boundary detail) to PNG (300
 * dpi), SVG or PDF, chosen by the file suffix: the protective marking in a band above and below, a
 * title, the legend (harm measure, class breaks and method, hot-spot method, cell and bandwidth), a
 * scale bar, and the boundaries' credit. The marking is also the file's title (PNG text, SVG title,
 * PDF title), as the chart's export does.
 */
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(MapExporter)

public:
    static bool exportMap(const MapCanvas &canvas, const QString &path, const QString &title,
                          const QStringList &marking, QString *error);
    /** The length in metres of a scale bar of at most maxMetres: 1, 2 or 5 times a power of ten. */
    static double scaleBarMetres(double maxMetres);
    static void paint(QPainter *painter, const MapCanvas &canvas, const QString &title, const QStringList &marking);
    static QSizeF pageSize(const MapCanvas &canvas, const QStringList &marking);
};

} // namespace fc
