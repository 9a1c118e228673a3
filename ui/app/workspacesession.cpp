#include "app/workspacesession.h"

#include "store/workspace.h"

#include <QFileInfo>

namespace fc {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::open(const QString &path, QString *error)
{
    QString why;
    auto workspace = Workspace::open(path, &why);
    if (!workspace) {
        if (error)
            *error = tr("Cannot open the workspace %1: %2").arg(path, why);
        return false;
    }
    close();
    m_workspace = std::move(workspace);
    m_path = QFileInfo(path).absoluteFilePath();
    emit opened(m_path);
    return true;
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    emit aboutToClose();
    m_workspace.reset();
    m_path.clear();
    emit closed();
}

} // namespace fc
