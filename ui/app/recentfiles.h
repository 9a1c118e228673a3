#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace fc {

/** The recently opened workspaces, most recent first, kept in the settings and shown in a menu. */
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void clear();
    /** Keeps the menu's entries in step with the list. */
    void attachMenu(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void changed();

private:
    void rebuildMenu();
    QMenu *m_menu = nullptr;
};

} // namespace fc
