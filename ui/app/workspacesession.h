#pragma once

#include "store/workspaceaccess.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <memory>

namespace fc {

class Workspace;

/**
 * The workspace the window has open, on the GUI thread. Panes read through workspace(); work in
 * other threads opens its own connection from access() (one SQLite connection per thread). The
 * session holds the passphrase of an encrypted workspace in memory only (never in settings or
 * logs; wiped on close) and the purpose of access stated for this session, which outlives the
 * workspace it was stated on.
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /**
     * Opens (or creates) a workspace, encrypted when a passphrase is given; false + *error (naming
     * the file) if it cannot be opened.
     */
    bool open(const QString &path, QString *error, const QByteArray &passphrase = QByteArray());
    void close();

    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const { return m_access.path(); }
    bool isOpen() const { return m_workspace != nullptr; }
    bool isEncrypted() const { return m_access.isEncrypted(); }
    /** What a worker needs to open the same workspace: path, passphrase, user and purpose. */
    WorkspaceAccess access() const { return m_access; }

    /** The purpose of access stated for this session; empty until one is stated. */
    QString purpose() const { return m_purpose; }
    void setPurpose(const QString &purpose);

    /** Changes the passphrase of the open (encrypted) workspace; false + *error. */
    bool changePassphrase(const QByteArray &newPassphrase, QString *error);

signals:
    void aboutToClose();
    void opened(const QString &path);
    void closed();
    /** Data changed under the panes (an import finished). */
    void dataChanged();
    void purposeChanged(const QString &purpose);

public slots:
    void notifyDataChanged() { emit dataChanged(); }

private:
    std::unique_ptr<Workspace> m_workspace;
    WorkspaceAccess m_access;
    QString m_purpose;
};

} // namespace fc
