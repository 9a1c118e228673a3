#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

namespace fc {

/**
 * Grabs a window to an image once what it shows has settled (for the README screenshot):
 * after ready() is called, it waits until nothing has changed for a quiet period (layout
 * animation finished) or a time limit passes, then saves and reports.
 */
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QWidget *window, const QString &path, QObject *parent = nullptr);

    /** The content is there; start waiting for it to settle. */
    void ready();
    /** Something changed (restarts the quiet period). */
    void changed();
    /** The content says it is final (layout finished): take it after a last repaint. */
    void settled();

signals:
    void done(bool ok);

private:
    void take();

    QWidget *m_window;
    QString m_path;
    bool m_ready = false;
    bool m_taken = false;
    QTimer m_quiet;
    QTimer m_limit;
};

} // namespace fc
