#pragma once

#include "store/workspacetypes.h"

#include <QStandardItemModel>

namespace fc {

/**
 * Search hits grouped by entity type: one top-level row per type ("People (3)"), the hits under
 * it in the order the workspace ranked them. Hits can be dragged as entity ids.
 */
class SearchResultModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { EntityIdRole = Qt::UserRole + 1, EntityTypeRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    int hitCount() const { return m_hitCount; }
    /** Entity ids under an index: the hit itself, or every hit of a type group. */
    QList<qint64> entityIds(const QModelIndex &index) const;
    /** The group row of a type, or an invalid index if there is none. */
    QModelIndex groupIndex(EntityType type) const;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

private:
    int m_hitCount = 0;
};

} // namespace fc
