#pragma once

#include "report/reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace fc {

/**
 * Writes a ReportDocument to PDF with QPdfWriter (A4). The QTextDocument is paginated to the body
 * of the page and each page painted by hand, so that the handling marking is in the header and the
 * footer of every page, with "Page N of M" in the footer. The contents page's page numbers come
 * from a first layout pass.
 */
class PdfReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    /** Writes the file; false and *error on failure. *pages: the number of pages written. */
    static bool write(const ReportDocument &report, const QString &path, QString *error, int *pages = nullptr);
};

} // namespace fc
