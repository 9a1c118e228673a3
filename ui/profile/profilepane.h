#pragma once

#include "app/restartablejob.h"
#include "offenders/offenderprofile.h"
#include "profile/profilejob.h"

#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QUndoStack;

namespace fc {

class JobProgress;

class Workspace;

/**
 * A person's offender profile: their incidents in order with where each came from and its
 * grading, totals, first and last seen, co-offenders with the incidents shared, vehicles, places
 * and areas, the network role, when they offend, how far they travel, the records merged into them.
 * Opening one is a consultation (the gate records it, as the CLI's profile command does); it is
 * built in a worker with progress and Cancel. The motivation is set or reverted and interventions
 * recorded from here, each an undoable edit on the window's undo stack; the interventions
 * suggested for the motivation are listed, never applied.
 */
class ProfilePane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePane(QWidget *parent = nullptr);
    ~ProfilePane() override;

    void setWorkspace(const WorkspaceAccess &access, Workspace *workspace);
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    /** Records the consultation before a profile is shown; false: show nothing. */
    void setConsultationGate(std::function<bool(qint64)> gate) { m_gate = std::move(gate); }
    void setAsOf(const QDate &asOf) { m_asOf = asOf; }

    /** Opens a person's profile (a consultation). Other entity types are refused with a message. */
    void openProfile(qint64 personId);
    /** Builds the shown profile again (after an edit; not a new consultation). */
    void reload();
    void cancel();
    bool isRunning() const;
    qint64 personId() const { return m_personId; }
    const std::optional<OffenderProfile> &profile() const { return m_profile; }

    // Edits, each one QUndoCommand on the undo stack (the dialogs end here).
    void setMotivation(Motivation motivation, const Grading &grading, const QString &reason);
    void revertMotivation(const QString &reason);
    void recordIntervention(const InterventionRecord &intervention);

    QString titleText() const;
    QString summaryText() const;
    QTreeWidget *incidentTree() const { return m_incidents; }
    QTreeWidget *coOffenderTree() const { return m_coOffenders; }
    QTreeWidget *interventionTree() const { return m_interventions; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QString motivationText() const;
    QTabWidget *tabs() const { return m_tabs; }

signals:
    void profileShown(qint64 personId);
    /** The workspace changed through an edit here (motivation, intervention). */
    void workspaceChanged();
    void entityActivated(qint64 entityId);
    /** New Case File… for the person shown. */
    void caseFileRequested(qint64 personId);

private:
    void start(qint64 personId);
    void onFinished(const ProfileJobResult &result, bool superseded);
    void showProfile(const OffenderProfile &profile);
    void onEdited(const QString &error);
    void motivationDialog();
    void interventionDialog();

    WorkspaceAccess m_access;
    RestartableJob<ProfileJobResult> m_job;
    Workspace *m_workspace = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::function<bool(qint64)> m_gate;
    QDate m_asOf;
    qint64 m_personId = 0;
    std::optional<OffenderProfile> m_profile;
    qint64 m_pending = 0; // a person asked for while a job ran

    QLabel *m_title;
    JobProgress *m_progress;
    QPushButton *m_motivationButton;
    QPushButton *m_revertButton;
    QPushButton *m_interventionButton;
    QPlainTextEdit *m_summary;
    QTabWidget *m_tabs;
    QTreeWidget *m_incidents;
    QTreeWidget *m_coOffenders;
    QTreeWidget *m_vehicles;
    QTreeWidget *m_places;
    QPlainTextEdit *m_pattern;
    QTreeWidget *m_mergedFrom;
    QPlainTextEdit *m_motivation;
    QListWidget *m_suggestions;
    QTreeWidget *m_interventions;
    QLabel *m_caveats;
};

} // namespace fc
