#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fc {

/**
 * Asks for a passphrase with the echo hidden: the passphrase of an encrypted workspace
 * (EnterPassphrase, with the reason it is asked again after a wrong one), or a new one entered
 * twice (NewPassphrase, optionally behind "Encrypt with a passphrase"). OK stays disabled until
 * the answer is usable. The fields are cleared once the passphrase has been taken.
 */
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    enum Mode { EnterPassphrase, NewPassphrase };

    PassphraseDialog(Mode mode, QWidget *parent = nullptr);

    /** EnterPassphrase: the workspace file and, after a failure, what went wrong (plain text). */
    void setWorkspace(const QString &path, const QString &problem);
    /** NewPassphrase: offers to leave the workspace plain ("Encrypt with a passphrase" unticked). */
    void setEncryptionOptional(bool optional);

    /** Whether the analyst chose to encrypt (always true unless encryption is optional). */
    bool encrypt() const;
    /** The passphrase as UTF-8; clears the fields. Empty when not encrypting. */
    QByteArray takePassphrase();

    QLineEdit *passphraseEdit() const { return m_first; }
    QLineEdit *repeatEdit() const { return m_second; }
    QCheckBox *encryptBox() const { return m_encrypt; }
    QPushButton *okButton() const;

private:
    void updateState();

    Mode m_mode;
    QLabel *m_intro;
    QLabel *m_problem;
    QCheckBox *m_encrypt;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_mismatch;
    QDialogButtonBox *m_buttons;
};

} // namespace fc
