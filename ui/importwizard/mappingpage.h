#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace fc {

class ImportSession;

/**
 * Wizard page 3: who the data comes from, how it is graded, and the column mapping (suggested
 * from the header, editable), with the spec loaded from or saved to a JSON file.
 */
class MappingPage : public QWizardPage
{
    Q_OBJECT
public:
    MappingPage(ImportSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showSpec();
    void writeSpec();
    void loadSpec();
    void saveSpec();

    ImportSession *m_session;
    QLineEdit *m_name;
    QLineEdit *m_organisation;
    QComboBox *m_kind;
    QComboBox *m_source;
    QComboBox *m_intelligence;
    QComboBox *m_handling;
    QLineEdit *m_dateFormat;
    QLabel *m_message;
    bool m_updating = false;
};

} // namespace fc
