#pragma once

#include <QObject>
#include <QString>

namespace fc {

class MainWindow;

/**
 * Makes the README's offender-management pictures on an opened workspace (the demo): the
 * Offenders dock once ranked (offenders.png), the profile of the first-ranked person (profile.png)
 * and the association view of the network closest to 15 people (association.png), each floated at
 * a fixed size. finished(ok) once the last is saved.
 */
class OffenderScreenshots : public QObject
{
    Q_OBJECT
public:
    OffenderScreenshots(MainWindow *window, const QString &directory);

    /** Starts when the window's workspace opens. */
    void start();

signals:
    void finished(bool ok);

private:
    void shootOffenders();
    void shootProfile();
    void shootAssociations();
    bool save(QWidget *widget, const QString &name);

    MainWindow *m_window;
    QString m_directory;
    bool m_ok = true;
};

} // namespace fc
