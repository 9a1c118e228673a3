#pragma once

#include "ingest/importer.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * One row per imported file: status, rows read / accepted / rejected, values kept unread
 * ("on_bad_value": "keep_row"), entities and links created.
 */
class ImportSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { File, Status, Read, Accepted, Rejected, Unparsed, Entities, Links, Message, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setReports(const QList<ImportReport> &reports);
    const QList<ImportReport> &reports() const { return m_reports; }
    static QString statusText(ImportReport::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportReport> m_reports;
};

} // namespace fc
