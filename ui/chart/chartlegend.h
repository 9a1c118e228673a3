#pragma once

#include <QWidget>

namespace fc {

class ChartDocument;

/**
 * The chart's legend: what each colour stands for (entity type, network or community) and which
 * measure sizes the icons. Drawn with QPainter::drawText, so names never render as rich text.
 */
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(ChartDocument *document, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    /** The texts shown, in order (for tests and accessibility). */
    QStringList texts() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ChartDocument *m_document;
};

} // namespace fc
