#include "map/maplegend.h"

#include "map/classbreaks.h"
#include "map/mapcanvas.h"
#include "map/mapstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fc {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QFont legendFont()
{
    QFont font;
    font.setPointSizeF(8);
    return font;
}

double minimumOf(const QList<double> &values)
{
    return values.isEmpty() ? 0 : *std::min_element(values.cbegin(), values.cend());
}

} // namespace

QStringList MapLegend::classLabels(const QList<double> &upperBounds, double minimum)
{
    QStringList out;
    double low = minimum;
    for (int i = 0; i < upperBounds.size(); ++i) {
        out << (i == 0 ? QStringLiteral("%1 – %2").arg(number(low), number(upperBounds[i]))
                       : QStringLiteral("> %1 – %2").arg(number(low), number(upperBounds[i])));
        low = upperBounds[i];
    }
    return out;
}

QStringList MapLegend::lines(const MapCanvas &canvas)
{
    const MapData &data = canvas.data();
    QStringList out;
    out << tr("Harm: %1").arg(data.harmMeasure.isEmpty() ? tr("none computed") : data.harmMeasure);
    if (canvas.layers().testFlag(MapCanvas::Areas) && !canvas.areaBreaks().isEmpty()) {
        QList<double> harm;
        for (const MapAreaValue &a : data.areas)
            harm << a.harm;
        out << tr("Areas: harm by local authority, %1").arg(ClassBreaks::methodName(int(canvas.areaBreaks().size())));
        const QStringList labels = classLabels(canvas.areaBreaks(), minimumOf(harm));
        for (const QString &label : labels)
            out << QStringLiteral("  ") + label;
    }
    if (canvas.layers().testFlag(MapCanvas::Places) && !data.places.isEmpty()) {
        QList<double> harm;
        for (const MapPlace &p : data.places)
            harm << p.harm;
        out << tr("Places: %n located (area of symbol proportional to harm; colour: %1)", nullptr,
                  int(data.places.size()))
                   .arg(ClassBreaks::methodName(int(canvas.placeBreaks().size())));
        if (data.unlocatedPlaces > 0)
            out << tr("  %n places not located (not drawn, listed in the places table)", nullptr, data.unlocatedPlaces);
    }
    if (canvas.layers().testFlag(MapCanvas::HotSpots) && canvas.hotSpotsTested()) {
        int hot = 0, cold = 0;
        for (const MapHotSpotCell &c : data.hotSpots.cells)
            (c.significance > 0 ? hot : c.significance < 0 ? cold : hot) += c.significance != 0 ? 1 : 0;
        out << tr("Hot spots: %1").arg(data.hotSpots.method);
        out << tr("  cell %1 m, distance band %2 m: %3 hot cells (red), %4 cold (blue)")
                   .arg(number(data.hotSpots.cellSize), number(data.hotSpots.bandwidth))
                   .arg(hot)
                   .arg(cold);
    } else if (canvas.layers().testFlag(MapCanvas::HotSpots) && !data.hotSpots.method.isEmpty())
        out << tr("Hot spots: %1, cell %2 m, bandwidth %3 m; shaded above mean + 0.5 SD of %4")
                   .arg(data.hotSpots.method, number(data.hotSpots.cellSize), number(data.hotSpots.bandwidth),
                        data.hotSpots.valueName);
    return out;
}

QSizeF MapLegend::size(const MapCanvas &canvas)
{
    const QFontMetricsF metrics(legendFont());
    double width = 0;
    const QStringList text = lines(canvas);
    for (const QString &line : text)
        width = std::max(width, metrics.horizontalAdvance(line));
    return QSizeF(width + 36, metrics.height() * text.size() + 12);
}

void MapLegend::paint(QPainter *painter, const QPointF &topLeft, const MapCanvas &canvas)
{
    painter->save();
    painter->setFont(legendFont());
    const QFontMetricsF metrics(legendFont());
    const QSizeF box = size(canvas);
    painter->setPen(QColor(0x99, 0x99, 0x99));
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRect(QRectF(topLeft, box));
    const QStringList text = lines(canvas);
    double y = topLeft.y() + 6;
    int cls = 0;
    bool inClasses = false;
    for (const QString &line : text) {
        const bool classLine = line.startsWith(QLatin1String("  ")) && inClasses;
        if (classLine) {
            painter->setPen(QColor(0x55, 0x55, 0x55));
            painter->setBrush(MapStyle::classColour(MapStyle::rampIndex(cls++, int(canvas.areaBreaks().size()))));
            painter->drawRect(QRectF(topLeft.x() + 8, y + 2, 18, metrics.height() - 4));
        }
        painter->setPen(Qt::black);
        painter->drawText(QRectF(topLeft.x() + (classLine ? 30 : 8), y, box.width() - 36, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, line);
        if (line.startsWith(tr("Areas:"))) {
            inClasses = true;
            cls = 0;
        } else if (!classLine) {
            inClasses = false;
        }
        y += metrics.height();
    }
    painter->restore();
}

} // namespace fc
