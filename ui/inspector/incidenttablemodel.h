#pragma once

#include "model/records.h"

#include <QAbstractTableModel>

namespace fc {

/** Incidents with how they are linked to the inspected entity; sortable (numbers and dates sort as such). */
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Reference, Date, Offence, Value, Area, LinkType, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int EntityIdRole = Qt::UserRole + 2;

    struct Row
    {
        EntityRecord incident;
        QString linkType;
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Row> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace fc
