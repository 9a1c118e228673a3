#include "app/purposedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

PurposeDialog::PurposeDialog(const AccessPurpose &previous, QWidget *parent)
    : QDialog(parent), m_reference(new QLineEdit(previous.reference, this)),
      m_reason(new QLineEdit(previous.reason, this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Purpose of Access"));
    auto *intro = new QLabel(tr("Every consultation of personal data is recorded with its purpose (DPA 2018 "
                                "s.62). State why you are consulting this workspace in this session:"),
                             this);
    intro->setWordWrap(true);
    m_reference->setPlaceholderText(tr("e.g. Op KESTREL or case 24/1234"));
    m_reason->setPlaceholderText(tr("e.g. identify associates of the suspects"));
    connect(m_reason, &QLineEdit::textChanged, this, &PurposeDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Operation or case:"), m_reference);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(480, sizeHint().height());
    updateState();
}

AccessPurpose PurposeDialog::purpose() const
{
    return AccessPurpose{m_reference->text().trimmed(), m_reason->text().trimmed()};
}

QPushButton *PurposeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PurposeDialog::updateState()
{
    okButton()->setEnabled(!m_reason->text().trimmed().isEmpty());
}

} // namespace fc
