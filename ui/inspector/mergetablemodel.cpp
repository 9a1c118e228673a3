#include "inspector/mergetablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace fc {

void MergeTableModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString MergeTableModel::methodText(const QString &method)
{
    if (method == QLatin1String("auto"))
        return tr("automatic");
    if (method == QLatin1String("review"))
        return tr("review");
    if (method == QLatin1String("manual"))
        return tr("manual");
    return method;
}

int MergeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MergeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MergeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const MergeRecord &m = r.merge;
    if (role == MergeIdRole)
        return m.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Score:
            return m.score;
        case MergedAt:
            return m.mergedAt; // ISO 8601 sorts as text
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Absorbed:
            return tr("%1 (entity %2)").arg(r.absorbedLabel).arg(m.absorbedId);
        case Score:
            return QString::number(m.score, 'f', 2);
        case Method:
            return methodText(m.method);
        case Explanation:
            return m.explanation.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
        case DecidedBy:
            return m.decidedBy;
        case MergedAt: {
            const QDateTime at = QDateTime::fromString(m.mergedAt, Qt::ISODateWithMs);
            return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : m.mergedAt;
        }
        }
    }
    if (role == Qt::ToolTipRole) {
        // Tooltips may be read as rich text: the label comes from an imported file.
        if (index.column() == Explanation)
            return m.explanation.toHtmlEscaped();
        if (index.column() == Absorbed)
            return tr("Merge %1: entity %2 (%3) was merged into entity %4")
                .arg(m.id)
                .arg(m.absorbedId)
                .arg(r.absorbedLabel)
                .arg(m.survivorId)
                .toHtmlEscaped();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant MergeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Absorbed:
        return tr("Merged from");
    case Score:
        return tr("Score");
    case Method:
        return tr("Method");
    case Explanation:
        return tr("Why");
    case DecidedBy:
        return tr("By");
    case MergedAt:
        return tr("When");
    }
    return {};
}

} // namespace fc
