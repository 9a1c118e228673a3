#include "report/odtreportwriter.h"

#include "report/reportcomposer.h"

#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextDocumentWriter>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace fc {

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

bool readZip(const QString &path, QList<ZipEntry> *entries, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = QStringLiteral("cannot open %1 as a zip (code %2)").arg(path).arg(zip.getZipError());
        return false;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1 in %2").arg(zip.getCurrentFileName(), path);
            return false;
        }
        entries->append({zip.getCurrentFileName(), file.readAll()});
    }
    return true;
}

bool writeZip(const QString &path, const QList<ZipEntry> &entries, QString *error)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate)) {
        *error = QStringLiteral("cannot create %1 (code %2)").arg(path).arg(zip.getZipError());
        return false;
    }
    for (const ZipEntry &e : entries) {
        QuaZipFile file(&zip);
        // ODF: "mimetype" first and stored (not compressed), so that it can be recognised by its bytes.
        const bool stored = e.name == QLatin1String("mimetype");
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name), nullptr, 0, stored ? 0 : 8, stored ? 0 : 6)
            || file.write(e.data) != e.data.size()) {
            *error = QStringLiteral("cannot write %1 in %2").arg(e.name, path);
            return false;
        }
        file.close();
    }
    zip.close();
    if (zip.getZipError() != 0) {
        *error = QStringLiteral("cannot finish %1 (code %2)").arg(path).arg(zip.getZipError());
        return false;
    }
    return true;
}

QByteArray between(const QByteArray &text, const QByteArray &open, const QByteArray &close)
{
    const qsizetype start = text.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(close, start + open.size());
    if (end < 0)
        return {};
    return text.mid(start + open.size(), end - start - open.size());
}

} // namespace

QByteArray OdtReportWriter::markStyles(const QByteArray &stylesXml, const QString &marking)
{
    // Qt's own named styles are kept; page layout and master page are ours.
    const QByteArray qtStyles = between(stylesXml, "<office:styles>", "</office:styles>");
    const QByteArray mark = marking.toHtmlEscaped().toUtf8();
    QByteArray out;
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-styles"
           " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
           " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
           " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
           " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
           " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
           " xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\""
           " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
           " xmlns:xlink=\"http://www.w3.org/1999/xlink\""
           " office:version=\"1.2\">\n"
           "<office:styles>";
    out += qtStyles;
    out += "<style:style style:name=\"FcMarking\" style:family=\"paragraph\">"
           "<style:paragraph-properties fo:text-align=\"center\"/>"
           "<style:text-properties fo:font-size=\"9pt\" fo:font-weight=\"bold\"/></style:style>"
           "</office:styles>\n"
           "<office:automatic-styles>"
           "<style:page-layout style:name=\"FcPageLayout\">"
           "<style:page-layout-properties fo:page-width=\"21cm\" fo:page-height=\"29.7cm\""
           " style:print-orientation=\"portrait\" fo:margin-top=\"1cm\" fo:margin-bottom=\"1cm\""
           " fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/>"
           "<style:header-style><style:header-footer-properties fo:min-height=\"0.8cm\" fo:margin-bottom=\"0.4cm\"/></style:header-style>"
           "<style:footer-style><style:header-footer-properties fo:min-height=\"0.8cm\" fo:margin-top=\"0.4cm\"/></style:footer-style>"
           "</style:page-layout>"
           "</office:automatic-styles>\n"
           "<office:master-styles>"
           "<style:master-page style:name=\"Standard\" style:page-layout-name=\"FcPageLayout\">"
           "<style:header><text:p text:style-name=\"FcMarking\">";
    out += mark;
    out += "</text:p></style:header>"
           "<style:footer><text:p text:style-name=\"FcMarking\">";
    out += mark;
    out += "</text:p><text:p text:style-name=\"FcMarking\">Page <text:page-number text:select-page=\"current\"/>"
           " of <text:page-count/></text:p></style:footer>"
           "</style:master-page>"
           "</office:master-styles>\n"
           "</office:document-styles>\n";
    return out;
}

bool OdtReportWriter::write(const ReportDocument &report, const QString &path, QString *error)
{
    QString localError;
    if (!error)
        error = &localError;
    QTemporaryDir tmp;
    if (!tmp.isValid()) {
        *error = tr("cannot write %1: no temporary folder").arg(path);
        return false;
    }
    const QString raw = tmp.filePath(QStringLiteral("qt.odt"));
    {
        ComposedReport composed = ReportComposer::compose(report, {}, false);
        QTextDocumentWriter writer(raw, "odf");
        if (!writer.write(composed.document.get())) {
            *error = tr("cannot write %1: %2").arg(path, writer.device() ? writer.device()->errorString() : QString());
            return false;
        }
    }
    QList<ZipEntry> entries;
    if (!readZip(raw, &entries, error))
        return false;

    bool haveStyles = false;
    for (ZipEntry &e : entries) {
        if (e.name == QLatin1String("styles.xml")) {
            e.data = markStyles(e.data, report.marking);
            haveStyles = true;
        } else if (e.name == QLatin1String("content.xml")) {
            // The first paragraph names the master page, so the document starts on the marked page style.
            e.data.replace("<office:automatic-styles>",
                           "<office:automatic-styles><style:style style:name=\"FcFirst\" style:family=\"paragraph\""
                           " style:master-page-name=\"Standard\"/>");
            e.data.replace("<office:text>", "<office:text><text:p text:style-name=\"FcFirst\"/>");
        }
    }
    if (!haveStyles) {
        entries.append({QStringLiteral("styles.xml"), markStyles({}, report.marking)});
        for (ZipEntry &e : entries)
            if (e.name == QLatin1String("META-INF/manifest.xml") && !e.data.contains("\"styles.xml\""))
                e.data.replace("</manifest:manifest>",
                               "<manifest:file-entry manifest:media-type=\"text/xml\" manifest:full-path=\"styles.xml\"/>"
                               "</manifest:manifest>");
    }
    // mimetype first.
    std::stable_sort(entries.begin(), entries.end(), [](const ZipEntry &a, const ZipEntry &b) {
        return (a.name == QLatin1String("mimetype")) > (b.name == QLatin1String("mimetype"));
    });
    const QString marked = tmp.filePath(QStringLiteral("marked.odt"));
    if (!writeZip(marked, entries, error))
        return false;
    QFile::remove(path);
    if (!QFile::copy(marked, path)) {
        *error = tr("cannot write %1").arg(path);
        return false;
    }
    return true;
}

} // namespace fc
