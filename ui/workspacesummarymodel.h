#pragma once

#include "model/entitytype.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMap>

namespace fc {

/** Entity counts by type, as a two-column table (type, count). */
class WorkspaceSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setCounts(const QMap<EntityType, qint64> &counts, qint64 links);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, qint64>> m_rows;
};

} // namespace fc
