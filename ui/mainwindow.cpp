#include "mainwindow.h"

#include "importlistmodel.h"
#include "store/workspace.h"
#include "workspacesummarymodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>

namespace fc {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_summaryModel(new WorkspaceSummaryModel(this))
    , m_importModel(new ImportListModel(this))
{
    setWindowTitle(tr("FusionCell"));
    m_importView = new QTableView(this);
    m_importView->setModel(m_importModel);
    m_importView->horizontalHeader()->setStretchLastSection(true);
    m_importView->setSelectionBehavior(QAbstractItemView::SelectRows);
    setCentralWidget(m_importView);

    auto *summaryView = new QTableView(this);
    summaryView->setModel(m_summaryModel);
    summaryView->horizontalHeader()->setStretchLastSection(true);
    summaryView->verticalHeader()->hide();
    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(QStringLiteral("WorkspaceDock"));
    dock->setWidget(summaryView);
    addDockWidget(Qt::LeftDockWidgetArea, dock);

    // The protective marking is always visible: the data is OFFICIAL-SENSITIVE.
    m_marking = new QLabel(tr("OFFICIAL-SENSITIVE"), this);
    m_marking->setTextFormat(Qt::PlainText);
    m_marking->setStyleSheet(QStringLiteral("QLabel { color: white; background: #b00020; padding: 2px 8px; font-weight: bold; }"));
    statusBar()->addPermanentWidget(m_marking);

    createActions();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(),
                                                      tr("FusionCell workspaces (*.fcdb)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

bool MainWindow::openWorkspace(const QString &path)
{
    QString error;
    auto workspace = Workspace::open(path, &error);
    if (!workspace) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open workspace"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return false;
    }
    m_workspace = std::move(workspace);
    setWindowTitle(tr("%1 — FusionCell").arg(path));
    refresh();
    return true;
}

void MainWindow::refresh()
{
    if (!m_workspace)
        return;
    const auto counts = m_workspace->countsByType();
    m_summaryModel->setCounts(counts, m_workspace->linkCount());
    m_importModel->setImports(m_workspace->imports());
    m_importView->resizeColumnsToContents();
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    statusBar()->showMessage(tr("%n entities", nullptr, int(total)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace fc
