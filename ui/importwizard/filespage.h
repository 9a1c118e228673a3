#pragma once

#include <QWizardPage>

class QListWidget;

namespace fc {

class ImportSession;

/** Wizard page 1: the files to import under one spec. */
class FilesPage : public QWizardPage
{
    Q_OBJECT
public:
    FilesPage(ImportSession *session, QWidget *parent = nullptr);
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addFiles();
    ImportSession *m_session;
    QListWidget *m_list;
};

} // namespace fc
