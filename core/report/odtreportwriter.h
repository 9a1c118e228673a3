#pragma once

#include "report/reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace fc {

/**
 * Writes a ReportDocument as an editable OpenDocument text (.odt) with QTextDocumentWriter. Qt's
 * ODF has no page header or footer, so the file is then rewritten (QuaZip) with a master page
 * "Standard" in styles.xml whose header and footer carry the handling marking and the page number:
 * every page of the document uses it, so the marking is on every page however the word processor
 * paginates. The contents page lists the sections without page numbers (the word processor lays
 * out the pages).
 */
class OdtReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(OdtReportWriter)

public:
    static bool write(const ReportDocument &report, const QString &path, QString *error);

    /** styles.xml with the marked master page added (or replacing Qt's); empty when it is not ODF styles. */
    static QByteArray markStyles(const QByteArray &stylesXml, const QString &marking);
};

} // namespace fc
