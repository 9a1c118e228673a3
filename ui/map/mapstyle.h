#pragma once

#include <QColor>
#include <QList>
#include <QPixmap>

namespace fc {

/**
 * Colours and sizes of the map: a five-class sequential ramp (ColorBrewer YlOrRd) for the
 * choropleth and the places, place symbols sized by the square root of harm (area proportional to
 * harm), and pre-drawn point sprites so that ten thousand places draw as pixmap copies.
 */
class MapStyle
{
public:
    static constexpr int kClasses = 5;
    static QColor classColour(int cls);
    /** The ramp position of class cls of classCount (fewer classes than the ramp spread over it, top = darkest). */
    static int rampIndex(int cls, int classCount);
    static QColor noDataColour();
    static QColor hotColour(double z);
    /**
     * Gi* hot and cold cells: purple and green (ColorBrewer PRGn ends, colour-blind safe), nearly
     * opaque and outlined, so that they stand out over the YlOrRd choropleth's darkest reds.
     */
    static QColor giHotColour();
    static QColor giColdColour();
    static QColor giOutlineColour();
    /** Radius in pixels of a place of harm h when the largest harm is maxHarm: 3 to 12 px. */
    static double radius(double harm, double maxHarm);
    /** A filled circle of the class colour with a dark outline, device pixel ratio 1. */
    static const QPixmap &sprite(int cls, int radius);
};

} // namespace fc
