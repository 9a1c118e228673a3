#pragma once

#include "store/workspacetypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace fc {

/** The workspace's imports with their row counts (read, accepted, rejected), one per row. */
class ImportListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Organisation, Spec, Read, Accepted, Rejected, When, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setImports(const QList<ImportInfo> &imports);
    const ImportInfo &importAt(int row) const { return m_imports.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportInfo> m_imports;
};

} // namespace fc
