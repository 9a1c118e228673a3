#pragma once

#include "app/restartablejob.h"
#include "trends/trendsjob.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace fc {

class JobProgress;

/**
 * The Trends pane: a series (the total or one split) by week or month on a QtCharts chart, its
 * emerging-trend flags marked, and the six-month forecast with its 80% and 95% bands; beside it the
 * evidence of each flag, the back-test, the method and the caveats as plain text. The analysis runs
 * in a worker thread (TrendsJob) with progress and Cancel.
 */
class TrendsPane : public QWidget
{
    Q_OBJECT
public:
    explicit TrendsPane(QWidget *parent = nullptr);
    ~TrendsPane() override;

    /** The workspace to analyse (the worker opens its own connection); invalid = closed. */
    void setWorkspace(const WorkspaceAccess &access);
    void refresh();
    void cancel();
    bool isRunning() const;

    /** The last result (empty before the first run). */
    const TrendResult &result() const { return m_result; }
    /** The series on the chart: -1 = the total, else an index into result().series. */
    int shownSeries() const { return m_shown; }
    QChart *chart() const;
    QString detailsText() const;

signals:
    void finished(bool ok);

private:
    void onFinished(const TrendsJobResult &job, bool superseded);
    void showSeries(int index);

    WorkspaceAccess m_access;
    RestartableJob<TrendsJobResult> m_job;
    TrendResult m_result;
    int m_shown = -1;
    QComboBox *m_period;
    QComboBox *m_split;
    QComboBox *m_series;
    QPushButton *m_refreshButton;
    JobProgress *m_progress;
    QLabel *m_status;
    QChartView *m_chartView;
    QPlainTextEdit *m_details;
};

} // namespace fc
