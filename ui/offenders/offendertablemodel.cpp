#include "offenders/offendertablemodel.h"

namespace fc {

OffenderTableModel::OffenderTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OffenderTableModel::setRows(const QList<OffenderRow> &rows, bool showNetwork)
{
    beginResetModel();
    m_rows = rows;
    m_showNetwork = showNetwork;
    endResetModel();
}

QList<PriorityScore> OffenderTableModel::scores() const
{
    QList<PriorityScore> out;
    out.reserve(m_rows.size());
    for (const OffenderRow &r : m_rows)
        out.append(r.score);
    return out;
}

QString OffenderTableModel::changeText(const PriorityScore &s)
{
    if (s.previousRank <= 0)
        return tr("new");
    const int up = s.previousRank - s.rank;
    if (up == 0)
        return QStringLiteral("=");
    return up > 0 ? QStringLiteral("+%1").arg(up) : QString::number(up);
}

int OffenderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OffenderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OffenderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OffenderRow &r = m_rows.at(index.row());
    const PriorityScore &s = r.score;
    switch (role) {
    case PersonIdRole:
        return s.personId;
    case ExplanationRole:
    case Qt::ToolTipRole:
        return s.explanation;
    case MotivationRole:
        return r.motivation ? Motivations::name(*r.motivation) : QString();
    case PointsRole:
        switch (index.column()) {
        case Recency: return s.recencyPoints;
        case Frequency: return s.frequencyPoints;
        case Harm: return s.harmPoints;
        case Network: return s.networkPoints;
        default: return s.score;
        }
    case Qt::TextAlignmentRole:
        return index.column() == Person || index.column() == Motivation ? QVariant()
                                                                         : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case Rank: return s.rank;
        case Change: return s.previousRank > 0 ? s.previousRank - s.rank : INT_MIN;
        case Person: return r.person.toLower();
        case Score: return s.score;
        case Recency: return s.daysSinceLast < 0 ? INT_MAX : s.daysSinceLast;
        case Frequency: return s.frequency;
        case Harm: return s.harm;
        case Network: return s.networkPoints;
        case Motivation: return r.motivation ? Motivations::name(*r.motivation) : QString();
        case LastSeen: return s.lastSeen;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Rank: return s.rank;
        case Change: return changeText(s);
        case Person: return r.person;
        case Score: return s.score;
        case Recency:
            return s.daysSinceLast < 0 ? tr("%1 (undated)").arg(s.recencyPoints)
                                       : tr("%1 (%2 d)").arg(s.recencyPoints).arg(s.daysSinceLast);
        case Frequency: return tr("%1 (%2)").arg(s.frequencyPoints).arg(s.frequency);
        case Harm: return tr("%1 (%2)").arg(s.harmPoints).arg(QString::number(s.harm, 'g', 6));
        case Network: return m_showNetwork ? QVariant(s.networkPoints) : QVariant(tr("off"));
        case Motivation: return r.motivation ? Motivations::displayName(*r.motivation) : QString();
        case LastSeen: return s.lastSeen.left(10);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant OffenderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Change: return tr("Change of rank since the last review: + moved up, - moved down, = unchanged, new: not ranked then");
        case Recency: return tr("Recency points (days since the last incident)");
        case Frequency: return tr("Frequency points (incidents in the window)");
        case Harm: return tr("Harm points (sum of harm weights; an incident without a weight counts 1)");
        case Network: return tr("Network-role points (off unless the bands give them)");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank: return tr("Rank");
    case Change: return tr("Change");
    case Person: return tr("Person");
    case Score: return tr("Score");
    case Recency: return tr("Recency");
    case Frequency: return tr("Frequency");
    case Harm: return tr("Harm");
    case Network: return tr("Network");
    case Motivation: return tr("Motivation");
    case LastSeen: return tr("Last seen");
    default: return {};
    }
}

} // namespace fc
