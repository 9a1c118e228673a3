#include "importwizard/importsummarymodel.h"

namespace fc {

void ImportSummaryModel::setReports(const QList<ImportReport> &reports)
{
    beginResetModel();
    m_reports = reports;
    endResetModel();
}

QString ImportSummaryModel::statusText(ImportReport::Status status)
{
    switch (status) {
    case ImportReport::Status::Imported: return tr("Imported");
    case ImportReport::Status::AlreadyImported: return tr("Already imported");
    case ImportReport::Status::Failed: return tr("Failed");
    case ImportReport::Status::Cancelled: return tr("Cancelled");
    }
    return QString();
}

int ImportSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ImportSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_reports.size())
        return {};
    const ImportReport &r = m_reports.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return r.fileName;
        case Status: return statusText(r.status);
        case Read: return r.rowsRead;
        case Accepted: return r.rowsAccepted;
        case Rejected: return r.rowsRejected;
        case Unparsed: return r.valuesUnparsed;
        case Entities: return r.entitiesCreated;
        case Links: return r.linksCreated;
        case Message: return r.message;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Unparsed)
        return tr("Values that could not be read on rows the spec keeps (on_bad_value: keep_row): stored as "
                  "written, not used; fusioncell-cli info --unparsed N lists them");
    if (role == Qt::ToolTipRole && index.column() == Message)
        return r.message.toHtmlEscaped();
    if (role == Qt::TextAlignmentRole && index.column() >= Read && index.column() <= Links)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File: return tr("File");
    case Status: return tr("Status");
    case Read: return tr("Rows read");
    case Accepted: return tr("Accepted");
    case Rejected: return tr("Rejected");
    case Unparsed: return tr("Kept unread");
    case Entities: return tr("New entities");
    case Links: return tr("New links");
    case Message: return tr("Message");
    }
    return {};
}

} // namespace fc
