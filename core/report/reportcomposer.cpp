#include "report/reportcomposer.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QUrl>

namespace fc {

namespace {

QTextCharFormat textFormat(double points, bool bold = false)
{
    QTextCharFormat f;
    f.setFontPointSize(points);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(false);
    // Any letter spacing turns off ligatures in Qt's shaping, so that "fi" is extracted from the PDF
    // as two letters (searchable, and pdftotext finds the words) rather than one glyph.
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(0.1);
    return f;
}

void insertParagraph(QTextCursor &cursor, const QString &text, const QTextCharFormat &format,
                     QTextBlockFormat block = QTextBlockFormat())
{
    if (block.bottomMargin() == 0)
        block.setBottomMargin(6);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format); // plain text, never HTML
}

void insertTable(QTextCursor &cursor, const ReportTable &table)
{
    const int columns = std::max<int>(1, int(table.header.size()));
    QTextTableFormat tf;
    tf.setBorder(0.5);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setHeaderRowCount(table.header.isEmpty() ? 0 : 1);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    const int rows = int(table.rows.size()) + (table.header.isEmpty() ? 0 : 1);
    if (rows == 0)
        return;
    QTextTable *t = cursor.insertTable(rows, columns, tf);
    int r = 0;
    auto fillRow = [&](const QStringList &cells, bool header) {
        for (int c = 0; c < columns; ++c) {
            QTextTableCell cell = t->cellAt(r, c);
            if (header) {
                QTextTableCellFormat cf = cell.format().toTableCellFormat();
                cf.setBackground(QColor(225, 225, 225));
                cell.setFormat(cf);
            }
            QTextCursor cc = cell.firstCursorPosition();
            cc.insertText(c < cells.size() ? cells.at(c) : QString(), textFormat(8.5, header));
        }
        ++r;
    };
    if (!table.header.isEmpty())
        fillRow(table.header, true);
    for (const QStringList &row : table.rows)
        fillRow(row, false);
    cursor = t->lastCursorPosition();
    cursor.movePosition(QTextCursor::NextBlock);
}

} // namespace

QString ReportComposer::sectionHeading(const ReportDocument &report, int k)
{
    return QStringLiteral("%1 %2").arg(k + 1).arg(report.sections.at(k).title);
}

ComposedReport ReportComposer::compose(const ReportDocument &report, const QList<int> &sectionPages, bool pageColumn)
{
    ComposedReport out;
    out.document = std::make_unique<QTextDocument>();
    QTextDocument *doc = out.document.get();
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    doc->setDefaultFont(font);
    doc->setMetaInformation(QTextDocument::DocumentTitle, report.title);
    QTextCursor cursor(doc);

    // Title page.
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setTopMargin(12);
    centred.setBottomMargin(12);
    cursor.setBlockFormat(centred);
    cursor.insertText(report.marking, textFormat(12, true));
    QTextBlockFormat titleBlock = centred;
    titleBlock.setTopMargin(120);
    insertParagraph(cursor, report.title, textFormat(22, true), titleBlock);
    if (!report.subtitle.isEmpty())
        insertParagraph(cursor, report.subtitle, textFormat(14), centred);
    for (const QString &line : report.titleLines)
        insertParagraph(cursor, line, textFormat(11), centred);

    // Contents page.
    QTextBlockFormat breakBefore;
    breakBefore.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    breakBefore.setBottomMargin(10);
    insertParagraph(cursor, report.contentsTitle, textFormat(16, true), breakBefore);
    if (!report.sections.isEmpty()) {
        ReportTable contents;
        for (int k = 0; k < report.sections.size(); ++k) {
            QStringList row{sectionHeading(report, k)};
            if (pageColumn)
                row << (k < sectionPages.size() ? QString::number(sectionPages.at(k)) : QStringLiteral("00"));
            contents.rows << row;
        }
        QTextTableFormat tf;
        tf.setBorder(0);
        tf.setCellPadding(2);
        tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        if (pageColumn)
            tf.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 88),
                                          QTextLength(QTextLength::PercentageLength, 12)});
        cursor.insertBlock(QTextBlockFormat());
        QTextTable *t = cursor.insertTable(int(contents.rows.size()), pageColumn ? 2 : 1, tf);
        for (int r = 0; r < contents.rows.size(); ++r)
            for (int c = 0; c < contents.rows.at(r).size(); ++c) {
                QTextCursor cc = t->cellAt(r, c).firstCursorPosition();
                if (c == 1) {
                    QTextBlockFormat right;
                    right.setAlignment(Qt::AlignRight);
                    cc.setBlockFormat(right);
                }
                cc.insertText(contents.rows.at(r).at(c), textFormat(11));
            }
        cursor = t->lastCursorPosition();
        cursor.movePosition(QTextCursor::NextBlock);
    }

    // Sections: the first starts a new page after the contents.
    for (int k = 0; k < report.sections.size(); ++k) {
        const ReportSection &s = report.sections.at(k);
        QTextBlockFormat heading;
        heading.setHeadingLevel(1);
        heading.setTopMargin(14);
        heading.setBottomMargin(8);
        if (k == 0 || s.newPage)
            heading.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        cursor.insertBlock(heading, textFormat(15, true));
        out.headingPositions << cursor.position();
        cursor.insertText(sectionHeading(report, k), textFormat(15, true));
        bool breakNext = false;
        for (const ReportBlock &b : s.blocks) {
            QTextBlockFormat block;
            if (breakNext)
                block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            breakNext = false;
            switch (b.kind) {
            case ReportBlock::Kind::Paragraph:
                insertParagraph(cursor, b.text, textFormat(10), block);
                break;
            case ReportBlock::Kind::Subheading:
                block.setTopMargin(8);
                block.setHeadingLevel(2);
                insertParagraph(cursor, b.text, textFormat(12, true), block);
                break;
            case ReportBlock::Kind::Table:
                cursor.insertBlock(block, textFormat(4));
                insertTable(cursor, b.table);
                if (!b.table.caption.isEmpty())
                    insertParagraph(cursor, b.table.caption, textFormat(8.5));
                break;
            case ReportBlock::Kind::Image: {
                if (b.image.isNull()) {
                    insertParagraph(cursor, b.text, textFormat(10), block);
                    break;
                }
                const QString name = QStringLiteral("fc-image-%1").arg(cursor.position());
                doc->addResource(QTextDocument::ImageResource, QUrl(name), b.image);
                QTextImageFormat image;
                image.setName(name);
                const double width = millimetresToImageUnits(b.widthMm);
                image.setWidth(width);
                image.setHeight(width * b.image.height() / std::max(1, b.image.width()));
                block.setAlignment(Qt::AlignHCenter);
                cursor.insertBlock(block);
                cursor.insertImage(image);
                if (!b.text.isEmpty())
                    insertParagraph(cursor, b.text, textFormat(8.5));
                break;
            }
            case ReportBlock::Kind::PageBreak:
                breakNext = true;
                break;
            }
        }
    }
    return out;
}

} // namespace fc
