#include "map/mapexporter.h"

#include "geo/georesources.h"
#include "map/mapcanvas.h"
#include "map/maplegend.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace fc {

namespace {

constexpr double kScreenDpi = 96;
constexpr double kPrintDpi = 300;
constexpr double kMargin = 16;

QFont markingFont()
{
    QFont font;
    font.setPointSizeF(10);
    font.setBold(true);
    return font;
}

QFont titleFont()
{
    QFont font;
    font.setPointSizeF(13);
    font.setBold(true);
    return font;
}

QFont smallFont()
{
    QFont font;
    font.setPointSizeF(7.5);
    return font;
}

double bandHeight(const QStringList &marking)
{
    return QFontMetricsF(markingFont()).height() * std::max<qsizetype>(1, marking.size()) + 12;
}

} // namespace

double MapExporter::scaleBarMetres(double maxMetres)
{
    if (maxMetres <= 0)
        return 0;
    const double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= maxMetres)
            return step * power;
    return power;
}

QSizeF MapExporter::pageSize(const MapCanvas &canvas, const QStringList &marking)
{
    const double title = QFontMetricsF(titleFont()).height() + 8;
    const double credit = QFontMetricsF(smallFont()).height() + 6;
    return QSizeF(canvas.width() + 2 * kMargin, canvas.height() + 2 * bandHeight(marking) + title + credit);
}

void MapExporter::paint(QPainter *painter, const MapCanvas &canvas, const QString &title, const QStringList &marking)
{
    const QSizeF page = pageSize(canvas, marking);
    const double band = bandHeight(marking);
    const double titleHeight = QFontMetricsF(titleFont()).height() + 8;
    painter->fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    // Marking above, title, the map with its legend and scale bar, credit, marking below.
    painter->setFont(markingFont());
    painter->setPen(QColor(0x1d, 0x35, 0x57));
    painter->drawText(QRectF(0, 4, page.width(), band - 8), Qt::AlignCenter | Qt::TextSingleLine, marking.value(0));
    painter->setFont(titleFont());
    painter->setPen(Qt::black);
    painter->drawText(QRectF(kMargin, band, page.width() - 2 * kMargin, titleHeight),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, title);
    const QRectF mapRect(kMargin, band + titleHeight, canvas.width(), canvas.height());
    canvas.render(painter, mapRect, canvas.centre(), canvas.metresPerPixel(), true);
    painter->setPen(QColor(0x66, 0x66, 0x66));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(mapRect);
    MapLegend::paint(painter, mapRect.topLeft() + QPointF(8, 8), canvas);

    // Scale bar: at most a quarter of the map's width.
    const double metres = scaleBarMetres(canvas.metresPerPixel() * mapRect.width() / 4);
    const double length = metres / canvas.metresPerPixel();
    const QPointF origin(mapRect.left() + 12, mapRect.bottom() - 14);
    painter->setPen(QPen(Qt::black, 2));
    painter->drawLine(origin, origin + QPointF(length, 0));
    painter->drawLine(origin, origin + QPointF(0, -5));
    painter->drawLine(origin + QPointF(length, 0), origin + QPointF(length, -5));
    painter->setFont(smallFont());
    const QString scaleText = metres >= 1000 ? tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 3))
                                             : tr("%1 m").arg(QLocale().toString(metres, 'g', 3));
    painter->drawText(QRectF(origin.x(), origin.y() - 20, length + 120, 14), Qt::AlignLeft | Qt::AlignBottom,
                      scaleText + tr(" (British National Grid)"));

    painter->setPen(QColor(0x33, 0x33, 0x33));
    const double creditHeight = QFontMetricsF(smallFont()).height() + 6;
    painter->drawText(QRectF(kMargin, mapRect.bottom() + 2, page.width() - 2 * kMargin, creditHeight),
                      Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, GeoResources::boundaryCredit());

    painter->setFont(markingFont());
    painter->setPen(QColor(0x1d, 0x35, 0x57));
    const QFontMetricsF metrics(markingFont());
    double y = mapRect.bottom() + creditHeight + 6;
    for (const QString &line : marking) {
        painter->drawText(QRectF(0, y, page.width(), metrics.height()), Qt::AlignCenter | Qt::TextSingleLine, line);
        y += metrics.height();
    }
}

bool MapExporter::exportMap(const MapCanvas &canvas, const QString &path, const QString &title,
                            const QStringList &marking, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Cannot export the map to %1: %2.").arg(path, why);
        return false;
    };
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return fail(tr("expected a file name ending in .png, .svg or .pdf"));
    const QSizeF page = pageSize(canvas, marking);
    if (suffix == QLatin1String("png")) {
        const double scale = kPrintDpi / kScreenDpi;
        QImage image(QSize(int(std::ceil(page.width() * scale)), int(std::ceil(page.height() * scale))),
                     QImage::Format_RGB32);
        if (image.isNull())
            return fail(tr("not enough memory for the image"));
        const int dotsPerMeter = int(std::round(kPrintDpi / 0.0254));
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        QPainter painter(&image);
        painter.scale(scale, scale);
        paint(&painter, canvas, title, marking);
        painter.end();
        image.setText(QStringLiteral("Title"), marking.join(QLatin1String(" | ")));
        image.setText(QStringLiteral("Copyright"), GeoResources::boundaryCredit());
        QImageWriter writer(path, "png");
        if (!writer.write(image))
            return fail(writer.errorString());
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(page.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), page));
        generator.setResolution(int(kScreenDpi));
        generator.setTitle(marking.value(0));
        generator.setDescription(marking.join(QLatin1Char('\n')));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(tr("the file cannot be written"));
        paint(&painter, canvas, title, marking);
        painter.end();
        return true;
    }
    QPdfWriter writer(path);
    writer.setTitle(marking.join(QLatin1String(" | ")));
    writer.setCreator(QStringLiteral("FusionCell"));
    writer.setResolution(int(kPrintDpi));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setPageSize(QPageSize(QSizeF(page.width() * 72 / kScreenDpi, page.height() * 72 / kScreenDpi),
                                 QPageSize::Point, QString(), QPageSize::ExactMatch));
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("the file cannot be written"));
    painter.scale(kPrintDpi / kScreenDpi, kPrintDpi / kScreenDpi);
    paint(&painter, canvas, title, marking);
    painter.end();
    return true;
}

} // namespace fc
