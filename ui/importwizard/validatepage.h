#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace fc {

class ImportSession;

/** Wizard page 4: a dry run over every row; the rows that would be rejected, with why. */
class ValidatePage : public QWizardPage
{
    Q_OBJECT
public:
    ValidatePage(ImportSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    ImportSession *m_session;
    QProgressBar *m_progress;
    QLabel *m_summary;
};

} // namespace fc
