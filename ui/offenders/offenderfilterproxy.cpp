#include "offenders/offenderfilterproxy.h"

#include "offenders/offendertablemodel.h"

namespace fc {

OffenderFilterProxy::OffenderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OffenderTableModel::SortRole);
}

void OffenderFilterProxy::setMotivation(const QString &name)
{
    m_motivation = name;
    invalidateFilter();
}

void OffenderFilterProxy::setMinimumPoints(int column, int points)
{
    m_pointsColumn = column;
    m_minimumPoints = points;
    invalidateFilter();
}

void OffenderFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool OffenderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (!m_motivation.isEmpty()) {
        const QString has = m->index(sourceRow, OffenderTableModel::Motivation, sourceParent)
                                .data(OffenderTableModel::MotivationRole).toString();
        if (m_motivation == noMotivation() ? !has.isEmpty() : has != m_motivation)
            return false;
    }
    if (m_pointsColumn >= 0
        && m->index(sourceRow, m_pointsColumn, sourceParent).data(OffenderTableModel::PointsRole).toInt() < m_minimumPoints)
        return false;
    if (!m_text.isEmpty()
        && !m->index(sourceRow, OffenderTableModel::Person, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace fc
