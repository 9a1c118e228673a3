#pragma once

#include <QWizardPage>

namespace fc {

class ImportSession;

/** Wizard page 6: what was imported per file, and every rejected row with its reason. */
class ReportPage : public QWizardPage
{
    Q_OBJECT
public:
    ReportPage(ImportSession *session, QWidget *parent = nullptr);
};

} // namespace fc
