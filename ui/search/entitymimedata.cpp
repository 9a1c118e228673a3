#include "search/entitymimedata.h"

#include <QMimeData>

namespace fc {

QString EntityMimeData::mimeType()
{
    return QStringLiteral("application/x-fusioncell-entities");
}

QString EntityMimeData::chartMimeType()
{
    return QStringLiteral("application/x-fusioncell-entity-ids");
}

QMimeData *EntityMimeData::create(const QList<qint64> &ids)
{
    auto *mime = new QMimeData;
    write(mime, ids);
    return mime;
}

void EntityMimeData::write(QMimeData *mime, const QList<qint64> &ids)
{
    // Ids as ASCII decimal, one per line: readable by anything and by the chart view, which
    // accepts the same content under its own name.
    QByteArray bytes;
    for (qint64 id : ids)
        bytes += QByteArray::number(id) + '\n';
    mime->setData(mimeType(), bytes);
    mime->setData(chartMimeType(), bytes);
}

QList<qint64> EntityMimeData::ids(const QMimeData *mime)
{
    QList<qint64> result;
    if (!mime)
        return result;
    const QString type = mime->hasFormat(mimeType()) ? mimeType() : chartMimeType();
    if (!mime->hasFormat(type))
        return result;
    for (const QByteArray &line : mime->data(type).split('\n')) {
        bool ok = false;
        const qint64 id = line.trimmed().toLongLong(&ok);
        if (ok)
            result << id;
    }
    return result;
}

} // namespace fc
