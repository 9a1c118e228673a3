#include "importlistmodel.h"

namespace fc {

void ImportListModel::setImports(const QList<ImportInfo> &imports)
{
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

int ImportListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_imports.size())
        return {};
    const ImportInfo &i = m_imports.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return i.fileName;
        case Organisation: return i.organisation;
        case Spec: return i.specName;
        case Read: return i.rowsRead;
        case Accepted: return i.rowsAccepted;
        case Rejected: return i.rowsRejected;
        case When: return i.startedAt;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("SHA-256 %1\nImported by %2").arg(i.sha256, i.userName);
    if (role == Qt::TextAlignmentRole && index.column() >= Read && index.column() <= Rejected)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Organisation: return tr("Organisation");
    case Spec: return tr("Spec");
    case Read: return tr("Rows read");
    case Accepted: return tr("Accepted");
    case Rejected: return tr("Rejected");
    case When: return tr("Imported (UTC)");
    }
    return {};
}

} // namespace fc
