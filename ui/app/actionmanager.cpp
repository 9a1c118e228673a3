#include "app/actionmanager.h"

#include "store/database.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QUndoStack>

namespace fc {

ActionManager::ActionManager(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(add(NewWorkspace, tr("&New Workspace…"), QKeySequence::New));
    file->addAction(add(OpenWorkspace, tr("&Open Workspace…"), QKeySequence::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(add(ImportWizard, tr("&Import Files…"), QKeySequence(tr("Ctrl+I"))));
    file->addSeparator();
    file->addAction(add(OpenChart, tr("Open C&hart…"), QKeySequence(tr("Ctrl+Shift+O"))));
    file->addAction(add(SaveChart, tr("&Save Chart…"), QKeySequence::Save));
    file->addAction(add(ExportChart, tr("&Export Chart…"), QKeySequence(tr("Ctrl+E"))));
    file->addSeparator();
    addAccessActions(file);
    file->addSeparator();
    file->addAction(add(Quit, tr("&Quit"), QKeySequence::Quit));

    m_editMenu = window->menuBar()->addMenu(tr("&Edit"));
    setUndoStack(nullptr);

    m_viewMenu = window->menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(add(ZoomIn, tr("Zoom &In"), QKeySequence::ZoomIn));
    m_viewMenu->addAction(add(ZoomOut, tr("Zoom &Out"), QKeySequence::ZoomOut));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(add(ResetLayout, tr("&Reset Window Layout")));
    m_viewMenu->addSeparator(); // dock toggles follow

    QMenu *analysis = window->menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(add(RefreshNetworks, tr("&Refresh Networks"), QKeySequence::Refresh));
    addResolutionActions(analysis);
    analysis->addAction(add(HarmTables, tr("&Harm Tables...")));

    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(add(About, tr("&About FusionCell")));

    setWorkspaceOpen(false);
}

QAction *ActionManager::add(Id id, const QString &text, const QKeySequence &shortcut)
{
    auto *a = new QAction(text, m_window);
    a->setShortcut(shortcut);
    a->setObjectName(QStringLiteral("action%1").arg(int(id)));
    m_actions.insert(id, a);
    return a;
}

void ActionManager::addAccessActions(QMenu *file)
{
    file->addAction(add(PurposeOfAccess, tr("P&urpose of Access…")));
    file->addAction(add(ChangePassphrase, tr("Change &Passphrase…")));
    file->addAction(add(SavePlainCopy, tr("Save Pl&ain Copy…")));
    file->addAction(add(SaveEncryptedCopy, tr("Save Encr&ypted Copy…")));
    action(SavePlainCopy)->setToolTip(tr("Decrypt to a plain copy: recorded as a disclosure"));
}

void ActionManager::addResolutionActions(QMenu *analysis)
{
    analysis->addSeparator();
    analysis->addAction(add(RunResolution, tr("Run Re&solution…"), QKeySequence(tr("Ctrl+Shift+R"))));
    analysis->addAction(add(ResolutionSettings, tr("Resolution Se&ttings…")));
    analysis->addSeparator();
    analysis->addAction(add(Activities, tr("Acti&vities…")));
    analysis->addAction(add(SixMonthlyAssessment, tr("Six-monthly &Assessment…")));
    analysis->addAction(add(NewCaseFile, tr("New &Case File…")));
    action(NewCaseFile)->setToolTip(tr("A case file for the CPS of the people (and incidents) selected on the chart, "
                                       "or of the person in the profile"));
    action(SixMonthlyAssessment)->setToolTip(tr("The six-monthly assessment as PDF and ODT, with your text per section"));
    action(RunResolution)->setToolTip(tr("Find records of the same person or vehicle: merge the certain "
                                         "ones, queue the likely ones for review"));
}

void ActionManager::setUndoStack(QUndoStack *stack)
{
    // QUndoStack makes actions whose text follows the next command ("Undo Move"); they are
    // replaced when the stack changes.
    if (m_undo) {
        m_editMenu->removeAction(m_undo);
        m_editMenu->removeAction(m_redo);
        m_undo->deleteLater();
        m_redo->deleteLater();
    }
    if (stack) {
        m_undo = stack->createUndoAction(m_editMenu, tr("&Undo"));
        m_redo = stack->createRedoAction(m_editMenu, tr("&Redo"));
    } else {
        m_undo = new QAction(tr("&Undo"), m_editMenu);
        m_redo = new QAction(tr("&Redo"), m_editMenu);
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_actions.insert(Undo, m_undo);
    m_actions.insert(Redo, m_redo);
}

void ActionManager::setWorkspaceOpen(bool open)
{
    for (Id id : {ImportWizard, SaveChart, OpenChart, ExportChart, RefreshNetworks, SixMonthlyAssessment, Activities, HarmTables, NewCaseFile})
        m_actions.value(id)->setEnabled(open);
    m_actions.value(RunResolution)->setEnabled(open);
    m_actions.value(SaveEncryptedCopy)->setEnabled(open && Database::encryptionAvailable());
    if (!open)
        setWorkspaceEncrypted(false);
}

void ActionManager::setWorkspaceEncrypted(bool encrypted)
{
    for (Id id : {ChangePassphrase, SavePlainCopy})
        m_actions.value(id)->setEnabled(encrypted);
}

} // namespace fc
