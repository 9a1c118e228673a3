#include "chart/entityicons.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>

// Resources compiled into a static library must be registered by hand (outside any namespace).
static void initEntityIconResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(entityicons);
        return true;
    }();
    Q_UNUSED(done);
}

namespace fc {

QString EntityIcons::resourcePath(EntityType type, const QString &subtype)
{
    if (type == EntityType::Location && subtype == QLatin1String("store"))
        return QStringLiteral(":/icons/store.svg");
    return QStringLiteral(":/icons/%1.svg").arg(EntityTypes::name(type));
}

QColor EntityIcons::colour(EntityType type)
{
    switch (type) {
    case EntityType::Person:
        return QColor(0x4a, 0x90, 0xd9);
    case EntityType::Vehicle:
        return QColor(0xe0, 0x7b, 0x39);
    case EntityType::Location:
        return QColor(0x3a, 0xa5, 0x5d);
    case EntityType::Incident:
        return QColor(0xd6, 0x45, 0x45);
    case EntityType::Object:
        return QColor(0x8e, 0x6c, 0xc0);
    case EntityType::Organisation:
        return QColor(0x7a, 0x87, 0x95);
    }
    return Qt::gray;
}

QPixmap EntityIcons::pixmap(EntityType type, const QString &subtype)
{
    // 96 px covers the largest on-screen icon size (32 px scaled by centrality at high zoom).
    initEntityIconResources();
    static QHash<QString, QPixmap> cache;
    const QString path = resourcePath(type, subtype);
    auto it = cache.find(path);
    if (it != cache.end())
        return *it;
    QPixmap pixmap(96, 96);
    pixmap.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    cache.insert(path, pixmap);
    return pixmap;
}

void EntityIcons::paint(QPainter *painter, const QRectF &rect, EntityType type, const QString &subtype)
{
    const QPaintEngine *engine = painter->paintEngine();
    if (engine && engine->type() != QPaintEngine::Raster && engine->type() != QPaintEngine::OpenGL2) {
        initEntityIconResources();
        static QHash<QString, QSvgRenderer *> renderers; // lives as long as the program
        const QString path = resourcePath(type, subtype);
        QSvgRenderer *&renderer = renderers[path];
        if (!renderer)
            renderer = new QSvgRenderer(path);
        renderer->render(painter, rect);
        return;
    }
    // On screen: a pixmap rendered at the size it appears, drawn unscaled (a plain blit), instead
    // of smooth-scaling the 96 px icon for every entity in every frame.
    const QTransform &t = painter->worldTransform();
    if (t.type() <= QTransform::TxScale) {
        const QRectF device = t.mapRect(rect);
        const int side = int(std::lround(device.width()));
        if (side >= 4 && side <= 256 && std::abs(device.width() - device.height()) < 0.5) {
            initEntityIconResources();
            static QHash<QPair<QString, int>, QPixmap> sized;
            const QString path = resourcePath(type, subtype);
            QPixmap &cached = sized[{path, side}];
            if (cached.isNull()) {
                cached = QPixmap(side, side);
                cached.fill(Qt::transparent);
                QSvgRenderer renderer(path);
                QPainter p(&cached);
                p.setRenderHint(QPainter::Antialiasing);
                renderer.render(&p);
            }
            painter->save();
            painter->resetTransform();
            painter->drawPixmap(QPointF(std::round(device.left()), std::round(device.top())), cached);
            painter->restore();
            return;
        }
    }
    painter->drawPixmap(rect, pixmap(type, subtype), QRectF(0, 0, 96, 96));
}

} // namespace fc
