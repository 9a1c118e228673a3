#pragma once

#include <QWizard>

namespace fc {

class ImportSession;
class WorkspaceAccess;

/**
 * The import wizard: pick files, preview them as parsed, map columns (suggested, editable,
 * load/save the spec), validate with per-row errors, import with progress and Cancel, report.
 * All state lives in ImportSession; the pages only show and edit it.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum Page { FilesPageId, PreviewPageId, MappingPageId, ValidatePageId, ImportPageId, ReportPageId };

    explicit ImportWizard(const WorkspaceAccess &access, QWidget *parent = nullptr);

    ImportSession *session() const { return m_session; }
    bool importedAny() const;

protected:
    void reject() override;

private:
    ImportSession *m_session;
};

} // namespace fc
