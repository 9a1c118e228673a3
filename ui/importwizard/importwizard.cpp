#include "importwizard/importwizard.h"

#include "importwizard/filespage.h"
#include "importwizard/importpage.h"
#include "importwizard/importsession.h"
#include "importwizard/mappingpage.h"
#include "importwizard/previewpage.h"
#include "importwizard/reportpage.h"
#include "importwizard/validatepage.h"

namespace fc {

ImportWizard::ImportWizard(const WorkspaceAccess &access, QWidget *parent)
    : QWizard(parent)
    , m_session(new ImportSession(access, this))
{
    setWindowTitle(tr("Import Files"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilesPageId, new FilesPage(m_session, this));
    setPage(PreviewPageId, new PreviewPage(m_session, this));
    setPage(MappingPageId, new MappingPage(m_session, this));
    setPage(ValidatePageId, new ValidatePage(m_session, this));
    setPage(ImportPageId, new ImportPage(m_session, this));
    setPage(ReportPageId, new ReportPage(m_session, this));
    resize(1000, 700);
}

bool ImportWizard::importedAny() const
{
    return m_session->importedAny();
}

void ImportWizard::reject()
{
    // Closing while work runs cancels it (the import then rolls back) before the dialog goes.
    if (m_session->isRunning()) {
        m_session->cancel();
        m_session->waitForFinished();
    }
    QWizard::reject();
}

} // namespace fc
