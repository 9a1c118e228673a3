#pragma once

#include <QStyledItemDelegate>

namespace fc {

/**
 * Draws a match weight (bits, in Qt::UserRole of the index) as a horizontal bar from a centre
 * line: to the right in green for evidence for a match, to the left in red against it, scaled so
 * that the largest weight in the table fills half the cell. Nothing is drawn from text, so no
 * data can be rendered as rich text.
 */
class WaterfallBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** The largest |weight| in the table (bits). */
    void setScale(double bits) { m_scale = bits > 0 ? bits : 1; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    double m_scale = 1;
};

} // namespace fc
