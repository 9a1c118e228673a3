#include "networks/networkspane.h"

#include "app/jobprogress.h"
#include "app/uithreadprogress.h"

#include "networks/networktablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fc {

NetworksPane::NetworksPane(QWidget *parent)
    : QWidget(parent), m_job(this, [this](const NetworkJobResult &r, bool superseded) { onFinished(r, superseded); }),
      m_model(new NetworkTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_progress(new JobProgress(this)),
      m_refreshButton(new QPushButton(tr("Refresh"), this)), m_status(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NetworkTableModel::SortRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NetworkTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_progress, 1);
    bar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_refreshButton, &QPushButton::clicked, this, &NetworksPane::refresh);
    connect(m_progress, &JobProgress::cancelRequested, this, &NetworksPane::cancel);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = index.data(NetworkTableModel::NetworkRole).toInt();
        if (row >= 0 && row < m_model->rowCount())
            emit openNetworkRequested(NetworkTableModel::chartEntities(m_model->networkAt(row)));
    });
    setEnabled(false);
}

NetworksPane::~NetworksPane() = default;

void NetworksPane::setWorkspace(const WorkspaceAccess &access)
{
    const bool same = access.isValid() && access.path() == m_access.path();
    m_access = access;
    if (same)
        return;
    cancel();
    m_model->setNetworks({});
    m_status->clear();
    setEnabled(access.isValid());
}

bool NetworksPane::isRunning() const
{
    return m_job.isRunning();
}

void NetworksPane::cancel()
{
    m_job.cancel();
}

void NetworksPane::refresh()
{
    if (!m_access.isValid())
        return;
    const WorkspaceAccess access = m_access;
    const auto progress = uiThreadProgress(m_progress, &JobProgress::setFraction);
    if (!m_job.start([access, progress](const std::atomic_bool *cancel) { return NetworkJob::run(access, progress, cancel); }))
        return; // restarted with the newer data once the running job has stopped
    m_progress->start();
    m_refreshButton->setEnabled(false);
    m_status->setText(tr("Finding networks…"));
}

void NetworksPane::onFinished(const NetworkJobResult &result, bool superseded)
{
    m_progress->stop();
    m_refreshButton->setEnabled(true);
    if (superseded) {
        refresh();
        return;
    }
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
        emit finished(0);
        return;
    }
    if (result.cancelled) {
        m_status->setText(tr("Cancelled"));
        emit finished(0);
        return;
    }
    m_model->setNetworks(result.networks);
    m_view->resizeColumnsToContents();
    // A network spread over many towns would push the columns after Areas out of sight: its
    // width is capped (the whole list is in the tooltip).
    m_view->setColumnWidth(NetworkTableModel::Areas, std::min(m_view->columnWidth(NetworkTableModel::Areas),
                                                              m_view->fontMetrics().averageCharWidth() * 40));
    m_status->setText(tr("%n network(s)", nullptr, int(result.networks.size())));
    emit finished(int(result.networks.size()));
}

} // namespace fc
