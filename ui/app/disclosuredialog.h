#pragma once

#include "app/accessprompter.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fc {

/**
 * Asks who receives a disclosure (a chart export, a plain copy, the audit trail) and why, both
 * required: OK stays disabled until both are filled, so that nothing leaves the workspace without
 * an audit entry naming its recipient and justification.
 */
class DisclosureDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DisclosureDialog(const QString &what, QWidget *parent = nullptr);

    DisclosureAnswer answer() const;

    QLineEdit *recipientEdit() const { return m_recipient; }
    QPlainTextEdit *justificationEdit() const { return m_justification; }
    QPushButton *okButton() const;

private:
    void updateState();

    QLineEdit *m_recipient;
    QPlainTextEdit *m_justification;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
