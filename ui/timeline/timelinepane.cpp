#include "timeline/timelinepane.h"

#include "app/preferences.h"
#include "timeline/timelineview.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QValueAxis>
#include <QVBoxLayout>

namespace fc {

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new TimelineView(m_chart, this))
    , m_series(new QStackedBarSeries(m_chart))
    , m_other(new QBarSet(tr("Incidents")))
    , m_selected(new QBarSet(tr("Selected on chart")))
    , m_axisX(new QCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_bucketBox(new QComboBox(this))
    , m_brushLabel(new QLabel(this))
    , m_emptyLabel(new QLabel(this))
{
    m_other->setColor(QColor(0x60, 0x7d, 0x8b));
    m_selected->setColor(QColor(0xff, 0x8f, 0x00));
    m_series->append(m_other);
    m_series->append(m_selected);
    m_series->setBarWidth(0.9);
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    m_series->attachAxis(m_axisX);
    m_series->attachAxis(m_axisY);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    // Bar i stands at x = i: a label sits under the middle of its bar, level, and only on the
    // buckets that fit (updateAxisLabels); vertical grid lines would only cut through the bars.
    m_axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_axisX->setGridLineVisible(false);
    QFont axisFont = m_axisX->labelsFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.9);
    m_axisX->setLabelsFont(axisFont);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 14, 2)); // room for half the last bar's label
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_bucketBox->addItem(tr("By month"), int(TimelineModel::Bucket::Month));
    m_bucketBox->addItem(tr("By week"), int(TimelineModel::Bucket::Week));
    const bool weekly = Preferences::timelineBucket().get() == QLatin1String("week");
    m_bucketBox->setCurrentIndex(weekly ? 1 : 0);
    m_model.setBucket(weekly ? TimelineModel::Bucket::Week : TimelineModel::Bucket::Month);
    m_brushLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("The incidents of the entities on the chart appear here by month or week. "
                             "Drag across the bars to show a period on the chart; click a bar to select "
                             "its incidents."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_bucketBox);
    bar->addWidget(m_brushLabel, 1);
    m_stack = new QStackedLayout;
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(m_stack, 1);

    connect(m_bucketBox, &QComboBox::activated, this, [this] {
        const auto bucket = TimelineModel::Bucket(m_bucketBox->currentData().toInt());
        Preferences::timelineBucket().set(bucket == TimelineModel::Bucket::Week ? QStringLiteral("week")
                                                                                 : QStringLiteral("month"));
        setBucket(bucket);
    });
    connect(m_view, &TimelineView::rangeBrushed, this, &TimelinePane::brush);
    connect(m_view, &TimelineView::bucketClicked, this, &TimelinePane::clickBucket);
    connect(m_view, &TimelineView::brushCleared, this, &TimelinePane::clearBrush);
    // How many labels fit depends on the width of the bars' area.
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { updateAxisLabels(false); });
    redraw();
}

void TimelinePane::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    m_model.setItems({});
    m_selection.clear();
    m_brushLabel->clear();
    redraw();
}

void TimelinePane::setChartEntities(const QList<qint64> &entityIds)
{
    if (m_workspace)
        m_model.collect(*m_workspace, entityIds);
    else
        m_model.setItems({});
    m_model.setSelection(m_selection);
    redraw();
}

void TimelinePane::setSelection(const QList<qint64> &entityIds)
{
    m_selection = entityIds;
    m_model.setSelection(entityIds);
    updateBars();
}

void TimelinePane::setBucket(TimelineModel::Bucket bucket)
{
    m_model.setBucket(bucket);
    m_bucketBox->setCurrentIndex(bucket == TimelineModel::Bucket::Week ? 1 : 0);
    redraw();
}

void TimelinePane::redraw()
{
    m_stack->setCurrentWidget(m_model.bucketCount() ? static_cast<QWidget *>(m_view) : m_emptyLabel);
    m_axisX->setRange(-0.5, std::max(1, m_model.bucketCount()) - 0.5);
    updateAxisLabels(true);
    m_view->setBucketCount(m_model.bucketCount());
    int maxCount = 0;
    for (int i = 0; i < m_model.bucketCount(); ++i)
        maxCount = std::max(maxCount, m_model.count(i));
    m_axisY->setRange(0, std::max(1, maxCount));
    m_axisY->setTickCount(std::min(std::max(2, maxCount + 1), 6));
    updateBars();
}

void TimelinePane::updateBars()
{
    // Values are built as lists and swapped in whole: appending bar by bar redraws per bar.
    QList<qreal> other, selected;
    other.reserve(m_model.bucketCount());
    selected.reserve(m_model.bucketCount());
    for (int i = 0; i < m_model.bucketCount(); ++i) {
        const int h = m_model.highlighted(i);
        other << m_model.count(i) - h;
        selected << h;
    }
    m_other->remove(0, m_other->count());
    m_other->append(other);
    m_selected->remove(0, m_selected->count());
    m_selected->append(selected);
}

void TimelinePane::updateAxisLabels(bool force)
{
    // As many labels as fit side by side with a gap, judged on the widest; before the chart has a
    // plot area (not shown yet), on the view's width.
    const QFontMetrics metrics(m_axisX->labelsFont());
    int widest = 0;
    for (int i = 0; i < m_model.bucketCount(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_model.bucketLabel(i)));
    const double width = m_chart->plotArea().width() > 0 ? m_chart->plotArea().width() : m_view->width() - 40;
    const int fit = std::max(1, int(width / (widest + metrics.averageCharWidth() * 3)));
    if (fit == m_labelsFit && !force)
        return; // the plot area also changes when the labels do: no loop
    m_labelsFit = fit;
    for (const QString &label : m_axisX->categoriesLabels())
        m_axisX->remove(label);
    m_axisX->setStartValue(-0.5);
    for (int i : m_model.labelledBuckets(fit))
        m_axisX->append(m_model.bucketLabel(i), i);
}

QStringList TimelinePane::axisLabels() const
{
    return m_axisX->categoriesLabels();
}

QString TimelinePane::brushText() const
{
    return m_brushLabel->text();
}

void TimelinePane::brush(int firstBucket, int lastBucket)
{
    if (firstBucket < 0 || lastBucket >= m_model.bucketCount() || firstBucket > lastBucket)
        return;
    const QDate from = m_model.bucketStart(firstBucket);
    const QDate to = m_model.bucketEnd(lastBucket);
    m_brushLabel->setText(tr("Chart shows %1 to %2 (double-click to clear)")
                              .arg(QLocale().toString(from, QLocale::ShortFormat),
                                   QLocale().toString(to, QLocale::ShortFormat)));
    emit dateFilterRequested(from, to);
}

void TimelinePane::clearBrush()
{
    m_brushLabel->clear();
    emit dateFilterRequested(QDate(), QDate());
}

void TimelinePane::clickBucket(int bucket)
{
    if (bucket < 0 || bucket >= m_model.bucketCount())
        return;
    emit selectionRequested(m_model.chartEntitiesIn(bucket));
}

} // namespace fc
