#include "app/passphrasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

PassphraseDialog::PassphraseDialog(Mode mode, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_intro(new QLabel(this)), m_problem(new QLabel(this)),
      m_encrypt(new QCheckBox(tr("Encrypt with a passphrase"), this)), m_first(new QLineEdit(this)),
      m_second(new QLineEdit(this)), m_mismatch(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // The intro and the problem quote file names: plain text only.
    for (QLabel *label : {m_intro, m_problem, m_mismatch}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_mismatch->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseDialog::updateState);
    }
    m_encrypt->setChecked(true);
    m_encrypt->hide();
    connect(m_encrypt, &QCheckBox::toggled, this, &PassphraseDialog::updateState);

    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_first);
    if (mode == NewPassphrase) {
        setWindowTitle(tr("New Passphrase"));
        m_intro->setText(tr("Choose a passphrase. It is not stored anywhere: without it the workspace "
                            "cannot be opened."));
        form->addRow(tr("Repeat:"), m_second);
    } else {
        setWindowTitle(tr("Encrypted Workspace"));
        m_second->hide();
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_problem);
    layout->addWidget(m_encrypt);
    layout->addLayout(form);
    layout->addWidget(m_mismatch);
    layout->addWidget(m_buttons);
    updateState();
}

void PassphraseDialog::setWorkspace(const QString &path, const QString &problem)
{
    m_intro->setText(tr("%1 is encrypted. Enter its passphrase:").arg(QDir::toNativeSeparators(path)));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PassphraseDialog::setEncryptionOptional(bool optional)
{
    m_encrypt->setVisible(optional);
    m_encrypt->setChecked(!optional);
    updateState();
}

bool PassphraseDialog::encrypt() const
{
    return m_encrypt->isChecked();
}

QPushButton *PassphraseDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QByteArray PassphraseDialog::takePassphrase()
{
    const QByteArray passphrase = encrypt() ? m_first->text().toUtf8() : QByteArray();
    m_first->clear();
    m_second->clear();
    return passphrase;
}

void PassphraseDialog::updateState()
{
    const bool fields = m_mode == EnterPassphrase || encrypt();
    m_first->setEnabled(fields);
    m_second->setEnabled(fields);
    bool ok = !fields || !m_first->text().isEmpty();
    QString mismatch;
    if (fields && m_mode == NewPassphrase && !m_second->text().isEmpty() &&
        m_first->text() != m_second->text())
        mismatch = tr("The two passphrases differ.");
    if (fields && m_mode == NewPassphrase)
        ok = ok && m_first->text() == m_second->text();
    m_mismatch->setText(mismatch);
    m_mismatch->setVisible(!mismatch.isEmpty());
    okButton()->setEnabled(ok);
}

} // namespace fc
