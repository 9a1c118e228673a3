#pragma once

#include "report/reportdocument.h"

#include <QList>
#include <QTextDocument>
#include <memory>

namespace fc {

/** A report laid into a QTextDocument, with where each section's heading starts. */
struct ComposedReport
{
    std::unique_ptr<QTextDocument> document;
    QList<int> headingPositions; // character position of each section's heading, in section order
};

/**
 * Lays a ReportDocument into a QTextDocument: the title page, the contents page (with page
 * numbers when given), then the numbered sections. Every text goes in through
 * QTextCursor::insertText, so nothing in it is ever read as HTML or Markdown. Used by both writers.
 */
class ReportComposer
{
public:
    /**
     * sectionPages: the page of each section (1 = the title page), or empty to leave the page
     * column out of the contents (the ODT, whose pages the word processor lays out).
     */
    static ComposedReport compose(const ReportDocument &report, const QList<int> &sectionPages,
                                  bool pageColumn);
    /** "3 Executive summary": the numbered heading of section index k. */
    static QString sectionHeading(const ReportDocument &report, int k);
    /** Printed width in millimetres to the image format's width (1/96 inch units, as Qt expects). */
    static double millimetresToImageUnits(double mm) { return mm / 25.4 * 96.0; }
};

} // namespace fc
