#pragma once

#include "resolve/resolvetypes.h"

#include <QAbstractTableModel>

namespace fc {

/** What a resolution run did, one row per entity type (ResolveTypeReport). */
class ResolveReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Type,
        ScoredBy,
        Records,
        Candidates,
        Merged,
        Queued,
        KeptApart,
        RememberedApart,
        Conflicts,
        Passes,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;
    void setReport(const ResolveReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResolveTypeReport> m_rows;
};

} // namespace fc
