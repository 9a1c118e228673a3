#include "harm/harmtablemodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace fc {

HarmTableModel::HarmTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void HarmTableModel::setTable(const HarmTable &table)
{
    beginResetModel();
    m_table = table;
    endResetModel();
}

QStringList HarmTableModel::unweightedOffences() const
{
    QStringList out;
    for (const HarmWeight &w : m_table.weights)
        if (!w.weight)
            out << w.offence;
    return out;
}

int HarmTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.weights.size());
}

int HarmTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HarmTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.weights.size())
        return {};
    const HarmWeight &w = m_table.weights.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Offence: return w.offence;
        case Category: return w.category;
        case Weight: return w.weight ? QLocale().toString(*w.weight, 'g', 10) : tr("no weight (listed, not counted)");
        case Note: return w.note;
        }
    } else if (role == Qt::EditRole && index.column() == Weight) {
        return w.weight ? QVariant(*w.weight) : QVariant(QString());
    } else if (role == Qt::ForegroundRole && index.column() == Weight && !w.weight) {
        return QBrush(QColor(0x9c, 0x27, 0x06));
    } else if (role == Qt::TextAlignmentRole && index.column() == Weight) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant HarmTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Offence: return tr("Offence");
    case Category: return tr("Published category");
    case Weight: return m_table.unit.isEmpty() ? tr("Weight") : tr("Weight (%1)").arg(m_table.unit);
    case Note: return tr("Note");
    }
    return {};
}

Qt::ItemFlags HarmTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Weight)
        f |= Qt::ItemIsEditable;
    return f;
}

bool HarmTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Weight || index.row() >= m_table.weights.size())
        return false;
    HarmWeight w = m_table.weights.at(index.row());
    const QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        w.weight.reset();
    } else {
        bool ok = false;
        double v = QLocale().toDouble(text, &ok);
        if (!ok)
            v = text.toDouble(&ok);
        if (!ok || !(v >= 0))
            return false;
        w.weight = v;
    }
    if (w.weight == m_table.weights.at(index.row()).weight)
        return false;
    emit weightEditRequested(w);
    return false;
}

} // namespace fc
