#pragma once

#include <QSortFilterProxyModel>

namespace fc {

/**
 * Filters the offenders table: by motivation (a name, "none" for people without one, empty for
 * all), by a factor's band (at least so many points on recency, frequency, harm, network or the
 * score) and by text in the person column.
 */
class OffenderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit OffenderFilterProxy(QObject *parent = nullptr);

    static QString noMotivation() { return QStringLiteral("none"); }

    void setMotivation(const QString &name);
    /** column: an OffenderTableModel column of points (Score, Recency, Frequency, Harm, Network); -1 off. */
    void setMinimumPoints(int column, int points);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_motivation;
    int m_pointsColumn = -1;
    int m_minimumPoints = 0;
    QString m_text;
};

} // namespace fc
