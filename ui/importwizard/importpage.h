#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fc {

class ImportSession;

/** Wizard page 5: the import, with a progress bar and Cancel (a cancelled file is rolled back). */
class ImportPage : public QWizardPage
{
    Q_OBJECT
public:
    ImportPage(ImportSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    ImportSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_label;
    QPushButton *m_cancel;
};

} // namespace fc
