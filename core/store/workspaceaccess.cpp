#include "store/workspaceaccess.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>

namespace fc {

namespace {
std::shared_ptr<QByteArray> holdSecret(const QByteArray &secret)
{
    if (secret.isEmpty())
        return nullptr;
    // A deep copy: the buffer is ours alone, so that wiping it cannot detach into a fresh copy and
    // leave the bytes behind in a buffer shared with the caller.
    return std::shared_ptr<QByteArray>(new QByteArray(secret.constData(), secret.size()),
                                       [](QByteArray *bytes) {
                                           bytes->fill('\0');
                                           delete bytes;
                                       });
}
} // namespace

WorkspaceAccess::WorkspaceAccess(const QString &path, const QByteArray &passphrase)
    : m_path(path), m_passphrase(holdSecret(passphrase))
{
}

void WorkspaceAccess::setPassphrase(const QByteArray &passphrase)
{
    m_passphrase = holdSecret(passphrase);
}

std::unique_ptr<Workspace> WorkspaceAccess::open(QString *error) const
{
    auto workspace = Workspace::open(m_path, error, m_passphrase ? *m_passphrase : QByteArray());
    if (!workspace)
        return nullptr;
    if (!m_userName.isEmpty())
        workspace->setUserName(m_userName);
    workspace->setPurpose(m_purpose);
    return workspace;
}

bool WorkspaceAccess::readPassphrase(const QString &file, const char *envVar, QByteArray *passphrase,
                                     QString *error)
{
    passphrase->clear();
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("WorkspaceAccess", "cannot read the passphrase file %1: %2")
                         .arg(file, f.errorString());
            return false;
        }
        *passphrase = f.readAll();
        // A trailing newline from an editor or echo is not part of the passphrase.
        while (passphrase->endsWith('\n') || passphrase->endsWith('\r'))
            passphrase->chop(1);
        return true;
    }
    *passphrase = qgetenv(envVar);
    return true;
}

} // namespace fc
