#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace fc {

/**
 * Creates the window's actions, menus and shortcuts in one place (Tiled's ActionManager), so
 * that MainWindow only connects them. Actions are looked up by id.
 */
class ActionManager : public QObject
{
    Q_OBJECT
public:
    enum Id {
        NewWorkspace, OpenWorkspace, ImportWizard, SaveChart, OpenChart, ExportChart, Quit,
        Undo, Redo,
        ZoomIn, ZoomOut, ResetLayout,
        RefreshNetworks,
        RunResolution, ResolutionSettings,
        SixMonthlyAssessment, Activities, NewCaseFile,
        HarmTables,
        About,
        PurposeOfAccess, ChangePassphrase, SavePlainCopy, SaveEncryptedCopy,
    };

    explicit ActionManager(QMainWindow *window);

    QAction *action(Id id) const { return m_actions.value(id); }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }

    /** Points Edit > Undo/Redo at the chart document's stack. */
    void setUndoStack(QUndoStack *stack);
    /** Enables what needs an open workspace. */
    void setWorkspaceOpen(bool open);
    /** Enables what needs an open encrypted workspace (Change Passphrase, Save Plain Copy). */
    void setWorkspaceEncrypted(bool encrypted);

private:
    QAction *add(Id id, const QString &text, const QKeySequence &shortcut = {});
    void addResolutionActions(QMenu *analysis);
    void addAccessActions(QMenu *file);

    QMainWindow *m_window;
    QHash<int, QAction *> m_actions;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace fc
