#include "resolve/waterfallbardelegate.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace fc {

void WaterfallBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyledItemDelegate::paint(painter, opt, index); // background and selection only
    const QVariant value = index.data(Qt::UserRole);
    if (!value.isValid())
        return;
    const double weight = value.toDouble();
    const QRect r = option.rect.adjusted(4, 3, -4, -3);
    const int centre = r.left() + r.width() / 2;
    const int length = int(std::round(std::min(1.0, std::abs(weight) / m_scale) * (r.width() / 2)));
    painter->save();
    painter->setPen(option.palette.color(QPalette::Mid));
    painter->drawLine(centre, option.rect.top(), centre, option.rect.bottom());
    painter->setPen(Qt::NoPen);
    painter->setBrush(weight >= 0 ? QColor(46, 139, 87) : QColor(196, 60, 60));
    painter->drawRect(weight >= 0 ? QRect(centre, r.top(), length, r.height())
                                  : QRect(centre - length, r.top(), length, r.height()));
    painter->restore();
}

QSize WaterfallBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return QStyledItemDelegate::sizeHint(option, index).expandedTo(QSize(160, 0));
}

} // namespace fc
