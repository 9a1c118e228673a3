#pragma once

#include "analysis/activity.h"
#include "app/restartablejob.h"
#include "store/workspaceaccess.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QUndoStack;
class QCheckBox;
class QPushButton;

namespace fc {

class JobProgress;

class Workspace;

/**
 * Analysis > Activities…: the activities recorded in the workspace (operations, patrol plans,
 * target hardening, networks disrupted, offender interventions), a form to add one and Remove;
 * every change is an undo command on the main window's undo stack (Undo / Redo here and in the
 * Edit menu, also after the dialog is closed), audited by core's ActivityRegister. Their outcomes
 * are in the assessment and `activities list --outcomes`. A network named by its key (N1) is
 * anchored first, off the UI thread on a connection of its own (finding the networks takes seconds
 * on a large workspace), with a busy bar and Cancel.
 */
class ActivitiesDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * workspace is the window's connection; access opens another for the anchoring job. Without a
     * stack (tests) the dialog keeps one of its own.
     */
    ActivitiesDialog(Workspace *workspace, const WorkspaceAccess &access, QUndoStack *stack = nullptr,
                     QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    void reload();

private:
    /** What the anchoring job gives back: the record to add, or why not. */
    struct Anchored
    {
        ActivityRecord activity;
        QString error;
        bool cancelled = false;
    };

    void add();
    void push(const ActivityRecord &activity);
    void anchored(const Anchored &result);
    void setAnchoring(bool running);
    void removeSelected();
    std::function<void()> reloader();

    Workspace *m_workspace;
    WorkspaceAccess m_access;
    QUndoStack *m_stack;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_type;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QLineEdit *m_owner;
    QLineEdit *m_targets;
    QLabel *m_status;
    QPushButton *m_addButton;
    JobProgress *m_busy;
    RestartableJob<Anchored> m_anchoring;
};

} // namespace fc
