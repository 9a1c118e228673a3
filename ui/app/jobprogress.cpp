#include "app/jobprogress.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace fc {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_bar->setRange(0, 1000);
    m_cancel->setToolTip(tr("Stop this computation; what is shown stays as it was"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &JobProgress::cancelRequested);
    setVisible(false);
}

void JobProgress::start()
{
    m_active = true;
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    setVisible(true);
}

void JobProgress::startBusy()
{
    m_active = true;
    m_bar->setRange(0, 0);
    setVisible(true);
}

void JobProgress::setFraction(double fraction)
{
    if (m_active)
        m_bar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
}

void JobProgress::stop()
{
    m_active = false;
    setVisible(false);
}

} // namespace fc
