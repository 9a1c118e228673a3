#include "chart/chartexporter.h"

#include "chart/chartscene.h"

#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

namespace fc {

namespace {

QFont markingFont()
{
    QFont font;
    font.setPointSizeF(10);
    font.setBold(true);
    return font;
}

// Rasters above this many pixels a side would take gigabytes; big charts get a lower resolution.
constexpr double kMaxPixels = 14000;

} // namespace

QRectF ChartExporter::sourceRect(const ChartScene *scene)
{
    QRectF rect = scene->contentsRect();
    if (rect.isNull())
        rect = QRectF(0, 0, 200, 100);
    return rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

double ChartExporter::bandHeight(const QStringList &marking)
{
    const QFontMetricsF metrics(markingFont());
    return metrics.height() * std::max<qsizetype>(1, marking.size()) + 12;
}

void ChartExporter::paint(QPainter *painter, ChartScene *scene, const QRectF &source,
                          const QStringList &marking)
{
    // Page coordinates are scene units (1/96 inch): band, chart, band.
    const double band = bandHeight(marking);
    const double width = std::max(source.width(), 420.0);
    const double height = source.height() + 2 * band;
    painter->fillRect(QRectF(0, 0, width, height), Qt::white);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF target((width - source.width()) / 2, band, source.width(), source.height());
    scene->render(painter, target, source, Qt::KeepAspectRatio);
    painter->setFont(markingFont());
    painter->setPen(QColor(0x1d, 0x35, 0x57));
    const QString top = marking.value(0);
    painter->drawText(QRectF(0, 4, width, band - 8), Qt::AlignCenter | Qt::TextSingleLine, top);
    const QFontMetricsF metrics(markingFont());
    double y = band + source.height() + 6;
    for (const QString &line : marking) {
        painter->drawText(QRectF(0, y, width, metrics.height()), Qt::AlignCenter | Qt::TextSingleLine, line);
        y += metrics.height();
    }
}

bool ChartExporter::exportScene(ChartScene *scene, const QString &path, const QStringList &marking,
                                QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf")) {
        if (error)
            *error = tr("Cannot export the chart to %1: expected a file name ending in .png, .svg or .pdf.")
                         .arg(path);
        return false;
    }
    // Full detail and no selection marks in the output; both are restored afterwards.
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();
    scene->setExporting(true);
    const QRectF source = sourceRect(scene);
    const double band = bandHeight(marking);
    const QSizeF page(std::max(source.width(), 420.0), source.height() + 2 * band);
    bool ok = true;
    QString failure;

    if (suffix == QLatin1String("png")) {
        double scale = kPrintDpi / kScreenDpi;
        scale = std::min(scale, kMaxPixels / std::max(page.width(), page.height()));
        QImage image(QSize(int(std::ceil(page.width() * scale)), int(std::ceil(page.height() * scale))),
                     QImage::Format_RGB32);
        if (image.isNull()) {
            ok = false;
            failure = tr("not enough memory for a %1 x %2 pixel image")
                          .arg(int(page.width() * scale))
                          .arg(int(page.height() * scale));
        } else {
            const int dotsPerMeter = int(std::round(kScreenDpi * scale / 0.0254));
            image.setDotsPerMeterX(dotsPerMeter);
            image.setDotsPerMeterY(dotsPerMeter);
            QPainter painter(&image);
            painter.scale(scale, scale);
            paint(&painter, scene, source, marking);
            painter.end();
            image.setText(QStringLiteral("Title"), marking.join(QLatin1String(" | ")));
            QImageWriter writer(path, "png");
            if (!writer.write(image)) {
                ok = false;
                failure = writer.errorString();
            }
        }
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(page.toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), page));
        generator.setResolution(int(kScreenDpi));
        generator.setTitle(marking.value(0));
        generator.setDescription(marking.join(QLatin1Char('\n')));
        QPainter painter;
        if (!painter.begin(&generator)) {
            ok = false;
            failure = tr("the file cannot be written");
        } else {
            paint(&painter, scene, source, marking);
            painter.end();
        }
    } else {
        QPdfWriter writer(path);
        writer.setTitle(marking.join(QLatin1String(" | ")));
        writer.setCreator(QStringLiteral("FusionCell"));
        writer.setResolution(int(kPrintDpi));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setPageSize(QPageSize(QSizeF(page.width() * 72 / kScreenDpi, page.height() * 72 / kScreenDpi),
                                     QPageSize::Point, QString(), QPageSize::ExactMatch));
        QPainter painter;
        if (!painter.begin(&writer)) {
            ok = false;
            failure = tr("the file cannot be written");
        } else {
            painter.scale(kPrintDpi / kScreenDpi, kPrintDpi / kScreenDpi);
            paint(&painter, scene, source, marking);
            painter.end();
        }
    }

    scene->setExporting(false);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (!ok && error)
        *error = tr("Cannot export the chart to %1: %2.").arg(path, failure);
    return ok;
}

} // namespace fc
