#pragma once

#include "store/workspacetypes.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * The attributes of one entity (or the facts of one link), each with where it came from:
 * organisation, file, row and grading (its meaning as tooltip). Also used for the source records
 * list, where the attribute columns stay empty.
 */
class AttributeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Attribute, Value, Organisation, File, Row, GradingColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAttributes(const QList<AttributeValue> &attributes);
    const AttributeValue &attributeAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AttributeValue> m_rows;
};

} // namespace fc
