#pragma once

#include "analysis/placeharm.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QStringList>

namespace fc {

class BoundarySet;
class WeightedGraph;

/** One series of a bar chart. */
struct BarSeries
{
    QString name;
    QList<double> values;
    QColor colour;
};

/**
 * The images of the assessment, painted with QPainter on a QImage (QtGui only, no widgets, so
 * they render headless): a point map of the places by harm over the area boundaries, an offender
 * network laid out by core/layout's force-directed layout, and bar charts. Nothing personal is
 * drawn: places by rank, people as unlabelled nodes.
 */
class AssessmentCharts
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentCharts)

public:
    /** Located place rows (ranked) as dots sized by harm; the first `labelled` carry their rank. */
    static QImage placeMap(const QList<HarmRow> &rows, int labelled, const BoundarySet *boundaries = nullptr);
    /** The members of one network (graph ids) and their ties, force-directed; nodes sized by degree. */
    static QImage networkChart(const WeightedGraph &graph, const QList<qint64> &members, const QString &title);
    /** Grouped vertical bars, one group per category. */
    static QImage barChart(const QString &title, const QStringList &categories, const QList<BarSeries> &series,
                           const QString &valueLabel);
};

} // namespace fc
