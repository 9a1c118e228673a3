#pragma once

#include "store/workspacetypes.h"

#include <QAbstractTableModel>

namespace fc {

/** Rejected rows with why: file, row, line, column, reason and the row verbatim. */
class RejectTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Row, Line, ColumnName, Reason, Raw, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void add(const QString &fileName, const QList<RejectInfo> &rejects);
    /** A problem with a whole file (e.g. a column the spec needs is missing): row 0. */
    void addFileError(const QString &fileName, const QString &reason);
    const RejectInfo &rejectAt(int row) const { return m_rows.at(row).second; }
    QString fileAt(int row) const { return m_rows.at(row).first; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QPair<QString, RejectInfo>> m_rows;
};

} // namespace fc
