#include "importwizard/validatepage.h"

#include "importwizard/importsession.h"
#include "importwizard/rejecttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace fc {

ValidatePage::ValidatePage(ImportSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setTitle(tr("Validation"));
    setSubTitle(tr("Every row is checked as the import will read it. Rejected rows are kept with their reason; "
                   "go back to change the mapping, or go on to import the rest."));
    m_progress->setRange(0, 1000);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto *view = new QTableView(this);
    view->setModel(m_session->validationErrors());
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    connect(m_session, &ImportSession::progressChanged, this, [this](int permille) {
        if (m_session->state() == ImportSession::State::Validating)
            m_progress->setValue(permille);
    });
    connect(m_session, &ImportSession::validationFinished, this, [this](bool ok) {
        m_progress->setValue(1000);
        if (ok)
            m_summary->setText(tr("%1 row(s) can be imported, %2 would be rejected.")
                                   .arg(m_session->validAccepted())
                                   .arg(m_session->validRejected()));
        else
            m_summary->setText(tr("The files cannot be imported with this mapping: see the first rows below."));
        emit completeChanged();
    });
}

void ValidatePage::initializePage()
{
    m_summary->setText(tr("Checking…"));
    m_progress->setValue(0);
    m_session->startValidation();
}

void ValidatePage::cleanupPage()
{
    m_session->cancel();
    m_session->waitForFinished();
}

bool ValidatePage::isComplete() const
{
    return m_session->state() == ImportSession::State::Validated;
}

} // namespace fc
