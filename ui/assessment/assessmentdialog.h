#pragma once

#include "assessment/assessmentjob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>
#include <atomic>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace fc {

class Workspace;

/**
 * Analysis > Six-monthly Assessment…: the period, title and handling marking, the analyst's own
 * text for each section (plain text, kept with the assessment in the workspace), and where to write
 * the PDF (and ODT). Generating runs AssessmentJob in a worker with a progress bar and Cancel; the
 * dialog only shows progress and the outcome.
 */
class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    AssessmentDialog(Workspace *workspace, const WorkspaceAccess &access, QWidget *parent = nullptr);
    ~AssessmentDialog() override;

private:
    void loadDraftTexts();
    void showSection(int index);
    void browse();
    void generate();
    void setProgress(double fraction);
    void onFinished();
    void reject() override;

    Workspace *m_workspace;
    WorkspaceAccess m_access;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_title;
    QLineEdit *m_marking;
    QComboBox *m_section;
    QPlainTextEdit *m_text;
    QLineEdit *m_pdf;
    QCheckBox *m_odt;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_generate;
    QPushButton *m_cancel;
    QDialogButtonBox *m_buttons;
    QMap<QString, QString> m_texts;
    QString m_shownSection;
    std::atomic_bool m_cancelFlag{false};
    QFutureWatcher<AssessmentJobResult> m_watcher;
};

} // namespace fc
