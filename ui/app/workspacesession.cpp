#include "app/workspacesession.h"

#include "store/workspace.h"

#include <QFileInfo>

namespace fc {

WorkspaceSession::WorkspaceSession(QObject *parent) : QObject(parent) {}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::open(const QString &path, QString *error, const QByteArray &passphrase)
{
    WorkspaceAccess access(QFileInfo(path).absoluteFilePath(), passphrase);
    access.setPurpose(m_purpose);
    QString why;
    auto workspace = access.open(&why);
    if (!workspace) {
        if (error)
            *error = tr("Cannot open the workspace %1: %2").arg(path, why);
        return false;
    }
    close();
    m_workspace = std::move(workspace);
    m_access = access;
    emit opened(m_access.path());
    return true;
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    emit aboutToClose();
    m_workspace.reset();
    m_access = WorkspaceAccess(); // the last copy of the passphrase is wiped once no job holds one
    emit closed();
}

void WorkspaceSession::setPurpose(const QString &purpose)
{
    if (purpose == m_purpose)
        return;
    m_purpose = purpose;
    m_access.setPurpose(purpose);
    if (m_workspace)
        m_workspace->setPurpose(purpose);
    emit purposeChanged(purpose);
}

bool WorkspaceSession::changePassphrase(const QByteArray &newPassphrase, QString *error)
{
    if (!m_workspace || !m_access.isEncrypted()) {
        if (error)
            *error = tr("The workspace is not encrypted: save an encrypted copy instead.");
        return false;
    }
    if (!m_workspace->changePassphrase(newPassphrase, error))
        return false;
    m_access.setPassphrase(newPassphrase);
    return true;
}

} // namespace fc
