#include "trends/trendsjob.h"

#include "analysis/harmanalysis.h"
#include "geo/boundaryset.h"
#include "geo/georesources.h"
#include "store/workspace.h"

namespace fc {

TrendsJobResult TrendsJob::run(const WorkspaceAccess &access, const TrendOptions &options,
                               const std::function<void(double)> &progress, const std::atomic_bool *cancel)
{
    TrendsJobResult out;
    auto report = [&](double f) {
        if (progress)
            progress(f);
    };
    auto cancelled = [&] { return cancel && cancel->load(); };
    QString error;
    auto workspace = access.open(&error);
    if (!workspace) {
        out.error = error;
        return out;
    }
    report(0.05);
    HarmData data;
    HarmTable table;
    if (!HarmAnalysis::load(workspace->database(), QDate(), options.to, &data, &table, &out.error,
                            TrendSeriesBuilder::reading(options.period, options.split, options.from)))
        return out;
    report(0.5);
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }
    std::optional<BoundarySet> boundaries;
    PlaceHarm::AreaLookup areaOf;
    if (options.split == TrendSplit::Area) {
        boundaries = BoundarySet::loadGeoJson(GeoResources::localAuthoritiesPath(), &out.error);
        if (!boundaries)
            return out;
        areaOf = HarmAnalysis::areaLookup(*boundaries);
    }
    if (options.split == TrendSplit::Network)
        HarmAnalysis::findNetworks(workspace->entityRecords(), workspace->linkRecords(), &data);
    report(0.6);
    if (cancelled()) {
        out.cancelled = true;
        return out;
    }
    TrendAnalysis::analyse(
        data, table, options, areaOf, &out.result, [&](double f) { report(0.6 + 0.4 * f); }, cancel);
    out.cancelled = cancelled() || out.result.cancelled;
    report(1.0);
    return out;
}

} // namespace fc
