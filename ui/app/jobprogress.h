#pragma once

#include <QWidget>

class QProgressBar;
class QPushButton;

namespace fc {

/**
 * The progress bar and Cancel button a pane shows while its job runs off the UI thread: hidden
 * when idle; start() shows it at 0, setFraction() moves it, stop() hides it again. Cancel only
 * asks (cancelRequested): the pane cancels its job and hears when it has stopped.
 */
class JobProgress : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgress(QWidget *parent = nullptr);

    void start();
    /** The same for a job that reports no steps: a busy bar. */
    void startBusy();
    /** fraction in [0, 1]; ignored while stopped (a late report of a finished job). */
    void setFraction(double fraction);
    void stop();
    bool isActive() const { return m_active; }

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    bool m_active = false;
};

} // namespace fc
