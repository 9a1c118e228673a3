#pragma once

#include "store/auditlog.h"

#include <QAbstractTableModel>

namespace fc {

/** The audit trail as a read-only table, one row per entry in the order they were written. */
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, At, User, Action, Object, Detail, Justification, Recipient, ColumnCount };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};

} // namespace fc
