#include "networks/networktablemodel.h"

#include <QDateTime>
#include <QLocale>

namespace fc {

void NetworkTableModel::setNetworks(const QList<Network> &networks)
{
    beginResetModel();
    m_networks = networks;
    endResetModel();
}

QList<qint64> NetworkTableModel::chartEntities(const Network &network)
{
    // People alone would show no co-offending (it goes through incidents), so the incidents and
    // vehicles that tie them come along.
    QList<qint64> ids = network.summary.members;
    ids += network.summary.incidents;
    ids += network.summary.vehicles;
    return ids;
}

int NetworkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_networks.size());
}

int NetworkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString shortDate(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid())
        return QLocale().toString(dt.date(), QLocale::ShortFormat);
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}

QVariant NetworkTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_networks.size())
        return {};
    const Network &n = m_networks.at(index.row());
    const NetworkSummary &s = n.summary;
    if (role == NetworkRole)
        return index.row();
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return index.row();
        case Members: return s.members.size();
        case Incidents: return s.incidents.size();
        case Vehicles: return s.vehicles.size();
        case Value: return s.totalValueGbp;
        case FirstSeen: return s.firstSeen;
        case LastSeen: return s.lastSeen;
        case Communities: return n.communities.size();
        default: role = Qt::DisplayRole;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return tr("Network %1").arg(index.row() + 1);
        case Members: return s.members.size();
        case Incidents: return s.incidents.size();
        case Vehicles: return s.vehicles.size();
        case Value: return QLocale(QLocale::English, QLocale::UnitedKingdom).toCurrencyString(s.totalValueGbp, QStringLiteral("£"));
        case FirstSeen: return shortDate(s.firstSeen);
        case LastSeen: return shortDate(s.lastSeen);
        case Areas: return s.areas.join(QStringLiteral(", "));
        case Communities: return n.isSplit() ? QVariant(n.communities.size()) : QVariant();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Communities && n.isSplit())
        return tr("Split into %1 communities (modularity %2)").arg(n.communities.size()).arg(n.modularity, 0, 'f', 3);
    if (role == Qt::ToolTipRole && index.column() == Areas)
        return s.areas.join(QLatin1Char('\n')).toHtmlEscaped();
    if (role == Qt::TextAlignmentRole && index.column() >= Members && index.column() <= Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant NetworkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Network");
    case Members: return tr("People");
    case Incidents: return tr("Incidents");
    case Vehicles: return tr("Vehicles");
    case Value: return tr("Value");
    case FirstSeen: return tr("First seen");
    case LastSeen: return tr("Last seen");
    case Areas: return tr("Areas");
    case Communities: return tr("Communities");
    }
    return {};
}

} // namespace fc
