#include "app/disclosuredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

DisclosureDialog::DisclosureDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_recipient(new QLineEdit(this)), m_justification(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record Disclosure"));
    // what names a file chosen by the analyst: plain text.
    auto *intro = new QLabel(tr("%1\n\nThis is a disclosure of personal data and is recorded in the audit "
                                "trail (DPA 2018 s.62). Who receives it, and why?")
                                 .arg(what),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_recipient->setPlaceholderText(tr("e.g. DS Khan, CPS Yorkshire"));
    m_justification->setPlaceholderText(tr("e.g. case file for the charging decision"));
    m_justification->setTabChangesFocus(true);
    m_justification->setFixedHeight(m_justification->fontMetrics().lineSpacing() * 4);
    connect(m_recipient, &QLineEdit::textChanged, this, &DisclosureDialog::updateState);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &DisclosureDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Justification:"), m_justification);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    updateState();
}

DisclosureAnswer DisclosureDialog::answer() const
{
    return DisclosureAnswer{m_recipient->text().trimmed(), m_justification->toPlainText().trimmed()};
}

QPushButton *DisclosureDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void DisclosureDialog::updateState()
{
    const DisclosureAnswer a = answer();
    okButton()->setEnabled(!a.recipient.isEmpty() && !a.justification.isEmpty());
}

} // namespace fc
