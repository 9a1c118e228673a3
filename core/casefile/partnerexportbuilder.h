#pragma once

#include "casefile/caseselection.h"
#include "casefile/partnerexport.h"

#include <QCoreApplication>
#include <optional>

namespace fc {

class Workspace;

/**
 * Builds a PartnerExport for one recipient: every record linked to the people and incidents is
 * put to SectionPolicy::withholdFrom(); what is released gives the names, descriptions, incidents
 * (date, store, offence, value) and vehicles; what is withheld is listed in the manifest with the
 * reason. Image exhibits go in unless withheld. Reading only: the caller records the disclosure.
 */
class PartnerExportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PartnerExportBuilder)

public:
    explicit PartnerExportBuilder(Workspace &workspace);

    std::optional<PartnerExport> build(const CaseSelection &selection, const Recipient &recipient,
                                       const QList<Exhibit> &exhibits, QString *error);

    static bool isImage(const QString &path);

private:
    Workspace &m_workspace;
};

} // namespace fc
