#pragma once

#include "casefile/casefilejob.h"
#include "casefile/caseselection.h"
#include "store/workspaceaccess.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>
#include <atomic>

class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QUndoStack;

namespace fc {

class Workspace;

/**
 * The Case Files dock: the workspace's cases; for the chosen one its schedule of incidents with
 * the notes on the law, the generated summary beside the analyst's (each edit an undo command on
 * the window's stack, every version kept by core), its exhibits with Attach…, Export… (PDF and
 * ODT, a disclosure) and Partner Export…. Attaching and exporting hash the files in a worker with
 * a progress dialog and Cancel. It shows what core/casefile builds; it computes nothing itself,
 * and every text from the workspace is shown as plain text.
 */
class CaseFilePane : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFilePane(QWidget *parent = nullptr);
    ~CaseFilePane() override;

    void setWorkspace(const WorkspaceAccess &access, Workspace *workspace);
    void setUndoStack(QUndoStack *stack);

    /** Creates a case (its generated summary as version 1) and shows it; 0 and *error on failure. */
    qint64 newCase(const CaseSelection &selection, QString *error);
    qint64 newCaseForPerson(qint64 personId, QString *error);
    /** From chart entities: the people among them and, if any are selected, those incidents,
     *  else every incident of the people. */
    qint64 newCaseForEntities(const QList<qint64> &entityIds, QString *error);

    void reload();
    void showCase(qint64 caseId);
    qint64 currentCase() const { return m_caseId; }
    QString analystSummary() const;

    /** Keeps text as the case's summary: an undo command on the stack. False if unchanged. */
    bool editSummary(const QString &text);

    /** Attaches the files in a worker, with a progress dialog and Cancel; jobFinished() tells the end. */
    void attach(const QList<ExhibitRequest> &files);
    void exportCase(const CaseExportOptions &options);
    void exportPartner(const Recipient &recipient, const QString &justification, const QString &pdfPath);
    bool isBusy() const { return m_watcher.isRunning(); }
    QString message() const;

    QStandardItemModel *casesModel() const { return m_cases; }
    QStandardItemModel *scheduleModel() const { return m_schedule; }
    QStandardItemModel *exhibitsModel() const { return m_exhibits; }

signals:
    void jobFinished(bool ok, const QString &message);
    /** Something was written (a case, an exhibit, a disclosure): the audit pane reads again. */
    void workspaceChanged();

private:
    enum class Job { None, Attach, Export, Partner };

    void attachDialog();
    void exportDialog();
    void partnerDialog();
    void saveSummary();
    void start(Job job, const QString &label, const std::function<CaseFileJobResult()> &work);
    void setProgress(double fraction);
    void onFinished();
    void setMessage(const QString &text);
    void showSelected();
    void updateButtons();

    WorkspaceAccess m_access;
    Workspace *m_workspace = nullptr;
    QPointer<QUndoStack> m_stack;
    qint64 m_caseId = 0;
    QStandardItemModel *m_cases;
    QStandardItemModel *m_schedule;
    QStandardItemModel *m_exhibits;
    QTableView *m_caseView;
    QTableView *m_scheduleView;
    QTableView *m_exhibitView;
    QPlainTextEdit *m_generated;
    QPlainTextEdit *m_summary;
    QLabel *m_summaryInfo;
    QLabel *m_caveats;
    QLabel *m_status;
    QPushButton *m_saveSummary;
    QPushButton *m_attach;
    QPushButton *m_export;
    QPushButton *m_partner;
    QFutureWatcher<CaseFileJobResult> m_watcher;
    std::atomic_bool m_cancel{false};
    Job m_job = Job::None;
    QPointer<QProgressDialog> m_progress;
};

} // namespace fc
