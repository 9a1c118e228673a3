#pragma once

#include "store/auditlog.h"

#include <QDate>
#include <QSortFilterProxyModel>

namespace fc {

/**
 * Narrows an AuditTableModel by action, user, a range of days (UTC, both ends included) and free
 * text matched in any field. Empty or invalid criteria match everything.
 */
class AuditFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setAction(const QString &action);
    void setUserName(const QString &userName);
    void setDateRange(const QDate &from, const QDate &to);
    void setText(const QString &text);

    /** The entries that pass the filters, in the source's order (what Export CSV writes). */
    QList<AuditEntry> acceptedEntries() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool accepts(const AuditEntry &entry) const;

    QString m_action;
    QString m_userName;
    QDate m_from;
    QDate m_to;
    QString m_text;
};

} // namespace fc
