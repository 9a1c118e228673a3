#include "chart/chartlegend.h"

#include "chart/chartdocument.h"

#include <QPainter>

namespace fc {

ChartLegend::ChartLegend(ChartDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto refresh = [this] {
        updateGeometry();
        update();
    };
    connect(document, &ChartDocument::styleChanged, this, refresh);
    connect(document, &ChartDocument::contentsChanged, this, refresh);
}

QSize ChartLegend::sizeHint() const
{
    return QSize(400, fontMetrics().height() + 8);
}

QStringList ChartLegend::texts() const
{
    QStringList texts;
    for (const auto &entry : m_document->legend())
        texts.append(entry.text);
    return texts;
}

void ChartLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int h = fontMetrics().height();
    int x = 6;
    for (const auto &entry : m_document->legend()) {
        if (entry.colour.isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(entry.colour);
            painter.drawEllipse(QRectF(x, 4 + h / 2.0 - 5, 10, 10));
            x += 14;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        const int w = fontMetrics().horizontalAdvance(entry.text);
        painter.drawText(QRect(x, 4, w + 2, h), Qt::AlignVCenter | Qt::TextSingleLine, entry.text);
        x += w + 16;
    }
}

} // namespace fc
