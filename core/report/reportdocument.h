#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/** A table of plain-text cells: a header row, body rows, and an optional caption under it. */
struct ReportTable
{
    QStringList header;
    QList<QStringList> rows;
    QString caption;
};

/** One block of a section: a paragraph, a table, an image with its caption, or a page break. */
struct ReportBlock
{
    enum class Kind { Paragraph, Subheading, Table, Image, PageBreak };
    Kind kind = Kind::Paragraph;
    QString text;       // Paragraph, Subheading; Image: caption. Always inserted as plain text.
    ReportTable table;  // Table
    QImage image;       // Image
    double widthMm = 160; // Image: printed width (height keeps the aspect ratio)
};

/** A titled section of a report, listed in the contents. */
struct ReportSection
{
    QString title;
    QList<ReportBlock> blocks;
    bool newPage = false; // start the section on a new page

    ReportSection &paragraph(const QString &text);
    ReportSection &subheading(const QString &text);
    ReportSection &table(const QStringList &header, const QList<QStringList> &rows, const QString &caption = {});
    ReportSection &image(const QImage &image, const QString &caption, double widthMm = 160);
    ReportSection &pageBreak();
};

/**
 * A marked report, independent of its output format: a title page, a contents page, titled
 * sections, and the handling marking (e.g. "OFFICIAL-SENSITIVE") that PdfReportWriter and
 * OdtReportWriter put in the header and footer of every page. Every text in it is untrusted: the
 * writers only ever insert it as plain text, never as HTML. Shared by the six-monthly assessment
 * and the CPS case file.
 */
class ReportDocument
{
public:
    QString title;
    QString subtitle;
    QString marking = QStringLiteral("OFFICIAL-SENSITIVE");
    QStringList titleLines; // further lines of the title page (period, author, date...)
    QString contentsTitle = QStringLiteral("Contents");
    QList<ReportSection> sections;

    /** Appends a section and returns it for filling. */
    ReportSection &addSection(const QString &title, bool newPage = false);
    /** The section with this title, or nullptr. */
    const ReportSection *section(const QString &title) const;
};

} // namespace fc
