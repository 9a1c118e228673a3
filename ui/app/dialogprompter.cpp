#include "app/dialogprompter.h"

#include "app/disclosuredialog.h"
#include "app/passphrasedialog.h"
#include "app/purposedialog.h"

namespace fc {

DialogPrompter::DialogPrompter(QWidget *parent) : m_parent(parent) {}

std::optional<QByteArray> DialogPrompter::passphrase(const QString &path, const QString &problem)
{
    PassphraseDialog dialog(PassphraseDialog::EnterPassphrase, m_parent);
    dialog.setWorkspace(path, problem);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

std::optional<QByteArray> DialogPrompter::newPassphrase(const QString &title, bool optional)
{
    PassphraseDialog dialog(PassphraseDialog::NewPassphrase, m_parent);
    dialog.setWindowTitle(title);
    dialog.setEncryptionOptional(optional);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.takePassphrase();
}

std::optional<AccessPurpose> DialogPrompter::purpose(const AccessPurpose &previous)
{
    PurposeDialog dialog(previous, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.purpose();
}

std::optional<DisclosureAnswer> DialogPrompter::disclosure(const QString &what)
{
    DisclosureDialog dialog(what, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

} // namespace fc
