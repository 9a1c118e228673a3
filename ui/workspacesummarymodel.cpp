#include "workspacesummarymodel.h"

namespace fc {

void WorkspaceSummaryModel::setCounts(const QMap<EntityType, qint64> &counts, qint64 links)
{
    beginResetModel();
    m_rows.clear();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        m_rows.append({EntityTypes::displayName(it.key()), it.value()});
    m_rows.append({tr("Links"), links});
    endResetModel();
}

int WorkspaceSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkspaceSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant WorkspaceSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return index.column() == 0 ? QVariant(row.first) : QVariant(row.second);
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkspaceSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Type") : tr("Count");
}

} // namespace fc
