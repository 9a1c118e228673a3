#pragma once

#include "app/restartablejob.h"
#include "offenders/offenderjob.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace fc {

class JobProgress;

class OffenderFilterProxy;
class OffenderTableModel;
class Workspace;

/**
 * The offenders pane: everyone ranked by the transparent recency-frequency-harm priority, in a
 * sortable table filtered by motivation, band and text, computed in a worker with progress and
 * Cancel. The selected person's score is explained underneath in words and numbers, next to the
 * bands in use; the bands can be changed (a dialog) and the list marked reviewed, each an undoable
 * edit. Double-click opens the person's profile.
 */
class OffendersPane : public QWidget
{
    Q_OBJECT
public:
    explicit OffendersPane(QWidget *parent = nullptr);
    ~OffendersPane() override;

    /** access: for the worker; workspace: the GUI thread's, for edits. Invalid / nullptr: closed. */
    void setWorkspace(const WorkspaceAccess &access, Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /** The date the priority is worked out on (today unless set; tests fix it). */
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }
    void refresh();
    void cancel();
    bool isRunning() const;

    /** Opens the bands dialog; accepting pushes the change on the undo stack. */
    void editBands();
    /** Pushes "mark reviewed" of the ranking shown on the undo stack. */
    void markReviewed();
    /** Applies bands as one undoable edit (what the dialog's OK does). */
    void applyBands(const PriorityBands &bands);

    OffenderTableModel *model() const { return m_model; }
    OffenderFilterProxy *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QComboBox *motivationFilter() const { return m_motivation; }
    QComboBox *bandFilter() const { return m_band; }
    QSpinBox *bandPoints() const { return m_points; }
    QLineEdit *textFilter() const { return m_text; }
    QString explanationText() const;
    QString bandsText() const;
    QString statusText() const;
    const PriorityBands &bands() const { return m_bands; }

signals:
    void openProfileRequested(qint64 personId);
    void finished(int people);
    /** The workspace was changed by an edit here (bands, review). */
    void workspaceChanged();

private:
    void onFinished(const OffenderJobResult &result, bool superseded);
    void applyFilters();
    void showExplanation();
    void onEdited(const QString &error);

    WorkspaceAccess m_access;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QDate m_asOf;
    PriorityBands m_bands;
    bool m_bandsCustomised = false;
    QDate m_rankedAsOf;
    RestartableJob<OffenderJobResult> m_job;
    OffenderTableModel *m_model;
    OffenderFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_text;
    QComboBox *m_motivation;
    QComboBox *m_band;
    QSpinBox *m_points;
    QPushButton *m_refreshButton;
    QPushButton *m_bandsButton;
    QPushButton *m_reviewButton;
    QPushButton *m_profileButton;
    JobProgress *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_explanation;
    QLabel *m_bandsLabel;
};

} // namespace fc
