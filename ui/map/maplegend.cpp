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

// Splits a legend line at spaces into pieces no wider than maxWidth (a word longer than that stays
// whole); continuation pieces are indented.
QStringList wrapped(const QString &line, const QFontMetricsF &metrics, double maxWidth)
{
    if (metrics.horizontalAdvance(line) <= maxWidth)
        return {line};
    QStringList out;
    const QString indent = QStringLiteral("    ");
    QString current;
    const QStringList words = line.split(QLatin1Char(' '));
    for (const QString &word : words) {
        const QString candidate = current.isEmpty() ? word : current + QLatin1Char(' ') + word;
        if (!current.trimmed().isEmpty() && metrics.horizontalAdvance(candidate) > maxWidth) {
            out << current;
            current = indent + word;
        } else {
            current = candidate;
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
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
        out << tr("  cell %1 m, distance band %2 m: %3 hot cells (purple, outlined), %4 cold (green)")
                   .arg(number(data.hotSpots.cellSize), number(data.hotSpots.bandwidth))
                   .arg(hot)
                   .arg(cold);
    } else if (canvas.layers().testFlag(MapCanvas::HotSpots) && !data.hotSpots.method.isEmpty())
        out << tr("Hot spots: %1, cell %2 m, bandwidth %3 m; shaded above mean + 0.5 SD of %4")
                   .arg(data.hotSpots.method, number(data.hotSpots.cellSize), number(data.hotSpots.bandwidth),
                        data.hotSpots.valueName);
    return out;
}

double MapLegend::maxTextWidth(const MapCanvas &canvas)
{
    // Room for the swatch and margins inside the canvas, between a readable minimum and a cap.
    return std::clamp(double(canvas.width()) - 16 - 36 - 16, 220.0, 420.0);
}

QSizeF MapLegend::size(const MapCanvas &canvas)
{
    const QFontMetricsF metrics(legendFont());
    const double maxWidth = maxTextWidth(canvas);
    double width = 0;
    int count = 0;
    for (const QString &line : lines(canvas)) {
        for (const QString &piece : wrapped(line, metrics, maxWidth)) {
            width = std::max(width, metrics.horizontalAdvance(piece));
            ++count;
        }
    }
    // The text of a class line starts 22 px further right (after its swatch): room for it too.
    return QSizeF(width + 36 + 22, metrics.height() * count + 12);
}

void MapLegend::paint(QPainter *painter, const QPointF &topLeft, const MapCanvas &canvas)
{
    painter->save();
    painter->setFont(legendFont());
    const QFontMetricsF metrics(legendFont());
    const QSizeF box = size(canvas);
    const double maxWidth = maxTextWidth(canvas);
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
        const double left = topLeft.x() + (classLine ? 30 : 8);
        for (const QString &piece : wrapped(line, metrics, maxWidth)) {
            painter->drawText(QRectF(left, y, topLeft.x() + box.width() - 4 - left, metrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, piece);
            y += metrics.height();
        }
        if (line.startsWith(tr("Areas:"))) {
            inClasses = true;
            cls = 0;
        } else if (!classLine) {
            inClasses = false;
        }
    }
    painter->restore();
}

} // namespace fc
