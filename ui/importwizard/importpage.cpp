#include "importwizard/importpage.h"

#include "importwizard/importsession.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace fc {

ImportPage::ImportPage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel Import"), this))
{
    setTitle(tr("Import"));
    setSubTitle(tr("Each file is imported as one transaction: cancelling leaves the workspace as it was."));
    setCommitPage(true);
    m_progress->setRange(0, 1000);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_cancel, &QPushButton::clicked, m_session, &ImportSession::cancel);
    connect(m_session, &ImportSession::progressChanged, this, [this](int permille, const QString &text) {
        if (m_session->state() != ImportSession::State::Importing)
            return;
        m_progress->setValue(permille);
        m_label->setText(text);
    });
    connect(m_session, &ImportSession::importFinished, this, [this] {
        m_progress->setValue(1000);
        m_cancel->setEnabled(false);
        m_label->setText(tr("Finished."));
        emit completeChanged();
    });
}

void ImportPage::initializePage()
{
    m_cancel->setEnabled(true);
    m_progress->setValue(0);
    m_session->startImport();
}

bool ImportPage::isComplete() const
{
    return m_session->state() == ImportSession::State::Imported;
}

} // namespace fc
