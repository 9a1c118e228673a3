#include "map/mapstyle.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fc {

QColor MapStyle::classColour(int cls)
{
    // ColorBrewer YlOrRd, 5 classes (Brewer, Pennsylvania State University).
    static const QColor ramp[kClasses] = {QColor(0xff, 0xff, 0xb2), QColor(0xfe, 0xcc, 0x5c),
                                          QColor(0xfd, 0x8d, 0x3c), QColor(0xf0, 0x3b, 0x20),
                                          QColor(0xbd, 0x00, 0x26)};
    return ramp[std::clamp(cls, 0, kClasses - 1)];
}

int MapStyle::rampIndex(int cls, int classCount)
{
    if (classCount <= 1)
        return kClasses - 1;
    return int(std::lround(double(std::clamp(cls, 0, classCount - 1)) * (kClasses - 1) / (classCount - 1)));
}

QColor MapStyle::noDataColour()
{
    return QColor(0xf2, 0xf2, 0xee);
}

QColor MapStyle::hotColour(double z)
{
    // Density surface: transparent purple rising with the z-score of the cell's density.
    const double t = std::clamp((z + 0.5) / 3.5, 0.0, 1.0);
    return QColor(0x6a, 0x1b, 0x9a, int(30 + 170 * t));
}

QColor MapStyle::giHotColour()
{
    return QColor(0x76, 0x2a, 0x83, 225); // PRGn's darkest purple
}

QColor MapStyle::giColdColour()
{
    return QColor(0x1b, 0x78, 0x37, 200); // PRGn's darkest green
}

QColor MapStyle::giOutlineColour()
{
    return QColor(0xff, 0xff, 0xff); // a white edge separates a cell from any fill beneath and beside it
}

double MapStyle::radius(double harm, double maxHarm)
{
    if (maxHarm <= 0 || harm <= 0)
        return 3;
    return 3 + 9 * std::sqrt(harm / maxHarm);
}

const QPixmap &MapStyle::sprite(int cls, int radius)
{
    static QHash<int, QPixmap> cache; // UI thread only
    const int key = cls * 100 + radius;
    auto it = cache.find(key);
    if (it == cache.end()) {
        const int size = 2 * radius + 3;
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
        p.setBrush(classColour(cls));
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), radius, radius);
        p.end();
        it = cache.insert(key, pixmap);
    }
    return *it;
}

} // namespace fc
