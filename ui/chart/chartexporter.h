#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace fc {

class ChartScene;

/**
 * Writes a chart to PNG (300 dpi), SVG (QSvgGenerator) or PDF (QPdfWriter), chosen by the file
 * suffix: every visible item of the scene at full detail (labels never clipped: the source
 * rectangle is the items' bounds, labels included, plus a margin), with the protective marking
 * and handling codes in a band above and below. The marking is also the PDF title and the SVG
 * title so that it travels with the file's metadata.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static constexpr double kScreenDpi = 96;
    static constexpr double kPrintDpi = 300;
    static constexpr double kMargin = 24;

    static bool exportScene(ChartScene *scene, const QString &path, const QStringList &marking,
                            QString *error);
    /** The scene rectangle an export shows. */
    static QRectF sourceRect(const ChartScene *scene);

private:
    static void paint(QPainter *painter, ChartScene *scene, const QRectF &source, const QStringList &marking);
    static double bandHeight(const QStringList &marking);
};

} // namespace fc
