#include "inspector/attributetablemodel.h"

#include "inspector/gradingtext.h"

namespace fc {

void AttributeTableModel::setAttributes(const QList<AttributeValue> &attributes)
{
    beginResetModel();
    m_rows = attributes;
    endResetModel();
}

int AttributeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttributeTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AttributeValue &a = m_rows.at(index.row());
    const Provenance &p = a.provenance;
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Attribute: return a.name;
        case Value: return a.value;
        case Organisation: return p.organisation;
        case File: return p.sheet.isEmpty() ? p.fileName : tr("%1, sheet \"%2\"").arg(p.fileName, p.sheet);
        case Row: return p.rowNumber > 0 ? QVariant(p.rowNumber) : QVariant();
        case GradingColumn: return GradingText::code(p.grading);
        }
    }
    if (role == Qt::ToolTipRole) {
        // Tooltips may be read as rich text: data from imported files is escaped.
        if (index.column() == GradingColumn)
            return GradingText::meaning(p.grading).toHtmlEscaped();
        if (index.column() == File && !p.sha256.isEmpty())
            return tr("%1\nSHA-256 %2").arg(p.fileName, p.sha256).toHtmlEscaped();
        if (index.column() == Value)
            return a.value.toHtmlEscaped();
    }
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Attribute: return tr("Attribute");
    case Value: return tr("Value");
    case Organisation: return tr("Organisation");
    case File: return tr("File");
    case Row: return tr("Row");
    case GradingColumn: return tr("Grading");
    }
    return {};
}

} // namespace fc
