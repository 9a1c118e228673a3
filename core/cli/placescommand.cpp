#include "cli/placescommand.h"

#include "analysis/concentration.h"
#include "analysis/harmanalysis.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlacesCommand", text);
}

} // namespace

QString PlacesCommand::summary() const
{
    return tr("Places, areas, retailers or offenders ranked by harm, with counts, value and share.");
}

void PlacesCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("First date (inclusive)."), QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last date (inclusive)."), QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("by"),
        tr("place (default), area (local authority, from the bundled boundaries), lsoa (when the data names one), "
           "retailer (the reporting organisation), offender or network (offender networks of the graph engine)."), QStringLiteral("GROUP"), QStringLiteral("place")));
    parser.addOption(QCommandLineOption(QStringLiteral("top"), tr("Show only the first N rows (totals are over all)."),
                                        QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("boundaries"),
        tr("--by area: a GeoJSON of areas (properties code, name) instead of the bundled local authorities."),
        QStringLiteral("FILE")));
}

int PlacesCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    auto date = [&](const QString &option, QDate *out) {
        if (!parser.isSet(option))
            return true;
        *out = QDate::fromString(parser.value(option), Qt::ISODate);
        return out->isValid();
    };
    QDate from, to;
    if (!date(QStringLiteral("from"), &from) || !date(QStringLiteral("to"), &to))
        return io.fail(tr("places: --from and --to must be dates yyyy-MM-dd"), 2);
    const auto by = PlaceHarm::groupByFromName(parser.value(QStringLiteral("by")));
    if (!by)
        return io.fail(tr("places: --by must be place, area, lsoa, retailer, offender or network"), 2);
    int top = -1;
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1)
            return io.fail(tr("places: --top must be a whole number of 1 or more"), 2);
    }
    HarmData data;
    HarmTable table;
    QString error;
    // Places, areas and retailers need only the incidents' counts per place, organisation and
    // offence (one aggregate); offenders and networks need each incident.
    const bool perIncident = *by == PlaceHarm::GroupBy::Offender || *by == PlaceHarm::GroupBy::Network;
    if (!HarmAnalysis::load(workspace.database(), from, to, &data, &table, &error,
                            perIncident ? HarmData::Reading::PerIncident : HarmData::Reading::Grouped))
        return io.fail(QStringLiteral("places: %1").arg(error));
    // The R*Tree of located places is kept current by the commands that may write.
    if (!workspace.database().isReadOnly() && !data.writePlaceIndex(workspace.database(), &error))
        return io.fail(QStringLiteral("places: %1").arg(error));
    std::optional<BoundarySet> boundaries;
    PlaceHarm::AreaLookup areaOf;
    if (*by == PlaceHarm::GroupBy::Area) {
        const QString path = parser.isSet(QStringLiteral("boundaries")) ? parser.value(QStringLiteral("boundaries"))
                                                                       : GeoResources::localAuthoritiesPath();
        boundaries = BoundarySet::loadGeoJson(path, &error);
        if (!boundaries)
            return io.fail(QStringLiteral("places: %1").arg(error));
        areaOf = HarmAnalysis::areaLookup(*boundaries);
    }
    if (*by == PlaceHarm::GroupBy::Network)
        HarmAnalysis::findNetworks(workspace.entityRecords(), workspace.linkRecords(), &data);
    const PlaceHarmResult result = PlaceHarm::rank(data, table, *by, areaOf);
    QList<double> harms;
    for (const HarmRow &r : result.rows)
        if (!r.key.isEmpty())
            harms << r.harm;
    const ConcentrationResult concentration = Concentration::of(harms);
    // Retailers and offenders are not places: "located" does not apply to them.
    const bool locatable = *by == PlaceHarm::GroupBy::Place || *by == PlaceHarm::GroupBy::Area
        || *by == PlaceHarm::GroupBy::Lsoa;
    const int shown = top < 0 ? int(result.rows.size()) : std::min(top, int(result.rows.size()));

    if (io.json) {
        QJsonArray rows;
        for (int k = 0; k < shown; ++k) {
            const HarmRow &r = result.rows.at(k);
            QJsonObject o{{QStringLiteral("rank"), r.rank}, {QStringLiteral("key"), r.key},
                          {QStringLiteral("label"), r.label}, {QStringLiteral("harm"), r.harm},
                          {QStringLiteral("incidents"), r.incidents},
                          {QStringLiteral("unweighted_incidents"), r.unweightedIncidents},
                          {QStringLiteral("value_gbp"), r.valueGbp}, {QStringLiteral("share"), r.share}};
            if (locatable)
                o.insert(QStringLiteral("located"), r.located);
            if (r.located && (*by == PlaceHarm::GroupBy::Place)) {
                o.insert(QStringLiteral("easting"), r.bng.x());
                o.insert(QStringLiteral("northing"), r.bng.y());
            }
            if (locatable && !r.located)
                o.insert(QStringLiteral("unlocated_reason"), r.unlocatedReason);
            rows.append(o);
        }
        QJsonArray unweighted;
        for (const UnweightedOffence &u : result.unweighted)
            unweighted.append(QJsonObject{{QStringLiteral("offence"), u.offence}, {QStringLiteral("incidents"), u.incidents}});
        QJsonArray lorenz;
        for (const QPointF &p : concentration.lorenz)
            lorenz.append(QJsonArray{p.x(), p.y()});
        io.writeJson(QJsonDocument(QJsonObject{
            {QStringLiteral("by"), result.groupBy},
            {QStringLiteral("from"), from.isValid() ? from.toString(Qt::ISODate) : QString()},
            {QStringLiteral("to"), to.isValid() ? to.toString(Qt::ISODate) : QString()},
            {QStringLiteral("harm_table"), result.harmTable}, {QStringLiteral("harm_source"), table.source},
            {QStringLiteral("unit"), result.unit}, {QStringLiteral("method"), result.method},
            {QStringLiteral("total_harm"), result.totalHarm}, {QStringLiteral("total_incidents"), result.totalIncidents},
            {QStringLiteral("total_value_gbp"), result.totalValueGbp}, {QStringLiteral("groups"), result.rows.size()},
            {QStringLiteral("rows"), rows}, {QStringLiteral("unweighted_offences"), unweighted},
            {QStringLiteral("concentration"),
             QJsonObject{{QStringLiteral("units"), concentration.units}, {QStringLiteral("top1"), concentration.top1},
                         {QStringLiteral("top5"), concentration.top5}, {QStringLiteral("top10"), concentration.top10},
                         {QStringLiteral("gini"), concentration.gini}, {QStringLiteral("lorenz"), lorenz},
                         {QStringLiteral("method"), concentration.method}}}}));
        return 0;
    }
    io.out << tr("Harm by %1 (%2; unit: %3)").arg(result.groupBy, result.harmTable, result.unit) << Qt::endl;
    io.out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                  .arg(tr("rank"), 5).arg(tr("harm"), 12).arg(tr("share"), 7).arg(tr("incidents"), 9)
                  .arg(tr("value £"), 12).arg(tr("located"), 8).arg(tr("name"))
           << Qt::endl;
    for (int k = 0; k < shown; ++k) {
        const HarmRow &r = result.rows.at(k);
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7%8")
                      .arg(r.rank, 5).arg(r.harm, 12, 'f', 1).arg(QStringLiteral("%1%").arg(r.share * 100, 0, 'f', 1), 7)
                      .arg(r.incidents, 9).arg(r.valueGbp, 12, 'f', 2)
                      .arg(!locatable ? QStringLiteral("-") : r.located ? tr("yes") : tr("no"), 8)
                      .arg(r.label, !locatable || r.located ? QString() : QStringLiteral(" (%1)").arg(r.unlocatedReason))
               << Qt::endl;
    }
    io.out << tr("Total: %1 harm over %2 incidents in %3 groups, value £%4")
                  .arg(result.totalHarm, 0, 'f', 1).arg(result.totalIncidents).arg(result.rows.size())
                  .arg(result.totalValueGbp, 0, 'f', 2)
           << Qt::endl;
    for (const UnweightedOffence &u : result.unweighted)
        io.out << tr("Unweighted offences: %1 incidents of %2 (no weight in the harm table: not counted as harm)")
                      .arg(u.incidents).arg(u.offence)
               << Qt::endl;
    io.out << tr("Concentration over %1 groups: top 1% %2%, top 5% %3%, top 10% %4% of harm; Gini %5")
                  .arg(concentration.units)
                  .arg(concentration.top1 * 100, 0, 'f', 1).arg(concentration.top5 * 100, 0, 'f', 1)
                  .arg(concentration.top10 * 100, 0, 'f', 1).arg(concentration.gini, 0, 'f', 3)
           << Qt::endl;
    io.out << tr("Method: %1").arg(result.method) << Qt::endl;
    io.out << tr("Harm table source: %1").arg(table.source) << Qt::endl;
    return 0;
}

} // namespace fc
