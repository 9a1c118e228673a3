#include "app/markingbanner.h"

#include <QCoreApplication>

namespace fc {

MarkingBanner::MarkingBanner(QWidget *parent)
    : QLabel(marking(), parent)
{
    setObjectName(QStringLiteral("markingBanner"));
    setTextFormat(Qt::PlainText);
    setAlignment(Qt::AlignCenter);
    setStyleSheet(QStringLiteral("QLabel { color: white; background: #b00020; padding: 2px 8px; font-weight: bold; }"));
}

QString MarkingBanner::marking()
{
    return QCoreApplication::translate("fc::MarkingBanner", "OFFICIAL-SENSITIVE");
}

} // namespace fc
