#pragma once

#include <QObject>
#include <QString>
#include <memory>

namespace fc {

class Workspace;

/**
 * The workspace the window has open, on the GUI thread. Panes read through workspace(); work in
 * other threads opens its own connection from path() (one SQLite connection per thread).
 */
class WorkspaceSession : public QObject
{
    Q_OBJECT
public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /** Opens (or creates) a workspace; false + *error (naming the file) if it cannot be opened. */
    bool open(const QString &path, QString *error);
    void close();

    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const { return m_path; }
    bool isOpen() const { return m_workspace != nullptr; }

signals:
    void aboutToClose();
    void opened(const QString &path);
    void closed();
    /** Data changed under the panes (an import finished). */
    void dataChanged();

public slots:
    void notifyDataChanged() { emit dataChanged(); }

private:
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
};

} // namespace fc
