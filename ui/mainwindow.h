#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QTableView;

namespace fc {

class ImportListModel;
class Workspace;
class WorkspaceSummaryModel;

/**
 * The workstation's main window: opens a workspace and wires the panes together. It computes
 * nothing itself; the panes show what core returns.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openWorkspace(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refresh();
    void openDialog();

    std::unique_ptr<Workspace> m_workspace;
    WorkspaceSummaryModel *m_summaryModel = nullptr;
    ImportListModel *m_importModel = nullptr;
    QTableView *m_importView = nullptr;
    QLabel *m_marking = nullptr;
};

} // namespace fc
