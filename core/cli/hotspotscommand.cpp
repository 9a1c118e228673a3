#include "cli/hotspotscommand.h"

#include "analysis/getisord.h"
#include "analysis/harmanalysis.h"
#include "analysis/kerneldensity.h"
#include "analysis/predictiveaccuracy.h"
#include "geo/projection.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace fc {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HotspotsCommand", text);
}

// The most cells a grid may have (memory: about 40 bytes a cell).
constexpr qsizetype kMaxCells = 40'000'000;

} // namespace

QString HotspotsCommand::summary() const
{
    return tr("Hot spots of harm on a grid (kernel density or Getis-Ord Gi*), with the Predictive Accuracy Index.");
}

void HotspotsCommand::setupOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("method"), tr("kde (quartic kernel density) or gi (Getis-Ord Gi*)."),
                                        QStringLiteral("METHOD"), QStringLiteral("kde")));
    parser.addOption(QCommandLineOption(QStringLiteral("cell"), tr("Cell size in metres (default 250)."),
                                        QStringLiteral("M"), QStringLiteral("250")));
    parser.addOption(QCommandLineOption(QStringLiteral("bandwidth"),
        tr("kde: the kernel's radius; gi: the distance band of the weights; metres (default 500)."),
        QStringLiteral("M"), QStringLiteral("500")));
    parser.addOption(QCommandLineOption(QStringLiteral("weight"), tr("harm (default: each incident weighted by the "
                                        "active harm table) or count."), QStringLiteral("W"), QStringLiteral("harm")));
    parser.addOption(QCommandLineOption(QStringLiteral("fdr"), tr("gi: the false discovery rate q (default 0.05)."),
                                        QStringLiteral("Q"), QStringLiteral("0.05")));
    parser.addOption(QCommandLineOption(QStringLiteral("hot-share"),
        tr("kde: the share of cells with a density flagged as hot spots (default 0.05)."), QStringLiteral("S"),
        QStringLiteral("0.05")));
    parser.addOption(QCommandLineOption(QStringLiteral("from"), tr("First date (inclusive)."), QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("to"), tr("Last date (inclusive)."), QStringLiteral("yyyy-MM-dd")));
    parser.addOption(QCommandLineOption(QStringLiteral("pai"),
        tr("Also compute the Predictive Accuracy Index by rolling origin over the data's months.")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("Write the grid's non-empty cells as GeoJSON (WGS84)."),
                                        QStringLiteral("FILE")));
}

int HotspotsCommand::runOn(Workspace &workspace, const QCommandLineParser &parser, CliIo &io)
{
    const QString method = parser.value(QStringLiteral("method"));
    if (method != QLatin1String("kde") && method != QLatin1String("gi"))
        return io.fail(tr("hotspots: --method must be kde or gi"), 2);
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    const double cell = parser.value(QStringLiteral("cell")).toDouble(&ok1);
    const double bandwidth = parser.value(QStringLiteral("bandwidth")).toDouble(&ok2);
    const double q = parser.value(QStringLiteral("fdr")).toDouble(&ok3);
    const double hotShare = parser.value(QStringLiteral("hot-share")).toDouble(&ok4);
    if (!ok1 || !ok2 || !(cell >= 1) || !(bandwidth > 0))
        return io.fail(tr("hotspots: --cell and --bandwidth must be positive numbers of metres"), 2);
    if (!ok3 || !(q > 0 && q < 1) || !ok4 || !(hotShare > 0 && hotShare <= 1))
        return io.fail(tr("hotspots: --fdr must be between 0 and 1, --hot-share above 0 and at most 1"), 2);
    const QString weight = parser.value(QStringLiteral("weight"));
    if (weight != QLatin1String("harm") && weight != QLatin1String("count"))
        return io.fail(tr("hotspots: --weight must be harm or count"), 2);
    QDate from, to;
    if (parser.isSet(QStringLiteral("from")))
        from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (parser.isSet(QStringLiteral("to")))
        to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if ((parser.isSet(QStringLiteral("from")) && !from.isValid()) || (parser.isSet(QStringLiteral("to")) && !to.isValid()))
        return io.fail(tr("hotspots: --from and --to must be dates yyyy-MM-dd"), 2);

    HarmData data;
    HarmTable table;
    QString error;
    // Grouped by place, organisation and offence (and by month only for the PAI, which needs months).
    const bool withPai = parser.isSet(QStringLiteral("pai"));
    if (!HarmAnalysis::load(workspace.database(), from, to, &data, &table, &error,
                            withPai ? HarmData::Reading::GroupedByMonth : HarmData::Reading::Grouped))
        return io.fail(QStringLiteral("hotspots: %1").arg(error));
    const HotspotInput input = HarmAnalysis::hotspotInput(data, table, weight == QLatin1String("harm"));
    if (input.points.isEmpty())
        return io.fail(tr("hotspots: no located incident to map (%1 unlocated, %2 unweighted)")
                           .arg(input.unlocatedIncidents).arg(input.unweightedIncidents));
    HotspotGrid extent = HotspotGrid::covering(input.points, cell, bandwidth);
    if (extent.size() > kMaxCells)
        return io.fail(tr("hotspots: the grid would have %1 cells (%2 x %3): choose a larger --cell or a date range "
                          "or data set covering a smaller area (at most %4 cells)")
                           .arg(extent.size()).arg(extent.columns).arg(extent.rows).arg(kMaxCells));
    auto make = [&](HotspotGrid &g, const QList<HotspotPoint> &points) {
        if (method == QLatin1String("kde"))
            KernelDensity::estimate(g, points, bandwidth, hotShare);
        else
            GetisOrd::compute(g, points, bandwidth, q);
    };
    HotspotGrid grid = extent;
    make(grid, input.points);
    PaiResult pai;
    if (parser.isSet(QStringLiteral("pai")))
        pai = PredictiveAccuracy::rolling(input.points, input.months, extent, make);

    const QString weighting = weight == QLatin1String("harm")
        ? tr("each incident weighted by %1 (%2)").arg(table.title, table.unit)
        : tr("each incident counts 1");
    QJsonObject parameters{{QStringLiteral("method"), method}, {QStringLiteral("description"), grid.description},
                           {QStringLiteral("cell_size_m"), cell}, {QStringLiteral("bandwidth_m"), bandwidth},
                           {QStringLiteral("weighting"), weighting}, {QStringLiteral("crs_grid"), QStringLiteral("EPSG:27700")},
                           {QStringLiteral("columns"), grid.columns}, {QStringLiteral("rows"), grid.rows},
                           {QStringLiteral("origin_easting"), grid.originX}, {QStringLiteral("origin_northing"), grid.originY},
                           {QStringLiteral("points"), input.points.size()},
                           {QStringLiteral("incidents"), input.incidents},
                           {QStringLiteral("unlocated_incidents"), input.unlocatedIncidents},
                           {QStringLiteral("unweighted_incidents"), input.unweightedIncidents},
                           {QStringLiteral("hot_cells"), grid.significantCount}};
    if (method == QLatin1String("kde")) {
        parameters.insert(QStringLiteral("kernel"), grid.kernel);
        parameters.insert(QStringLiteral("hot_share"), hotShare);
    } else {
        parameters.insert(QStringLiteral("fdr_q"), q);
        parameters.insert(QStringLiteral("weights"), tr("binary, distance band %1 m").arg(bandwidth));
    }
    QJsonArray paiOrigins;
    for (const PaiOrigin &o : pai.origins)
        paiOrigins.append(QJsonObject{{QStringLiteral("month"), o.month}, {QStringLiteral("hit_rate"), o.hitRate},
                                      {QStringLiteral("area_share"), o.areaShare},
                                      {QStringLiteral("pai"), std::isnan(o.pai) ? QJsonValue() : QJsonValue(o.pai)}});
    if (parser.isSet(QStringLiteral("pai"))) {
        parameters.insert(QStringLiteral("pai_mean"), std::isnan(pai.meanPai) ? QJsonValue() : QJsonValue(pai.meanPai));
        parameters.insert(QStringLiteral("pai_method"), pai.method);
        parameters.insert(QStringLiteral("pai_origins"), paiOrigins);
    }

    if (parser.isSet(QStringLiteral("out"))) {
        Projection projection;
        QJsonArray features;
        const QList<HotspotCell> cells = grid.nonEmptyCells();
        for (const HotspotCell &c : cells) {
            const double h = cell / 2;
            QJsonArray ring;
            const QPointF corners[] = {{c.x - h, c.y - h}, {c.x + h, c.y - h}, {c.x + h, c.y + h}, {c.x - h, c.y + h},
                                       {c.x - h, c.y - h}};
            bool inGrid = true;
            for (const QPointF &k : corners) {
                const auto ll = projection.toWgs84(k.x(), k.y());
                if (!ll) {
                    inGrid = false;
                    break;
                }
                ring.append(QJsonArray{ll->x(), ll->y()});
            }
            if (!inGrid)
                continue;
            QJsonObject props{{QStringLiteral("value"), c.value}, {QStringLiteral("easting"), c.x},
                              {QStringLiteral("northing"), c.y}, {QStringLiteral("significant"), c.significant},
                              {QStringLiteral("hot"), c.significant && (std::isnan(c.z) || c.z > 0)},
                              {QStringLiteral("method"), method}, {QStringLiteral("cell_size_m"), cell},
                              {QStringLiteral("bandwidth_m"), bandwidth}};
            if (!std::isnan(c.z)) {
                props.insert(QStringLiteral("z"), c.z);
                props.insert(QStringLiteral("p"), c.p);
            }
            features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                        {QStringLiteral("properties"), props},
                                        {QStringLiteral("geometry"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                                                                                  {QStringLiteral("coordinates"), QJsonArray{ring}}}}});
        }
        QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                               {QStringLiteral("properties"), parameters}, {QStringLiteral("features"), features}};
        QSaveFile file(parser.value(QStringLiteral("out")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(collection).toJson(QJsonDocument::Compact)) < 0
            || !file.commit())
            return io.fail(tr("hotspots: cannot write %1: %2").arg(parser.value(QStringLiteral("out")), file.errorString()));
    }
    if (io.json) {
        io.writeJson(QJsonDocument(parameters));
        return 0;
    }
    io.out << tr("Method: %1").arg(grid.description) << Qt::endl;
    io.out << tr("Weighting: %1").arg(weighting) << Qt::endl;
    io.out << tr("Grid: %1 x %2 cells of %3 m from E %4 N %5; %6 incidents on it, %7 unlocated, %8 unweighted (left out)")
                  .arg(grid.columns).arg(grid.rows).arg(cell).arg(grid.originX, 0, 'f', 0).arg(grid.originY, 0, 'f', 0)
                  .arg(input.incidents).arg(input.unlocatedIncidents).arg(input.unweightedIncidents)
           << Qt::endl;
    io.out << tr("Hot-spot cells: %1").arg(grid.significantCount) << Qt::endl;
    if (parser.isSet(QStringLiteral("pai"))) {
        for (const PaiOrigin &o : pai.origins)
            io.out << tr("  PAI %1: %2 (hit rate %3%, area %4%)")
                          .arg(o.month).arg(std::isnan(o.pai) ? tr("n/a") : QString::number(o.pai, 'f', 2))
                          .arg(o.hitRate * 100, 0, 'f', 1).arg(o.areaShare * 100, 0, 'f', 3)
                   << Qt::endl;
        io.out << tr("Mean PAI: %1. %2").arg(std::isnan(pai.meanPai) ? tr("n/a") : QString::number(pai.meanPai, 'f', 2),
                                             pai.method)
               << Qt::endl;
    }
    return 0;
}

} // namespace fc
