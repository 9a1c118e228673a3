// The marked document engine (core/report) and the six-monthly assessment: every section in the
// PDF's text (poppler's pdftotext, page by page) and in the ODT's XML, the marking on every page,
// the contents page and its page numbers, untrusted text kept as plain text.
#include "report/odtreportwriter.h"
#include "report/pdfreportwriter.h"
#include "report/reportdocument.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace fc;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pdfPage(const QString &pdf, int page)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                             QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
}

QByteArray zipEntry(const QString &zipPath, const QString &name, bool *stored = nullptr, int *index = nullptr)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return {};
    int k = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++k) {
        if (zip.getCurrentFileName() != name)
            continue;
        QuaZipFileInfo64 info;
        zip.getCurrentFileInfo(&info);
        if (stored)
            *stored = info.method == 0;
        if (index)
            *index = k;
        QuaZipFile f(&zip);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    return {};
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

/** A report of three sections, the second with a table long enough to run over several pages. */
ReportDocument sampleReport()
{
    ReportDocument r;
    r.title = QStringLiteral("Sample report");
    r.subtitle = QStringLiteral("Engine test");
    r.marking = QStringLiteral("OFFICIAL-SENSITIVE");
    r.titleLines << QStringLiteral("Period 2026-01-01 to 2026-06-30");
    r.addSection(QStringLiteral("Alpha summary")).paragraph(QStringLiteral("Untrusted <b>bold</b> & <i>text</i>"));
    QList<QStringList> rows;
    for (int k = 1; k <= 150; ++k)
        rows << QStringList{QStringLiteral("Row %1").arg(k), QString::number(k * 3)};
    r.addSection(QStringLiteral("Bravo figures")).table({QStringLiteral("Name"), QStringLiteral("Count")}, rows,
                                                        QStringLiteral("A long table"));
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter(&image).fillRect(20, 20, 60, 60, Qt::red);
    r.addSection(QStringLiteral("Charlie picture"), true).image(image, QStringLiteral("A red square"), 80)
        .paragraph(QStringLiteral("After the picture."));
    return r;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void pdfHasEverySectionAndTheMarkingOnEveryPage();
    void odtHasEverySectionAndTheMarkedMasterPage();
};

void TestReport::pdfHasEverySectionAndTheMarkingOnEveryPage()
{
    if (!havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) not installed");
    QTemporaryDir dir;
    const QString pdf = qEnvironmentVariableIsSet("FC_KEEP_REPORT") ? qEnvironmentVariable("FC_KEEP_REPORT")
                                                                   : dir.filePath(QStringLiteral("r.pdf"));
    const ReportDocument report = sampleReport();
    QString error;
    int pages = 0;
    QVERIFY2(PdfReportWriter::write(report, pdf, &error, &pages), qPrintable(error));
    // Title, contents, >= 2 pages of table, the picture's own page: at least 5.
    QCOMPARE(pdfPages(pdf), pages);
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));

    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfPage(pdf, p);
        QCOMPARE(text.count(QStringLiteral("OFFICIAL-SENSITIVE")) >= 2, true); // header and footer
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)), qPrintable(text));
    }
    // The contents page (2) lists each section with the page its heading is on.
    const QString contents = pdfPage(pdf, 2);
    QVERIFY(contents.contains(QStringLiteral("Contents")));
    const QStringList headings{QStringLiteral("1 Alpha summary"), QStringLiteral("2 Bravo figures"),
                               QStringLiteral("3 Charlie picture")};
    for (const QString &h : headings) {
        const QRegularExpressionMatch m =
            QRegularExpression(QRegularExpression::escape(h) + QStringLiteral("\\s+(\\d+)")).match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(h + QStringLiteral(" not in contents: ") + contents));
        const int page = m.captured(1).toInt();
        QVERIFY2(page >= 3 && page <= pages, qPrintable(h));
        QVERIFY2(pdfPage(pdf, page).contains(h), qPrintable(QStringLiteral("%1 not on page %2").arg(h).arg(page)));
    }
    // Sections start on a new page after the contents; the table runs over pages; "Charlie" asked for a new page.
    QVERIFY(pdfPage(pdf, 3).contains(QStringLiteral("1 Alpha summary")));
    // Untrusted text is printed as it is, never read as HTML.
    QVERIFY(pdfPage(pdf, 3).contains(QStringLiteral("Untrusted <b>bold</b> & <i>text</i>")));
    QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("Row 150")));
}

void TestReport::odtHasEverySectionAndTheMarkedMasterPage()
{
    QTemporaryDir dir;
    const QString odt = dir.filePath(QStringLiteral("r.odt"));
    const ReportDocument report = sampleReport();
    QString error;
    QVERIFY2(OdtReportWriter::write(report, odt, &error), qPrintable(error));
    bool stored = false;
    int index = -1;
    QCOMPARE(zipEntry(odt, QStringLiteral("mimetype"), &stored, &index), QByteArray("application/vnd.oasis.opendocument.text"));
    QVERIFY(stored);
    QCOMPARE(index, 0);
    const QString content = QString::fromUtf8(zipEntry(odt, QStringLiteral("content.xml")));
    for (const QString &h : {QStringLiteral("1 Alpha summary"), QStringLiteral("2 Bravo figures"),
                             QStringLiteral("3 Charlie picture"), QStringLiteral("Contents"), QStringLiteral("Row 150")})
        QVERIFY2(content.contains(h), qPrintable(h));
    // Plain text: the markup is escaped in the XML, not turned into bold or italic.
    QVERIFY(content.contains(QStringLiteral("Untrusted &lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;text&lt;/i&gt;")));
    // The document starts on the master page "Standard"...
    QVERIFY(content.contains(QStringLiteral("style:master-page-name=\"Standard\"")));
    const QString styles = QString::fromUtf8(zipEntry(odt, QStringLiteral("styles.xml")));
    // ...whose header and footer carry the marking (so every page does), and the page number.
    const QRegularExpressionMatch master = QRegularExpression(
        QStringLiteral("<style:master-page style:name=\"Standard\"[^>]*>(.*)</style:master-page>")).match(styles);
    QVERIFY2(master.hasMatch(), qPrintable(styles));
    const QString page = master.captured(1);
    QVERIFY(QRegularExpression(QStringLiteral("<style:header>.*OFFICIAL-SENSITIVE.*</style:header>")).match(page).hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("<style:footer>.*OFFICIAL-SENSITIVE.*<text:page-number")).match(page).hasMatch());
    QCOMPARE(styles.count(QStringLiteral("<style:master-page ")), 1);
    // The manifest lists styles.xml, and it is well-formed XML.
    QVERIFY(zipEntry(odt, QStringLiteral("META-INF/manifest.xml")).contains("styles.xml"));
}

QTEST_MAIN(TestReport)
#include "tst_report.moc"
