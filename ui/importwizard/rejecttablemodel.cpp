#include "importwizard/rejecttablemodel.h"

namespace fc {

void RejectTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RejectTableModel::add(const QString &fileName, const QList<RejectInfo> &rejects)
{
    if (rejects.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rejects.size() - 1));
    for (const RejectInfo &r : rejects)
        m_rows.append({fileName, r});
    endInsertRows();
}

void RejectTableModel::addFileError(const QString &fileName, const QString &reason)
{
    RejectInfo r;
    r.reason = reason;
    add(fileName, {r});
}

int RejectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &[file, r] = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return file;
        case Row: return r.rowNumber > 0 ? QVariant(r.rowNumber) : QVariant();
        case Line: return r.lineNumber > 0 ? QVariant(r.lineNumber) : QVariant();
        case ColumnName: return r.column;
        case Reason: return r.reason;
        case Raw: return r.raw;
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Reason || index.column() == Raw))
        return (index.column() == Reason ? r.reason : r.raw).toHtmlEscaped();
    return {};
}

QVariant RejectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Row: return tr("Row");
    case Line: return tr("Line");
    case ColumnName: return tr("Column");
    case Reason: return tr("Reason");
    case Raw: return tr("Row as read");
    }
    return {};
}

} // namespace fc
