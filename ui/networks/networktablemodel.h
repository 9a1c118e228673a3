#pragma once

#include "graph/network.h"

#include <QAbstractTableModel>

namespace fc {

/** The offender networks as a table: size, incidents, value, first/last seen, areas. Sortable. */
class NetworkTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Members, Incidents, Vehicles, Value, FirstSeen, LastSeen, Areas, Communities, ColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int NetworkRole = Qt::UserRole + 2; // row in the model's own list

    using QAbstractTableModel::QAbstractTableModel;

    void setNetworks(const QList<Network> &networks);
    const QList<Network> &networks() const { return m_networks; }
    const Network &networkAt(int row) const { return m_networks.at(row); }
    /** The entities to put on a chart for a network: its members and their incidents and vehicles. */
    static QList<qint64> chartEntities(const Network &network);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Network> m_networks;
};

} // namespace fc
