#pragma once

#include "timeline/timelinemodel.h"

#include <QWidget>

class QBarSet;
class QCategoryAxis;
class QChart;
class QComboBox;
class QLabel;
class QStackedBarSeries;
class QStackedLayout;
class QValueAxis;

namespace fc {

class TimelineView;
class Workspace;

/**
 * The timeline: the incidents of the entities on the chart as a histogram by week or month
 * (QtCharts). Brushing a range filters the chart by date; the chart's selection is highlighted
 * in the bars; clicking a bar selects its incidents on the chart.
 */
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePane(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    /** The chart's entities changed: recount. */
    void setChartEntities(const QList<qint64> &entityIds);
    /** The chart's selection changed: re-highlight. */
    void setSelection(const QList<qint64> &entityIds);
    void setBucket(TimelineModel::Bucket bucket);

    const TimelineModel &model() const { return m_model; }
    /** The drawn bar values: unselected and selected per bucket (what the series shows). */
    QBarSet *otherSet() const { return m_other; }
    QBarSet *selectedSet() const { return m_selected; }
    QString brushText() const;
    /** The month or week labels under the bars, left to right (a few, so that they can be read). */
    QStringList axisLabels() const;
    /** Brushes buckets first..last as a drag on the axis would. */
    void brush(int firstBucket, int lastBucket);
    void clearBrush();
    /** Selects a bucket's incidents on the chart as a click on its bar would. */
    void clickBucket(int bucket);

signals:
    void dateFilterRequested(const QDate &from, const QDate &to);
    void selectionRequested(const QList<qint64> &entityIds);

private:
    void redraw();
    void updateBars();
    void updateAxisLabels(bool force);

    Workspace *m_workspace = nullptr;
    TimelineModel m_model;
    QList<qint64> m_selection;
    QChart *m_chart;
    TimelineView *m_view;
    QStackedBarSeries *m_series;
    QBarSet *m_other;
    QBarSet *m_selected;
    QCategoryAxis *m_axisX; // labels on a few buckets: one per bar cannot be read in a dock
    QValueAxis *m_axisY;
    QComboBox *m_bucketBox;
    QLabel *m_brushLabel;
    QLabel *m_emptyLabel; // a hint in place of an empty histogram
    QStackedLayout *m_stack = nullptr;
    int m_labelsFit = 0; // how many axis labels fitted when they were last placed
};

} // namespace fc
