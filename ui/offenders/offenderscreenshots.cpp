#include "offenders/offenderscreenshots.h"

#include "app/chartbridge.h"
#include "app/workspacesession.h"
#include "mainwindow.h"
#include "networks/networkspane.h"
#include "networks/networktablemodel.h"
#include "offenders/offenderfilterproxy.h"
#include "offenders/offenderspane.h"
#include "offenders/offendertablemodel.h"
#include "profile/profilepane.h"

#ifdef FC_HAVE_CHART_PANE
#include "chart/associationview.h"
#include "chart/chartpane.h"
#endif

#include <QDir>
#include <QDockWidget>
#include <QTableView>
#include <QTimer>

namespace fc {

OffenderScreenshots::OffenderScreenshots(MainWindow *window, const QString &directory)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
{
}

void OffenderScreenshots::start()
{
    QDir().mkpath(m_directory);
    connect(m_window->session(), &WorkspaceSession::opened, this,
            [this] {
                connect(m_window->offendersPane(), &OffendersPane::finished, this,
                        [this] { QTimer::singleShot(500, this, &OffenderScreenshots::shootOffenders); },
                        Qt::SingleShotConnection);
            },
            Qt::SingleShotConnection);
}

bool OffenderScreenshots::save(QWidget *widget, const QString &name)
{
    const bool ok = widget->grab().save(QDir(m_directory).filePath(name));
    m_ok = m_ok && ok;
    return ok;
}

void OffenderScreenshots::shootOffenders()
{
    OffendersPane *pane = m_window->offendersPane();
    auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget());
    dock->setFloating(true);
    dock->resize(1400, 620);
    dock->show();
    dock->raise();
    pane->view()->selectRow(0);
    QTimer::singleShot(600, this, [this, dock, pane] {
        save(dock, QStringLiteral("offenders.png"));
        dock->setFloating(false);
        const qint64 first = pane->proxy()->index(0, 0).data(OffenderTableModel::PersonIdRole).toLongLong();
        connect(m_window->profilePane(), &ProfilePane::profileShown, this,
                [this] { QTimer::singleShot(600, this, &OffenderScreenshots::shootProfile); }, Qt::SingleShotConnection);
        m_window->openProfile(first);
    });
}

void OffenderScreenshots::shootProfile()
{
    auto *dock = qobject_cast<QDockWidget *>(m_window->profilePane()->parentWidget());
    dock->setFloating(true);
    dock->resize(1300, 820);
    dock->raise();
    QTimer::singleShot(600, this, [this, dock] {
        save(dock, QStringLiteral("profile.png"));
        dock->setFloating(false);
        shootAssociations();
    });
}

void OffenderScreenshots::shootAssociations()
{
#ifdef FC_HAVE_CHART_PANE
    auto *chart = qobject_cast<ChartPane *>(m_window->chart()->widget());
    NetworkTableModel *networks = m_window->networksPane()->model();
    if (!chart || networks->rowCount() == 0) {
        emit finished(false);
        return;
    }
    // The network closest to 15 people: the size the analysts' hairball complaint was about.
    int best = 0;
    for (int r = 1; r < networks->rowCount(); ++r)
        if (std::abs(networks->networkAt(r).summary.members.size() - 15)
            < std::abs(networks->networkAt(best).summary.members.size() - 15))
            best = r;
    connect(m_window->chart(), &ChartBridge::layoutFinished, this, [this, chart] {
        AssociationView *view = chart->openAssociationView();
        view->window()->resize(1300, 900);
        connect(view, &AssociationView::built, this, [this, view](int, int) {
            // The link sharing most incidents, up to fourteen (so that they can be read), expanded to
            // show what expanding does.
            const Association *most = nullptr;
            for (const Association &a : view->graph().associations())
                if (a.incidents.size() <= 14 && (!most || a.incidents.size() > most->incidents.size()))
                    most = &a;
            if (most)
                view->setExpanded(most->a, most->b, true);
            QTimer::singleShot(600, this, [this, view] {
                save(view->window(), QStringLiteral("association.png"));
                emit finished(m_ok);
            });
        }, Qt::SingleShotConnection);
    }, Qt::SingleShotConnection);
    m_window->chart()->showNetwork(NetworkTableModel::chartEntities(networks->networkAt(best)));
#else
    emit finished(m_ok);
#endif
}

} // namespace fc
