#include "inspector/incidenttablemodel.h"

#include "model/linktype.h"

#include <QDateTime>
#include <QLocale>

namespace fc {

void IncidentTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const EntityRecord &e = r.incident;
    if (role == EntityIdRole)
        return e.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Value: return e.valueGbp;
        case Date: return e.occurredAt; // ISO 8601 sorts as text
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reference: return e.label;
        case Date: {
            const QDateTime dt = QDateTime::fromString(e.occurredAt, Qt::ISODate);
            return dt.isValid() ? QLocale().toString(dt, QLocale::ShortFormat) : e.occurredAt;
        }
        case Offence: return e.offence;
        case Value: return e.valueGbp > 0 ? QLocale(QLocale::English, QLocale::UnitedKingdom).toCurrencyString(e.valueGbp, QStringLiteral("£")) : QString();
        case Area: return e.area;
        case LinkType: return LinkTypes::displayName(r.linkType);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference: return tr("Reference");
    case Date: return tr("Date");
    case Offence: return tr("Offence");
    case Value: return tr("Value");
    case Area: return tr("Area");
    case LinkType: return tr("As");
    }
    return {};
}

} // namespace fc
