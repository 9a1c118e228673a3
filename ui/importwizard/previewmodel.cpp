#include "importwizard/previewmodel.h"

namespace fc {

bool PreviewModel::load(const QString &path, const ReaderOptions &options, int maxRows)
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    m_encoding.clear();
    m_delimiter.clear();
    m_format.clear();
    m_error.clear();
    auto reader = TableReader::open(path, options, &m_error);
    if (reader) {
        m_headers = reader->headers();
        SourceRow row;
        while (m_rows.size() < maxRows && reader->next(&row))
            m_rows.append(row);
        m_error = reader->errorString();
        m_encoding = reader->encoding();
        m_delimiter = reader->delimiter();
        m_format = reader->formatName();
    }
    endResetModel();
    return reader != nullptr;
}

void PreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    m_error.clear();
    endResetModel();
}

QList<QStringList> PreviewModel::sampleRows() const
{
    QList<QStringList> rows;
    for (const SourceRow &r : m_rows)
        rows << r.fields;
    return rows;
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SourceRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        // Shown as parsed: a missing field (short row) is blank, never padded from elsewhere.
        return index.column() < r.fields.size() ? r.fields.at(index.column()) : QString();
    }
    if (role == Qt::ToolTipRole)
        return tr("Row %1, line %2").arg(r.rowNumber).arg(r.lineNumber);
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_headers.size() ? m_headers.at(section) : QVariant();
    return section < m_rows.size() ? QVariant(m_rows.at(section).rowNumber) : QVariant();
}

} // namespace fc
