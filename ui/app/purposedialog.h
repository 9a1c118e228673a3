#pragma once

#include "app/accessprompter.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace fc {

/**
 * Asks for the purpose of access (DPA 2018 s.62): an operation or case reference and the reason
 * for consulting the data. OK stays disabled until a reason is given. Shown once per session, the
 * first time a profile is opened, and from Purpose of Access… in the File menu.
 */
class PurposeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PurposeDialog(const AccessPurpose &previous, QWidget *parent = nullptr);

    AccessPurpose purpose() const;

    QLineEdit *referenceEdit() const { return m_reference; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *okButton() const;

private:
    void updateState();

    QLineEdit *m_reference;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
