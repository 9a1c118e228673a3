#include "timeline/timelinepane.h"

#include "app/preferences.h"
#include "timeline/timelineview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedBarSeries>
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
    , m_axisX(new QBarCategoryAxis(m_chart))
    , m_axisY(new QValueAxis(m_chart))
    , m_bucketBox(new QComboBox(this))
    , m_brushLabel(new QLabel(this))
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
    m_axisX->setLabelsAngle(-90); // month labels side by side do not fit a dock
    QFont axisFont = m_axisX->labelsFont();
    axisFont.setPointSizeF(axisFont.pointSizeF() * 0.8);
    m_axisX->setLabelsFont(axisFont);
    m_chart->legend()->setAlignment(Qt::AlignTop);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);

    m_bucketBox->addItem(tr("By month"), int(TimelineModel::Bucket::Month));
    m_bucketBox->addItem(tr("By week"), int(TimelineModel::Bucket::Week));
    const bool weekly = Preferences::timelineBucket().get() == QLatin1String("week");
    m_bucketBox->setCurrentIndex(weekly ? 1 : 0);
    m_model.setBucket(weekly ? TimelineModel::Bucket::Week : TimelineModel::Bucket::Month);
    m_brushLabel->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_bucketBox);
    bar->addWidget(m_brushLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_bucketBox, &QComboBox::activated, this, [this] {
        const auto bucket = TimelineModel::Bucket(m_bucketBox->currentData().toInt());
        Preferences::timelineBucket().set(bucket == TimelineModel::Bucket::Week ? QStringLiteral("week")
                                                                                 : QStringLiteral("month"));
        setBucket(bucket);
    });
    connect(m_view, &TimelineView::rangeBrushed, this, &TimelinePane::brush);
    connect(m_view, &TimelineView::bucketClicked, this, &TimelinePane::clickBucket);
    connect(m_view, &TimelineView::brushCleared, this, &TimelinePane::clearBrush);
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
    QStringList labels;
    labels.reserve(m_model.bucketCount());
    for (int i = 0; i < m_model.bucketCount(); ++i)
        labels << m_model.bucketLabel(i);
    m_axisX->clear();
    m_axisX->append(labels);
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
