#include "cli/networkscommand.h"

#include "graph/networkfinder.h"

#include <QJsonArray>

namespace fc {

QString NetworksCommand::summary() const
{
    return tr("Offender networks with members, incidents, vehicles, places, value, dates and areas; "
              "large ones split into communities.");
}

QString NetworksCommand::defaultGraph() const { return QStringLiteral("offenders"); }

void NetworksCommand::setupGraphOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("split-threshold"),
        tr("Networks with more members than this are split into communities (default 12)."), QStringLiteral("N"),
        QStringLiteral("12")));
    parser.addOption(QCommandLineOption(QStringLiteral("min-size"),
        tr("Leave out networks with fewer members (default 2)."), QStringLiteral("N"), QStringLiteral("2")));
}

int NetworksCommand::runGraph(const QCommandLineParser &parser, CliIo &io)
{
    if (!projection())
        return io.fail(tr("networks: networks are found on the offender graph (omit --graph or use --graph offenders)"), 2);
    NetworkFinder finder;
    for (const char *name : {"split-threshold", "min-size"}) {
        bool ok = false;
        const int n = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || n < 1)
            return io.fail(tr("networks: --%1 \"%2\" is not a number of members (expected 1 or more)")
                               .arg(QString::fromLatin1(name), parser.value(QString::fromLatin1(name))), 2);
        if (qstrcmp(name, "min-size") == 0)
            finder.setMinimumSize(n);
        else
            finder.setSplitThreshold(n);
    }
    const QList<Network> networks = finder.find(*projection());

    auto ids = [this](const QList<qint64> &list) {
        QJsonArray a;
        for (qint64 id : list)
            a.append(entityJson(id));
        return a;
    };
    auto summaryJson = [&](const NetworkSummary &s) {
        QJsonArray areas;
        for (const QString &area : s.areas)
            areas.append(area);
        return QJsonObject{{QStringLiteral("members"), ids(s.members)}, {QStringLiteral("incidents"), ids(s.incidents)},
                           {QStringLiteral("vehicles"), ids(s.vehicles)}, {QStringLiteral("places"), ids(s.places)},
                           {QStringLiteral("total_value_gbp"), s.totalValueGbp},
                           {QStringLiteral("first_seen"), s.firstSeen}, {QStringLiteral("last_seen"), s.lastSeen},
                           {QStringLiteral("areas"), areas}, {QStringLiteral("ties"), s.ties},
                           {QStringLiteral("weight"), s.weight}};
    };
    auto summaryText = [&](const NetworkSummary &s, const QString &indent) {
        QStringList names;
        for (qint64 id : s.members)
            names << entityText(id);
        io.out << indent << tr("%1 people, %2 incidents, %3 vehicles, %4 places, value %5 GBP, %6 to %7, areas: %8")
                                .arg(s.members.size()).arg(s.incidents.size()).arg(s.vehicles.size())
                                .arg(s.places.size()).arg(s.totalValueGbp, 0, 'f', 2)
                                .arg(s.firstSeen.isEmpty() ? QStringLiteral("-") : s.firstSeen.left(10),
                                     s.lastSeen.isEmpty() ? QStringLiteral("-") : s.lastSeen.left(10),
                                     s.areas.isEmpty() ? QStringLiteral("-") : s.areas.join(QLatin1String(", ")))
               << Qt::endl;
        io.out << indent << "  " << names.join(QLatin1String("; ")) << Qt::endl;
    };

    if (io.json) {
        QJsonArray out;
        for (const Network &n : networks) {
            QJsonObject o = summaryJson(n.summary);
            if (n.isSplit()) {
                QJsonArray communities;
                for (const NetworkSummary &c : n.communities)
                    communities.append(summaryJson(c));
                o.insert(QStringLiteral("communities"), communities);
                o.insert(QStringLiteral("modularity"), n.modularity);
            }
            out.append(o);
        }
        io.writeJson(QJsonDocument(QJsonObject{{QStringLiteral("networks"), out}}));
        return 0;
    }
    for (int i = 0; i < networks.size(); ++i) {
        const Network &n = networks[i];
        io.out << tr("Network %1").arg(i + 1) << Qt::endl;
        summaryText(n.summary, QStringLiteral("  "));
        if (n.isSplit()) {
            io.out << tr("  %1 communities, modularity %2").arg(n.communities.size()).arg(n.modularity, 0, 'f', 4)
                   << Qt::endl;
            for (const NetworkSummary &c : n.communities)
                summaryText(c, QStringLiteral("    "));
        }
    }
    if (networks.isEmpty())
        io.out << tr("No networks.") << Qt::endl;
    return 0;
}

} // namespace fc
