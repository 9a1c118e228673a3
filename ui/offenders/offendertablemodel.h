#pragma once

#include "offenders/offenderjob.h"

#include <QAbstractTableModel>

namespace fc {

/**
 * The ranked offenders as a table: rank, change of rank since the last review, person, score and
 * its factors, motivation, last seen. The score's explanation is the tooltip of every cell and
 * ExplanationRole. SortRole gives numbers for numeric columns.
 */
class OffenderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, Change, Person, Score, Recency, Frequency, Harm, Network, Motivation, LastSeen, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, PersonIdRole, ExplanationRole, MotivationRole, PointsRole };

    explicit OffenderTableModel(QObject *parent = nullptr);

    void setRows(const QList<OffenderRow> &rows, bool showNetwork);
    const QList<OffenderRow> &rows() const { return m_rows; }
    QList<PriorityScore> scores() const;

    /** The change of rank in words: "new", "=", "+3" (up three places), "-2". */
    static QString changeText(const PriorityScore &score);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<OffenderRow> m_rows;
    bool m_showNetwork = false;
};

} // namespace fc
