#include "report/reportdocument.h"

namespace fc {

ReportSection &ReportSection::paragraph(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    blocks << b;
    return *this;
}

ReportSection &ReportSection::subheading(const QString &text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Subheading;
    b.text = text;
    blocks << b;
    return *this;
}

ReportSection &ReportSection::table(const QStringList &header, const QList<QStringList> &rows, const QString &caption)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table.header = header;
    b.table.rows = rows;
    b.table.caption = caption;
    blocks << b;
    return *this;
}

ReportSection &ReportSection::image(const QImage &image, const QString &caption, double widthMm)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Image;
    b.image = image;
    b.text = caption;
    b.widthMm = widthMm;
    blocks << b;
    return *this;
}

ReportSection &ReportSection::pageBreak()
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::PageBreak;
    blocks << b;
    return *this;
}

ReportSection &ReportDocument::addSection(const QString &sectionTitle, bool newPage)
{
    ReportSection s;
    s.title = sectionTitle;
    s.newPage = newPage;
    sections << s;
    return sections.last();
}

const ReportSection *ReportDocument::section(const QString &sectionTitle) const
{
    for (const ReportSection &s : sections)
        if (s.title == sectionTitle)
            return &s;
    return nullptr;
}

} // namespace fc
