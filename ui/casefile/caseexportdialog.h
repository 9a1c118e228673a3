#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace fc {

/**
 * Asks where a case file goes and why before it is exported (a disclosure): the PDF, whether to
 * write an ODT beside it, the recipient and the justification. For a partner export it asks the
 * recipient organisation and its kind (retailer, police, partner) instead of the ODT.
 */
class CaseExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { CaseFile, Partner };

    CaseExportDialog(Mode mode, const QString &defaultPath, const QString &defaultJustification, QWidget *parent = nullptr);

    QString pdfPath() const;
    QString odtPath() const; // empty unless asked for
    QString recipient() const;
    QString kind() const;
    QString justification() const;

    void accept() override;

private:
    void browse();

    Mode m_mode;
    QLineEdit *m_pdf;
    QCheckBox *m_odt = nullptr;
    QLineEdit *m_recipient;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_justification;
    QLabel *m_status;
};

} // namespace fc
