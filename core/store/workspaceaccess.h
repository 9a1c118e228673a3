#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace fc {

class Workspace;

/**
 * What a thread needs to open its own connection to the workspace the analyst has open (one
 * SQLite connection per thread): the file, the passphrase of an encrypted one, who is working and
 * the purpose of access they stated, so that a job's audit entries say the same as the window's.
 * Cheap to copy into a worker. The passphrase is held in memory only: copies share one buffer,
 * which is overwritten with zeros when the last copy goes.
 */
class WorkspaceAccess
{
public:
    WorkspaceAccess() = default;
    /** A workspace file; the passphrase (empty for a plain workspace) is copied, not shared. */
    explicit WorkspaceAccess(const QString &path, const QByteArray &passphrase = QByteArray());

    QString path() const { return m_path; }
    bool isValid() const { return !m_path.isEmpty(); }
    bool isEncrypted() const { return m_passphrase && !m_passphrase->isEmpty(); }
    /** Replaces the passphrase (after a change of passphrase); the old buffer is wiped when unused. */
    void setPassphrase(const QByteArray &passphrase);

    /** Who is working; empty means the operating-system user. */
    QString userName() const { return m_userName; }
    void setUserName(const QString &userName) { m_userName = userName; }
    /** The stated purpose of access (DPA 2018 s.62 justification); empty when none was stated. */
    QString purpose() const { return m_purpose; }
    void setPurpose(const QString &purpose) { m_purpose = purpose; }

    /** Opens a connection of its own, with the user and purpose set; nullptr + *error on failure. */
    std::unique_ptr<Workspace> open(QString *error) const;

    /**
     * Reads a passphrase for scripts and tests: from file if one is named (a trailing newline is
     * not part of it), else from the environment variable envVar (empty if unset). Never from the
     * command line itself. False + *error if the file cannot be read.
     */
    static bool readPassphrase(const QString &file, const char *envVar, QByteArray *passphrase,
                               QString *error);

private:
    QString m_path;
    std::shared_ptr<QByteArray> m_passphrase;
    QString m_userName;
    QString m_purpose;
};

} // namespace fc
