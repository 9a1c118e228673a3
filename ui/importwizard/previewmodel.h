#pragma once

#include "ingest/tablereader.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * The first rows of a file exactly as the importer's reader parses them (same TableReader, same
 * options), with what it detected: encoding, delimiter, format.
 */
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    /** Reads up to maxRows data rows; false + errorString() if the file cannot be read. */
    bool load(const QString &path, const ReaderOptions &options, int maxRows = 100);
    void clear();

    QStringList headers() const { return m_headers; }
    QList<QStringList> sampleRows() const;
    const SourceRow &sourceRow(int row) const { return m_rows.at(row); }
    QString encoding() const { return m_encoding; }
    QString delimiter() const { return m_delimiter; }
    QString format() const { return m_format; }
    QString errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<SourceRow> m_rows;
    QString m_encoding, m_delimiter, m_format, m_error;
};

} // namespace fc
