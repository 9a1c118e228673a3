#pragma once

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;
class QUndoStack;
class QCheckBox;

namespace fc {

class Workspace;

/**
 * Analysis > Activities…: the activities recorded in the workspace (operations, patrol plans,
 * target hardening, networks disrupted, offender interventions), a form to add one and Remove;
 * every change is an undo command on the main window's undo stack (Undo / Redo here and in the
 * Edit menu, also after the dialog is closed), audited by core's ActivityRegister. Their outcomes are in the assessment and `activities list --outcomes`.
 */
class ActivitiesDialog : public QDialog
{
    Q_OBJECT

public:
    /** Without a stack (tests) the dialog keeps one of its own. */
    explicit ActivitiesDialog(Workspace *workspace, QUndoStack *stack = nullptr, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    void reload();

private:
    void add();
    void removeSelected();
    std::function<void()> reloader();

    Workspace *m_workspace;
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
};

} // namespace fc
