#include "casefile/casefigures.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QHash>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace fc {

namespace {

constexpr int kMaxLanes = 12;

QFont font(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

QString elided(const QFontMetrics &fm, const QString &text, int width)
{
    return fm.elidedText(text, Qt::ElideRight, width);
}

} // namespace

bool CaseFigures::available()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

QImage CaseFigures::chart(const CaseFile &file)
{
    if (!available() || file.schedule.isEmpty())
        return QImage();
    // Subjects on the left, stores on the right, a line per pair weighted by shared incidents.
    QStringList stores;
    QMap<QPair<QString, QString>, int> pairs;
    QStringList people;
    QHash<qint64, QString> nameOf; // keyed by person: one record may spell a name otherwise
    for (const CaseSubject &s : file.subjects)
        if (s.incidents > 0) {
            const QString key = QStringLiteral("%1\x1f%2").arg(s.name).arg(s.personId);
            people << key;
            nameOf.insert(s.personId, key);
        }
    for (const ScheduleRow &r : file.schedule) {
        if (!stores.contains(r.store))
            stores << r.store;
        for (qint64 id : r.personIds)
            if (nameOf.contains(id))
                ++pairs[qMakePair(nameOf.value(id), r.store)];
    }
    std::sort(stores.begin(), stores.end());
    const int rows = std::max<int>(std::max<int>(people.size(), stores.size()), 1);
    const int rowHeight = 44;
    const int width = 1600;
    const int height = std::min(80 + rows * rowHeight, 4000);
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    const QFont label = font(18);
    p.setFont(font(20, true));
    p.drawText(QRect(0, 8, width, 30), Qt::AlignCenter, tr("Subjects and the stores they are reported at"));
    auto yOf = [&](int i, int n) { return 60 + (rows * rowHeight) * (i + 0.5) / n; };
    const int leftX = 420, rightX = 1180;
    QHash<QString, QPointF> at;
    for (int i = 0; i < people.size(); ++i)
        at.insert(QStringLiteral("p:") + people.at(i), QPointF(leftX, yOf(i, people.size())));
    for (int i = 0; i < stores.size(); ++i)
        at.insert(QStringLiteral("s:") + stores.at(i), QPointF(rightX, yOf(i, stores.size())));
    int maxCount = 1;
    for (int c : pairs)
        maxCount = std::max(maxCount, c);
    p.setFont(label);
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const QPointF a = at.value(QStringLiteral("p:") + it.key().first);
        const QPointF b = at.value(QStringLiteral("s:") + it.key().second);
        p.setPen(QPen(QColor(70, 110, 170, 170), 1.5 + 6.0 * it.value() / maxCount));
        p.drawLine(a, b);
        p.setPen(Qt::black);
        const QPointF mid = a + (b - a) * 0.78;
        p.drawText(QRectF(mid.x() - 20, mid.y() - 22, 40, 20), Qt::AlignCenter, QString::number(it.value()));
    }
    const QFontMetrics fm(label);
    for (const QString &person : people) {
        const QPointF c = at.value(QStringLiteral("p:") + person);
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(QColor(220, 60, 60));
        p.drawEllipse(c, 12, 12);
        p.drawText(QRectF(10, c.y() - 12, leftX - 35, 24), Qt::AlignRight | Qt::AlignVCenter,
                   elided(fm, person.section(QChar(0x1f), 0, 0), leftX - 45));
    }
    for (const QString &store : stores) {
        const QPointF c = at.value(QStringLiteral("s:") + store);
        p.setPen(QPen(Qt::black, 1.5));
        p.setBrush(QColor(90, 160, 90));
        p.drawRect(QRectF(c.x() - 11, c.y() - 11, 22, 22));
        p.drawText(QRectF(rightX + 25, c.y() - 12, width - rightX - 35, 24), Qt::AlignLeft | Qt::AlignVCenter,
                   elided(fm, store, width - rightX - 45));
    }
    return image;
}

QImage CaseFigures::timeline(const CaseFile &file)
{
    if (!available() || file.schedule.isEmpty())
        return QImage();
    QList<QPair<qint64, QString>> points; // day, store
    QMap<QString, int> perStore;
    for (const ScheduleRow &r : file.schedule) {
        const QDate d = QDate::fromString(r.occurredAt.left(10), Qt::ISODate);
        if (!d.isValid())
            continue;
        points << qMakePair(d.toJulianDay(), r.store);
        ++perStore[r.store];
    }
    if (points.isEmpty())
        return QImage();
    // The busiest stores get a lane each; the rest share the last lane.
    QList<QPair<int, QString>> order;
    for (auto it = perStore.cbegin(); it != perStore.cend(); ++it)
        order << qMakePair(-it.value(), it.key());
    std::sort(order.begin(), order.end());
    QHash<QString, int> lane;
    for (int i = 0; i < order.size(); ++i)
        lane.insert(order.at(i).second, std::min(i, kMaxLanes - 1));
    const int lanes = std::min<int>(order.size(), kMaxLanes);
    qint64 first = points.first().first, last = first;
    for (const auto &pt : points) {
        first = std::min(first, pt.first);
        last = std::max(last, pt.first);
    }
    if (last == first)
        last = first + 1;
    const int width = 1600, left = 360, right = 90, top = 50, laneHeight = 36;
    const int height = top + lanes * laneHeight + 60;
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font(20, true));
    p.drawText(QRect(0, 8, width, 30), Qt::AlignCenter, tr("Incidents in the schedule by date and store"));
    const QFont label = font(16);
    p.setFont(label);
    const QFontMetrics fm(label);
    auto xOf = [&](qint64 day) { return left + double(width - left - right) * (day - first) / double(last - first); };
    for (int i = 0; i < lanes; ++i) {
        const double y = top + (i + 0.5) * laneHeight;
        p.setPen(QColor(225, 225, 225));
        p.drawLine(QPointF(left, y), QPointF(width - right, y));
        QString name = order.at(i).second;
        if (i == kMaxLanes - 1 && order.size() > kMaxLanes)
            name = tr("%n other store(s)", nullptr, int(order.size()) - kMaxLanes + 1);
        p.setPen(Qt::black);
        p.drawText(QRectF(5, y - 12, left - 15, 24), Qt::AlignRight | Qt::AlignVCenter, elided(fm, name, left - 20));
    }
    const double axisY = top + lanes * laneHeight + 10;
    p.setPen(Qt::black);
    p.drawLine(QPointF(left, axisY), QPointF(width - right, axisY));
    for (int k = 0; k <= 4; ++k) {
        const qint64 d = first + (last - first) * k / 4;
        const double x = xOf(d);
        p.drawLine(QPointF(x, axisY), QPointF(x, axisY + 6));
        p.drawText(QRectF(x - 80, axisY + 8, 160, 22), Qt::AlignCenter,
                   QDate::fromJulianDay(d).toString(QStringLiteral("d MMM yyyy")));
    }
    p.setPen(QPen(QColor(40, 40, 40), 1));
    p.setBrush(QColor(220, 60, 60, 200));
    for (const auto &pt : points)
        p.drawEllipse(QPointF(xOf(pt.first), top + (lane.value(pt.second) + 0.5) * laneHeight), 7, 7);
    return image;
}

} // namespace fc
