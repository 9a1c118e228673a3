#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace fc {

/** The purpose of access an analyst states (DPA 2018 s.62): a case or operation and a reason. */
struct AccessPurpose
{
    QString reference; // operation or case reference; may be empty
    QString reason;

    /** The justification written to the audit trail. */
    QString text() const
    {
        const QString ref = reference.trimmed();
        return ref.isEmpty() ? reason.trimmed() : ref + QStringLiteral(": ") + reason.trimmed();
    }
};

/** Who receives a disclosure, and why. */
struct DisclosureAnswer
{
    QString recipient;
    QString justification;
};

/**
 * The questions that accountability asks the analyst: passphrases, the purpose of access and the
 * recipient and justification of a disclosure. AccessController asks through this, never through
 * dialogs of its own, so that tests answer with a provider of their own and never meet a modal
 * dialog. DialogPrompter is the workstation's. Every answer is std::nullopt when the analyst
 * declines.
 */
class AccessPrompter
{
public:
    virtual ~AccessPrompter() = default;

    /** The passphrase of the encrypted workspace at path; problem (if any) says why it is asked again. */
    virtual std::optional<QByteArray> passphrase(const QString &path, const QString &problem) = 0;
    /**
     * A new passphrase, entered twice. With optional, the analyst may choose not to encrypt: the
     * answer is then an empty passphrase (a new plain workspace).
     */
    virtual std::optional<QByteArray> newPassphrase(const QString &title, bool optional) = 0;
    /** The purpose of this session's access, pre-filled with the last one used. */
    virtual std::optional<AccessPurpose> purpose(const AccessPurpose &previous) = 0;
    /** The recipient and justification of a disclosure; what says what is about to be written. */
    virtual std::optional<DisclosureAnswer> disclosure(const QString &what) = 0;
};

} // namespace fc
