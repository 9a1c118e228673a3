#include "trends/trendspane.h"

#include "app/jobprogress.h"
#include "app/uithreadprogress.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSplitter>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace fc {

namespace {

qreal ms(const QDate &d)
{
    return qreal(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
}

QString percent(double now, double before)
{
    if (!std::isfinite(now) || !std::isfinite(before) || before <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1%2%")
        .arg(now >= before ? QStringLiteral("+") : QString())
        .arg(100 * (now - before) / before, 0, 'f', 0);
}

} // namespace

TrendsPane::TrendsPane(QWidget *parent)
    : QWidget(parent), m_job(this, [this](const TrendsJobResult &job, bool superseded) { onFinished(job, superseded); }),
      m_period(new QComboBox(this)), m_split(new QComboBox(this)),
      m_series(new QComboBox(this)), m_refreshButton(new QPushButton(tr("Refresh"), this)), m_progress(new JobProgress(this)),
      m_status(new QLabel(this)), m_chartView(new QChartView(this)), m_details(new QPlainTextEdit(this))
{
    m_period->addItem(tr("By month"), int(TrendPeriod::Month));
    m_period->addItem(tr("By week"), int(TrendPeriod::Week));
    m_split->addItem(tr("Total only"), int(TrendSplit::None));
    m_split->addItem(tr("By offence"), int(TrendSplit::Offence));
    m_split->addItem(tr("By retailer"), int(TrendSplit::Retailer));
    m_split->addItem(tr("By area"), int(TrendSplit::Area));
    m_split->addItem(tr("By network"), int(TrendSplit::Network));
    m_split->addItem(tr("By hour"), int(TrendSplit::Hour));
    m_split->addItem(tr("By weekday"), int(TrendSplit::Weekday));
    m_status->setTextFormat(Qt::PlainText);
    m_details->setReadOnly(true); // QPlainTextEdit: labels from the data are never read as rich text
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->chart()->legend()->setAlignment(Qt::AlignBottom);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_split);
    bar->addWidget(m_series, 1);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &TrendsPane::refresh);
    connect(m_progress, &JobProgress::cancelRequested, this, &TrendsPane::cancel);
    connect(m_period, &QComboBox::currentIndexChanged, this, &TrendsPane::refresh);
    connect(m_split, &QComboBox::currentIndexChanged, this, &TrendsPane::refresh);
    connect(m_series, &QComboBox::currentIndexChanged, this, [this](int i) { showSeries(i - 1); });
    setEnabled(false);
}

TrendsPane::~TrendsPane() = default;

QChart *TrendsPane::chart() const
{
    return m_chartView->chart();
}

QString TrendsPane::detailsText() const
{
    return m_details->toPlainText();
}

void TrendsPane::setWorkspace(const WorkspaceAccess &access)
{
    const bool same = access.isValid() && access.path() == m_access.path();
    m_access = access;
    if (same)
        return;
    cancel();
    m_result = TrendResult();
    m_series->clear();
    chart()->removeAllSeries();
    m_details->clear();
    m_status->clear();
    setEnabled(access.isValid());
}

bool TrendsPane::isRunning() const
{
    return m_job.isRunning();
}

void TrendsPane::cancel()
{
    m_job.cancel();
}

void TrendsPane::refresh()
{
    if (!m_access.isValid())
        return;
    TrendOptions options;
    options.period = TrendPeriod(m_period->currentData().toInt());
    options.split = TrendSplit(m_split->currentData().toInt());
    const WorkspaceAccess access = m_access;
    const auto progress = uiThreadProgress(m_progress, &JobProgress::setFraction);
    if (!m_job.start([access, options, progress](const std::atomic_bool *cancel) {
            return TrendsJob::run(access, options, progress, cancel);
        }))
        return; // restarted with the newer options once the running job has stopped
    m_progress->start();
    m_refreshButton->setEnabled(false);
    m_status->setText(tr("Computing trends…"));
}

void TrendsPane::onFinished(const TrendsJobResult &job, bool superseded)
{
    m_progress->stop();
    m_refreshButton->setEnabled(true);
    if (superseded) {
        refresh();
        return;
    }
    if (!job.error.isEmpty() || job.cancelled) {
        m_status->setText(job.cancelled ? tr("Cancelled") : job.error);
        emit finished(false);
        return;
    }
    m_result = job.result;
    {
        const QSignalBlocker block(m_series);
        m_series->clear();
        m_series->addItem(m_result.total.series.label);
        for (const TrendSeriesResult &s : std::as_const(m_result.series))
            m_series->addItem(s.series.label);
    }
    m_status->setText(tr("%n period(s)", nullptr, int(m_result.set.starts.size())));
    showSeries(-1);
    emit finished(true);
}

void TrendsPane::showSeries(int index)
{
    if (index >= m_result.series.size())
        return;
    m_shown = index;
    const TrendSeriesResult &r = index < 0 ? m_result.total : m_result.series.at(index);
    const TrendSeriesSet &set = m_result.set;
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes()) {
        c->removeAxis(axis); // gives the axis back to us
        delete axis;
    }
    c->setTitle(tr("%1 per %2").arg(r.series.label, TrendSeriesBuilder::name(set.period)));

    auto *counts = new QLineSeries;
    counts->setName(tr("Incidents"));
    auto *flags = new QScatterSeries;
    flags->setName(tr("Emerging (flagged)"));
    flags->setColor(Qt::red);
    flags->setMarkerSize(10);
    auto *bound = new QScatterSeries;
    bound->setName(tr("Upper bound"));
    bound->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    bound->setMarkerSize(7);
    double top = 0;
    for (int i = 0; i < set.starts.size(); ++i) {
        counts->append(ms(set.starts.at(i)), r.series.counts.at(i));
        top = std::max(top, r.series.counts.at(i));
    }
    for (const FarringtonPoint &p : r.emerging) {
        if (!p.computed)
            continue;
        bound->append(ms(set.starts.at(p.index)), p.upperBound);
        top = std::max(top, p.upperBound);
        if (p.alarm)
            flags->append(ms(set.starts.at(p.index)), p.observed);
    }
    QList<QAbstractSeries *> all{counts, bound, flags};
    const ForecastResult &f = r.forecast;
    const int last = int(set.complete.lastIndexOf(true));
    if (f.computed && last >= 0) {
        auto *mean = new QLineSeries;
        mean->setName(f.shown == QLatin1String("ets") ? tr("Forecast (ETS)")
                                                      : tr("Forecast (seasonal-naive)"));
        QPen pen = mean->pen();
        pen.setStyle(Qt::DashLine);
        mean->setPen(pen);
        auto *l95 = new QLineSeries, *u95 = new QLineSeries, *l80 = new QLineSeries, *u80 = new QLineSeries;
        QDate d = set.starts.at(last);
        mean->append(ms(d), r.series.counts.at(last));
        for (int h = 0; h < f.horizon; ++h) {
            d = TrendSeriesBuilder::nextStart(set.period, d);
            const qreal x = ms(d);
            mean->append(x, f.path.mean[size_t(h)]);
            l95->append(x, f.path.lower95[size_t(h)]);
            u95->append(x, f.path.upper95[size_t(h)]);
            l80->append(x, f.path.lower80[size_t(h)]);
            u80->append(x, f.path.upper80[size_t(h)]);
            top = std::max(top, f.path.upper95[size_t(h)]);
        }
        auto *band95 = new QAreaSeries(u95, l95);
        band95->setName(tr("95% interval"));
        band95->setColor(QColor(70, 130, 180, 50));
        band95->setBorderColor(Qt::transparent);
        auto *band80 = new QAreaSeries(u80, l80);
        band80->setName(tr("80% interval"));
        band80->setColor(QColor(70, 130, 180, 100));
        band80->setBorderColor(Qt::transparent);
        // An area series does not own its boundary lines: they go with it (removeAllSeries deletes it).
        for (QLineSeries *line : {u95, l95})
            line->setParent(band95);
        for (QLineSeries *line : {u80, l80})
            line->setParent(band80);
        all = {band95, band80, counts, mean, bound, flags};
    }
    auto *x = new QDateTimeAxis;
    x->setFormat(set.period == TrendPeriod::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("dd MMM yy"));
    auto *y = new QValueAxis;
    y->setRange(0, top > 0 ? top * 1.1 : 1);
    y->setLabelFormat(QStringLiteral("%.0f"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : all) {
        c->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }

    // The evidence, the back-test, the method and the caveats, as plain text.
    QStringList lines;
    const TrendComparison &cmp = r.range;
    if (cmp.from.isValid())
        lines
            << tr("%1 to %2: %3 incidents (previous period %4, %5; same period last year %6, %7); %8 stores, "
                  "%9 per store")
                   .arg(cmp.from.toString(Qt::ISODate), cmp.to.toString(Qt::ISODate))
                   .arg(cmp.count)
                   .arg(std::isfinite(cmp.previousCount) ? QString::number(cmp.previousCount)
                                                         : QStringLiteral("-"))
                   .arg(percent(cmp.count, cmp.previousCount))
                   .arg(std::isfinite(cmp.lastYearCount) ? QString::number(cmp.lastYearCount)
                                                         : QStringLiteral("-"))
                   .arg(percent(cmp.count, cmp.lastYearCount))
                   .arg(cmp.stores)
                   .arg(std::isfinite(cmp.countPerStore) ? QString::number(cmp.countPerStore, 'f', 2)
                                                         : QStringLiteral("-"));
    lines << QString() << tr("Emerging:");
    int flagged = 0;
    for (const FarringtonPoint &p : r.emerging) {
        if (!p.computed) {
            lines << tr("  %1: not judged: %2").arg(set.periodLabel(p.index), p.reason);
            continue;
        }
        lines << tr("  %1: observed %2, expected %3, upper bound %4%5")
                     .arg(set.periodLabel(p.index))
                     .arg(p.observed)
                     .arg(p.expected, 0, 'f', 1)
                     .arg(p.upperBound)
                     .arg(p.alarm ? tr("  FLAGGED") : QString());
        flagged += p.alarm ? 1 : 0;
    }
    if (flagged == 0)
        lines << tr("  not flagged");
    lines << QString() << tr("Predicted:");
    if (!f.computed) {
        lines << QStringLiteral("  %1").arg(f.reason);
    } else {
        lines << tr("  back-test MASE: ETS %1, seasonal-naive %2; shown: %3")
                     .arg(f.maseModel, 0, 'f', 3)
                     .arg(f.maseNaive, 0, 'f', 3)
                     .arg(f.shown);
        if (!f.modelBeatsNaive)
            lines << tr("  ETS did not beat seasonal-naive: the seasonal-naive forecast is shown");
    }
    for (const QString &note : std::as_const(m_result.breakNotes))
        lines << QString() << note;
    lines << QString() << tr("Method: %1").arg(m_result.method);
    for (const QString &caveat : std::as_const(m_result.caveats))
        lines << tr("Caveat: %1").arg(caveat);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace fc
