#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;

namespace fc {

class ImportSession;

/** Wizard page 2: the first rows as parsed, with the detected encoding and delimiter (editable). */
class PreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    PreviewPage(ImportSession *session, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void reload();
    ImportSession *m_session;
    QComboBox *m_file;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRow;
    QLabel *m_detected;
};

} // namespace fc
