#include "report/pdfreportwriter.h"

#include "report/reportcomposer.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <cmath>

namespace fc {

namespace {

constexpr int kResolution = 300;       // dots per inch of the PDF's coordinate system
constexpr double kMarginSideMm = 20;
constexpr double kMarginTopMm = 22;    // the header sits in here
constexpr double kMarginBottomMm = 22; // the footer sits in here

double mm(double millimetres)
{
    return millimetres / 25.4 * kResolution;
}

/** The page (1-based, title page 1) each section's heading lands on. */
QList<int> sectionPages(const ComposedReport &composed, double bodyHeight)
{
    QList<int> pages;
    QAbstractTextDocumentLayout *layout = composed.document->documentLayout();
    for (int position : composed.headingPositions) {
        const QTextBlock block = composed.document->findBlock(position);
        const QRectF rect = layout->blockBoundingRect(block);
        pages << int(std::floor((rect.top() + 1) / bodyHeight)) + 1;
    }
    return pages;
}

} // namespace

bool PdfReportWriter::write(const ReportDocument &report, const QString &path, QString *error, int *pages)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("cannot write %1: %2").arg(path, probe.errorString());
        return false;
    }
    probe.close();

    QPdfWriter writer(path);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("FusionCell"));

    const double pageWidth = writer.width();
    const double pageHeight = writer.height();
    const QRectF body(mm(kMarginSideMm), mm(kMarginTopMm), pageWidth - 2 * mm(kMarginSideMm),
                      pageHeight - mm(kMarginTopMm) - mm(kMarginBottomMm));

    auto layOut = [&](const QList<int> &numbers) {
        ComposedReport c = ReportComposer::compose(report, numbers, true);
        c.document->documentLayout()->setPaintDevice(&writer);
        c.document->setPageSize(body.size());
        return c;
    };
    // Pass 1 with placeholder numbers finds the pages; pass 2 prints them. A third pass only if
    // the numbers moved a heading (they have the placeholder's width, so they should not).
    ComposedReport composed = layOut({});
    QList<int> numbers = sectionPages(composed, body.height());
    for (int pass = 0; pass < 2; ++pass) {
        composed = layOut(numbers);
        const QList<int> again = sectionPages(composed, body.height());
        if (again == numbers)
            break;
        numbers = again;
    }

    QTextDocument *doc = composed.document.get();
    const int pageCount = std::max(1, doc->pageCount());
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("cannot write %1: the PDF writer did not start").arg(path);
        return false;
    }
    QFont marking(QStringLiteral("DejaVu Sans"));
    marking.setPointSizeF(9);
    marking.setBold(true);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    const QRectF header(body.left(), mm(8), body.width(), mm(10));
    const QRectF footer(body.left(), pageHeight - mm(16), body.width(), mm(10));
    for (int page = 0; page < pageCount; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(body.left(), body.top() - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setPen(Qt::black);
        painter.setFont(marking);
        painter.drawText(header, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, report.marking);
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, report.marking);
        painter.setFont(small);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine,
                         tr("Page %1 of %2").arg(page + 1).arg(pageCount));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(report.title, Qt::ElideRight, int(body.width() * 0.3)));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("cannot write %1").arg(path);
        return false;
    }
    if (pages)
        *pages = pageCount;
    return true;
}

} // namespace fc
