#pragma once

#include "analysis/harmtable.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * One harm table as rows of offence, published category, weight and note. The weight column is
 * editable, but the model changes nothing itself: it asks (weightEditRequested) and the dialog turns
 * the request into an undo command, which writes the workspace and gives the model the table back.
 */
class HarmTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Offence, Category, Weight, Note, ColumnCount };

    explicit HarmTableModel(QObject *parent = nullptr);

    void setTable(const HarmTable &table);
    const HarmTable &table() const { return m_table; }
    /** Offences of the table with no weight (listed, never counted as 0). */
    QStringList unweightedOffences() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** A weight typed in: a number of 0 or more, or empty for "no weight". Returns false (the command applies it). */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void weightEditRequested(const fc::HarmWeight &weight);

private:
    HarmTable m_table;
};

} // namespace fc
