#include "audit/auditfilterproxy.h"

#include "audit/audittablemodel.h"

namespace fc {

AuditFilterProxy::AuditFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void AuditFilterProxy::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void AuditFilterProxy::setUserName(const QString &userName)
{
    m_userName = userName;
    invalidateFilter();
}

void AuditFilterProxy::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void AuditFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

QList<AuditEntry> AuditFilterProxy::acceptedEntries() const
{
    QList<AuditEntry> out;
    if (const auto *model = qobject_cast<const AuditTableModel *>(sourceModel()))
        for (const AuditEntry &e : model->entries())
            if (accepts(e))
                out << e;
    return out;
}

bool AuditFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AuditTableModel *>(sourceModel());
    return !model || sourceParent.isValid() || accepts(model->entryAt(sourceRow));
}

bool AuditFilterProxy::accepts(const AuditEntry &e) const
{
    if (!m_action.isEmpty() && e.action != m_action)
        return false;
    if (!m_userName.isEmpty() && e.userName != m_userName)
        return false;
    // Entries carry ISO 8601 UTC times: the first ten characters are the day.
    const QDate day = QDate::fromString(e.at.left(10), Qt::ISODate);
    if (m_from.isValid() && (!day.isValid() || day < m_from))
        return false;
    if (m_to.isValid() && (!day.isValid() || day > m_to))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString &field : {e.at, e.userName, e.action, e.objectType, e.objectId, e.detail,
                                 e.justification, e.recipient, e.hash})
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    return QString::number(e.id) == m_text;
}

} // namespace fc
