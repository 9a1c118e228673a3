#include "search/searchresultmodel.h"

#include "search/entitymimedata.h"

#include <QMap>

namespace fc {

SearchResultModel::SearchResultModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Result"), tr("Context")});
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    // Each group is filled before it is added, so views see one insertion per type, not per hit.
    removeRows(0, rowCount());
    QMap<EntityType, QStandardItem *> groups;
    for (EntityType type : EntityTypes::all()) {
        auto *group = new QStandardItem;
        group->setData(int(type), EntityTypeRole);
        group->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        groups.insert(type, group);
    }
    for (const SearchHit &hit : hits) {
        // Labels and snippets come from imported files: they stay plain text (item text is
        // never interpreted as markup by the item views).
        auto *label = new QStandardItem(hit.label);
        label->setData(hit.entityId, EntityIdRole);
        label->setData(int(hit.type), EntityTypeRole);
        label->setToolTip(hit.snippet.toHtmlEscaped());
        label->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        auto *snippet = new QStandardItem(hit.snippet);
        snippet->setData(hit.entityId, EntityIdRole);
        snippet->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        groups.value(hit.type)->appendRow({label, snippet});
    }
    for (EntityType type : EntityTypes::all()) {
        QStandardItem *group = groups.value(type);
        if (group->rowCount() == 0) {
            delete group;
            continue;
        }
        group->setText(tr("%1 (%2)").arg(EntityTypes::displayName(type)).arg(group->rowCount()));
        auto *empty = new QStandardItem;
        empty->setFlags(Qt::ItemIsEnabled);
        appendRow({group, empty});
    }
    m_hitCount = int(hits.size());
}

QList<qint64> SearchResultModel::entityIds(const QModelIndex &index) const
{
    QList<qint64> ids;
    if (!index.isValid())
        return ids;
    const QModelIndex first = index.sibling(index.row(), 0);
    const QVariant id = first.data(EntityIdRole);
    if (id.isValid()) {
        ids << id.toLongLong();
        return ids;
    }
    for (int r = 0; r < rowCount(first); ++r)
        ids << this->index(r, 0, first).data(EntityIdRole).toLongLong();
    return ids;
}

QModelIndex SearchResultModel::groupIndex(EntityType type) const
{
    for (int r = 0; r < rowCount(); ++r)
        if (index(r, 0).data(EntityTypeRole).toInt() == int(type))
            return index(r, 0);
    return {};
}

QStringList SearchResultModel::mimeTypes() const
{
    return {EntityMimeData::mimeType(), EntityMimeData::chartMimeType()};
}

QMimeData *SearchResultModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes)
        for (qint64 id : entityIds(index))
            if (!ids.contains(id))
                ids << id;
    return ids.isEmpty() ? nullptr : EntityMimeData::create(ids);
}

} // namespace fc
