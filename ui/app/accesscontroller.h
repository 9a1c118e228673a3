#pragma once

#include "app/accessprompter.h"
#include "store/auditlog.h"

#include <QObject>
#include <functional>
#include <memory>

namespace fc {

class WorkspaceSession;

/**
 * Accountability in the workstation: opening encrypted workspaces (asking for the passphrase
 * again after a wrong one), the purpose of access stated once per session, the consultation
 * logged when a profile is opened, and disclosures (chart exports, plain copies, the audit trail)
 * written only once a recipient and justification are given and logged with what was written.
 * It asks the analyst through an AccessPrompter (dialogs, or a test's answers) and writes
 * through the session's workspace; MainWindow only wires menus and panes to it.
 */
class AccessController : public QObject
{
    Q_OBJECT
public:
    AccessController(WorkspaceSession *session, std::unique_ptr<AccessPrompter> prompter,
                     QObject *parent = nullptr);
    ~AccessController() override;

    /** Replaces the prompter (tests answer the questions themselves). */
    void setPrompter(std::unique_ptr<AccessPrompter> prompter);

    /**
     * Opens a workspace; an encrypted one with passphrase if given (a wrong one fails), else
     * asking for it (again after a wrong one). False + *error on failure; false with *error empty
     * when the analyst cancelled.
     */
    bool openWorkspace(const QString &path, const QByteArray &passphrase, QString *error);
    /** Creates a workspace, encrypted if the analyst chooses a passphrase. Like openWorkspace(). */
    bool createWorkspace(const QString &path, QString *error);

    /** The stated purpose, asking for it if none was stated yet; false if the analyst declines. */
    bool ensurePurpose();
    /** Asks for a new purpose (pre-filled with the current one); false if the analyst cancels. */
    bool changePurpose();

    /**
     * A person's profile is about to be shown: records the consultation with the purpose of
     * access. False (show nothing) when no purpose is stated or it cannot be recorded.
     */
    bool consultEntity(qint64 entityId);

    /**
     * A disclosure to a file: asks for recipient and justification (what, translated, says what is
     * written), calls write(&error) to write path, then records objectType, the file name, format
     * (e.g. "png"), its size and SHA-256. Nothing is written without an answer; a file whose
     * disclosure cannot be recorded is removed. False + *error; *error empty when cancelled.
     */
    bool discloseFile(const QString &objectType, const QString &path, const QString &format,
                      const QString &what, const std::function<bool(QString *)> &write, QString *error);

    /** Decrypts the workspace to a plain copy at path: a disclosure. */
    bool savePlainCopy(const QString &path, QString *error);
    /** Writes an encrypted copy with a new passphrase (asked twice). */
    bool saveEncryptedCopy(const QString &path, QString *error);
    /** Changes the passphrase of the open encrypted workspace (asked twice). */
    bool changePassphrase(QString *error);
    /** The audit entries to a CSV file for the data protection officer: a disclosure. */
    bool exportAuditTrail(const QList<AuditEntry> &entries, const QString &path, QString *error);

signals:
    /** An entry was added to the audit trail from the window. */
    void auditChanged();

private:
    WorkspaceSession *m_session;
    std::unique_ptr<AccessPrompter> m_prompter;
};

} // namespace fc
