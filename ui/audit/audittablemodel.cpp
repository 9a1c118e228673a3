#include "audit/audittablemodel.h"

namespace fc {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Id)
        return tr("SHA-256 %1").arg(e.hash);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return e.id;
    case At:
        return e.at;
    case User:
        return e.userName;
    case Action:
        return e.action;
    case Object:
        return e.objectId.isEmpty() ? e.objectType : e.objectType + QLatin1Char(' ') + e.objectId;
    case Detail:
        return e.detail;
    case Justification:
        return e.justification;
    case Recipient:
        return e.recipient;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("#");
    case At:
        return tr("When (UTC)");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Detail:
        return tr("Detail");
    case Justification:
        return tr("Justification");
    case Recipient:
        return tr("Recipient");
    default:
        return {};
    }
}

} // namespace fc
