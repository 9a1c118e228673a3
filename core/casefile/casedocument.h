#pragma once

#include "casefile/casefile.h"
#include "casefile/partnerexport.h"
#include "report/reportdocument.h"

#include <QCoreApplication>

namespace fc {

/**
 * Lays a CaseFile or a PartnerExport out as core/report documents (written to PDF and ODT by
 * core/report, with the handling marking on every page). The case file is two documents: the
 * disclosable parts (summary, schedule with legal notes, exhibits, figures, unused material,
 * history) and, apart, the sensitive material schedule, which is never in a disclosable part.
 * Section titles are constants so that tests and readers can find them.
 */
class CaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(CaseDocument)

public:
    static QString summaryTitle() { return QStringLiteral("Summary of the evidence (MG5)"); }
    static QString scheduleTitle() { return QStringLiteral("Schedule of incidents"); }
    static QString exhibitsTitle() { return QStringLiteral("Exhibits (MG12)"); }
    static QString figuresTitle() { return QStringLiteral("Link chart and timeline"); }
    static QString legalTitle() { return QStringLiteral("Notes on the law"); }
    static QString unusedTitle() { return QStringLiteral("Non-sensitive unused material (MG6C)"); }
    static QString historyTitle() { return QStringLiteral("Case history"); }
    static QString sensitiveTitle() { return QStringLiteral("Sensitive material (MG6D)"); }

    /** The disclosable case file. */
    static ReportDocument caseFile(const CaseFile &file);
    /** The sensitive material schedule, a separate document marked not for disclosure. */
    static ReportDocument sensitiveSchedule(const CaseFile &file);
    /** The partner export as the recipient receives it (the manifest is kept by the sender). */
    static ReportDocument partnerExport(const PartnerExport &exportData);
};

} // namespace fc
