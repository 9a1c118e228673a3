#pragma once

#include "app/restartablejob.h"
#include "networks/networkjob.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace fc {

class JobProgress;

class NetworkTableModel;

/**
 * The networks pane: the offender networks of the workspace as a sortable table, computed in a
 * worker thread with progress and Cancel. Double-click opens a network on the chart.
 */
class NetworksPane : public QWidget
{
    Q_OBJECT
public:
    explicit NetworksPane(QWidget *parent = nullptr);
    ~NetworksPane() override;

    /**
     * The workspace to compute from (the worker opens its own connection); invalid = closed. The
     * same workspace again (a new passphrase or purpose) keeps the networks shown.
     */
    void setWorkspace(const WorkspaceAccess &access);
    void refresh();
    void cancel();
    bool isRunning() const;

    NetworkTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }

signals:
    void openNetworkRequested(const QList<qint64> &entityIds);
    void finished(int networkCount);

private:
    void onFinished(const NetworkJobResult &result, bool superseded);

    WorkspaceAccess m_access;
    RestartableJob<NetworkJobResult> m_job;
    NetworkTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    JobProgress *m_progress;
    QPushButton *m_refreshButton;
    QLabel *m_status;
};

} // namespace fc
