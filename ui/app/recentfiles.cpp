#include "app/recentfiles.h"

#include "app/preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace fc {

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return Preferences::recentWorkspaces().get();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > Preferences::maxRecentWorkspaces)
        list.removeLast();
    Preferences::recentWorkspaces().set(list);
    rebuildMenu();
    emit changed();
}

void RecentFiles::clear()
{
    Preferences::recentWorkspaces().set({});
    rebuildMenu();
    emit changed();
}

void RecentFiles::attachMenu(QMenu *menu)
{
    m_menu = menu;
    rebuildMenu();
}

void RecentFiles::rebuildMenu()
{
    if (!m_menu)
        return;
    m_menu->clear();
    const QStringList list = files();
    int n = 0;
    for (const QString &path : list) {
        // The file name is shown with an accelerator; the full path is the tooltip.
        QAction *a = m_menu->addAction(tr("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (!list.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("Clear Recent Workspaces"), this, &RecentFiles::clear);
    clearAction->setEnabled(!list.isEmpty());
}

} // namespace fc
