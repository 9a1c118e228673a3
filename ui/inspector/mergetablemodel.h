#pragma once

#include "resolve/resolvetypes.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * The standing merges that made up one entity (MergeLedger::mergesInto): for each, the entity it
 * absorbed, the score, how it was decided (automatically or by an analyst in review), why, by
 * whom and when. The explanation is one reason per line; the table shows them on one line and the
 * tooltip in full.
 */
class MergeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Absorbed, Score, Method, Explanation, DecidedBy, MergedAt, ColumnCount };
    static constexpr int MergeIdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    struct Row
    {
        MergeRecord merge;
        QString absorbedLabel; // the absorbed entity's own label, as it was imported
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<Row> &rows);
    const Row &rowAt(int row) const { return m_rows.at(row); }

    /** "automatic", "review" or "manual", translated. */
    static QString methodText(const QString &method);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace fc
