#include "app/screenshottaker.h"

#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QWidget>

namespace fc {

ScreenshotTaker::ScreenshotTaker(QWidget *window, const QString &path, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(path)
{
    m_quiet.setSingleShot(true);
    m_quiet.setInterval(4000); // the force layout animates for up to ~3 s
    m_limit.setSingleShot(true);
    m_limit.setInterval(20000);
    connect(&m_quiet, &QTimer::timeout, this, &ScreenshotTaker::take);
    connect(&m_limit, &QTimer::timeout, this, &ScreenshotTaker::take);
}

void ScreenshotTaker::ready()
{
    if (m_ready)
        return;
    m_ready = true;
    m_quiet.start();
    m_limit.start();
}

void ScreenshotTaker::changed()
{
    if (m_ready && !m_taken)
        m_quiet.start();
}

void ScreenshotTaker::settled()
{
    if (m_ready && !m_taken)
        m_quiet.start(500);
}

void ScreenshotTaker::take()
{
    if (m_taken)
        return;
    m_taken = true;
    m_quiet.stop();
    m_limit.stop();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    const bool ok = m_window->grab().save(m_path);
    emit done(ok);
}

} // namespace fc
